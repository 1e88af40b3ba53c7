import type {Browser} from 'webextension-polyfill';
import type {WireRequest} from '../../../src/shared/messages.ts';

export type BrowserName = 'chromium' | 'firefox';
export type ColorScheme = 'light' | 'dark';

/**
 * One tab, the same in both browsers: journeys are written once against this and run in Chromium
 * (playwright-core) and Firefox (puppeteer-core over BiDi).
 */
export type DriverPage = {
	url(): string;
	/** Navigates and waits for the load event (also for extension pages, which BiDi never reports). */
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	/** Runs `fn(arg)` in the page; the function is serialised, so it may use only its argument. */
	evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
	/** Runs a script source in the page (e.g. a library's code). */
	evaluateSource(source: string): Promise<void>;
	/** Waits until `selector` matches a visible element. */
	waitFor(selector: string, timeoutMs?: number): Promise<void>;
	/** Waits until the page's visible text contains `text`. */
	waitForText(text: string, timeoutMs?: number): Promise<void>;
	/** The trimmed text of the first match of `selector`. */
	text(selector: string): Promise<string>;
	/** A real (input-event) click on the first visible element matching `selector`. */
	click(selector: string): Promise<void>;
	/** A real click on the innermost visible control (button, link, label, option...) whose text contains `text`. */
	clickText(text: string): Promise<void>;
	/** Replaces the value of an input, textarea or select. */
	fill(selector: string, value: string): Promise<void>;
	/** Types into the focused element, key by key. */
	type(text: string): Promise<void>;
	/** Presses a key or a chord: `Enter`, `Tab`, `ArrowDown`, `Control+z`. */
	press(key: string): Promise<void>;
	/** Sizes the page's viewport (a real popup is at most 800 x 600). */
	setViewport(width: number, height: number): Promise<void>;
	/** Sets prefers-color-scheme: for this page in Chromium, for the whole browser in Firefox. */
	setColorScheme(scheme: ColorScheme): Promise<void>;
	/** Writes a PNG to `test-results/screenshots/<browser>-<name>.png` and returns its path. */
	screenshot(name: string): Promise<string>;
	close(): Promise<void>;
};

/** A browser with the e2e build of the extension installed, on a profile that survives `restart()`. */
export type Driver = {
	name: BrowserName;
	/** `chrome-extension://ID/path` or `moz-extension://UUID/path`. */
	extensionUrl(path: string): string;
	/** Opens `url` in a new tab and waits for it to load. */
	open(url: string): Promise<DriverPage>;
	/** Closes the browser and launches it again on the same profile; earlier pages are gone. */
	restart(): Promise<void>;
	close(): Promise<void>;
};

export const POPUP = 'src/popup/index.html';
export const OPTIONS = 'src/options/index.html';

/**
 * Finds the element a `clickText` means and tags it so the driver can click it natively.
 * Runs in the page; returns whether one was found.
 */
export function markByText({text, mark}: {text: string; mark: string}): boolean {
	const controls = 'button, a, label, summary, option, [role="button"], [role="option"], [role="tab"], [role="menuitem"], [role="link"], [role="checkbox"]';
	const visible = (element: Element) => element.getClientRects().length > 0;
	for (const old of document.querySelectorAll(`[${mark}]`)) old.removeAttribute(mark);
	const matches = [...document.querySelectorAll<HTMLElement>(controls)]
		.filter(element => visible(element) && (element.innerText ?? element.textContent ?? '').includes(text));
	const innermost = matches.filter(element => !matches.some(other => other !== element && element.contains(other)));
	let target: Element | undefined = innermost[0];
	if (!target) {
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (node.textContent?.includes(text) && node.parentElement && visible(node.parentElement)) {
				target = node.parentElement;
				break;
			}
		}
	}
	target?.setAttribute(mark, '');
	return Boolean(target);
}

/** The attribute `markByText` sets. */
export const MARK = 'data-e2e-click-target';

type Reply = {ok: true; value: unknown} | {ok: false; error: {name: string; message: string; code: string}};

/**
 * Sends one BackgroundApi request over the public protocol from an extension page and returns the raw
 * Result envelope (`undefined` when nothing in the background answered).
 */
export function sendToBackground(page: DriverPage, method: string, ...args: unknown[]): Promise<Reply | undefined> {
	return page.evaluate(async request => {
		const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
		const api = (scope.browser ?? scope.chrome)!;
		return await api.runtime.sendMessage(request) as Reply | undefined;
	}, {channel: 'background', method, args} satisfies WireRequest);
}

/** Calls a BackgroundApi method from an extension page and unwraps its Result envelope; throws on failure. */
export async function callApi<T>(page: DriverPage, method: string, ...args: unknown[]): Promise<T> {
	const reply = await sendToBackground(page, method, ...args);
	if (!reply?.ok) throw new Error(`${method}: ${JSON.stringify(reply)}`);
	return reply.value as T;
}

/**
 * Runs an e2e-build-only hook (src/background/e2e-hooks.ts: context-menu handlers, badge text) from an extension page.
 */
export function e2eHook(page: DriverPage, method: string, ...args: unknown[]): Promise<{ok: boolean; value?: unknown}> {
	return page.evaluate(async request => {
		const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
		return await (scope.browser ?? scope.chrome)!.runtime.sendMessage(request) as {ok: boolean; value?: unknown};
	}, {channel: 'e2e', method, args});
}

/** The tab id of the tab showing `url`, asked from an extension page (e2e builds hold the fixture hosts). */
export function tabIdOf(extensionPage: DriverPage, url: string): Promise<number | undefined> {
	return extensionPage.evaluate(async wanted => {
		const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
		const api = (scope.browser ?? scope.chrome)!;
		const tabs = await api.tabs.query({});
		return tabs.find(tab => tab.url === wanted)?.id;
	}, url);
}

/** Polls `check` until it returns true; throws `message` after `timeoutMs`. */
export async function waitUntil(check: () => Promise<boolean>, message: string, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!await check()) {
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${message}`);
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

/**
 * Turns `fn(arg)` into one expression for the page. tsx/esbuild (bench modules) wrap inner functions in
 * a `__name` helper that exists only in Node, so the expression brings a stand-in along.
 */
export function toExpression(fn: (arg: never) => unknown, arg: unknown): string {
	const json = arg === undefined ? 'undefined' : JSON.stringify(arg);
	return `(() => { const __name = (target) => target; return (${fn.toString()})(${json}); })()`;
}
