import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import type {Browser, KeyInput, Page} from 'puppeteer-core';
import {MARK, markByText, toExpression, waitUntil, type Driver, type DriverPage} from './driver.ts';
import type {UiLocale} from './chromium.ts';
import {launchFirefox, setIntPref, type FirefoxPrefs, type FirefoxSession} from './firefox.ts';
import {SCREENSHOTS} from './paths.ts';

/**
 * BiDi never reports a moz-extension navigation as finished (TOOLCHAIN.md): start it without
 * awaiting, then wait for the document itself.
 */
async function navigate(page: Page, start: () => Promise<unknown>, url: string | null): Promise<void> {
	const before = await page.evaluate(() => performance.timeOrigin).catch(() => 0);
	void start().catch(() => undefined); // Settles late or never for extension pages; the wait below decides
	await waitUntil(async () => page.evaluate(({wanted, before}) => document.readyState === 'complete'
		&& performance.timeOrigin !== before && (wanted === null || location.href === wanted), {wanted: url, before})
		.catch(() => false), `navigation to ${url ?? 'reload'} did not finish`, 15_000);
}

function wrapPage(page: Page, browser: Browser): DriverPage {
	const centre = (selector: string) =>
		page.$eval(selector, element => element.scrollIntoView({block: 'center', inline: 'nearest'}));
	return {
		url: () => page.url(),
		goto: url => navigate(page, () => page.goto(url), new URL(url).href),
		reload: () => navigate(page, () => page.reload(), null),
		evaluate: (fn, arg) => page.evaluate(toExpression(fn, arg)) as never,
		async evaluateSource(source) {
			await page.evaluate(source);
		},
		async waitFor(selector, timeoutMs = 10_000) {
			await page.waitForSelector(selector, {visible: true, timeout: timeoutMs});
		},
		async waitForText(text, timeoutMs = 10_000) {
			await page.waitForFunction(wanted => document.body?.innerText.includes(wanted), {timeout: timeoutMs}, text);
		},
		async text(selector) {
			await page.waitForSelector(selector, {timeout: 10_000});
			return page.$eval(selector, element =>
				((element as HTMLElement).innerText ?? element.textContent ?? '').trim());
		},
		/** Never clicks an element a sticky bar covers (Playwright checks that itself): it is centred first. */
		async click(selector) {
			await centre(selector);
			await page.locator(selector).setVisibility('visible').click();
		},
		async clickText(text) {
			await waitUntil(
				() => page.evaluate(toExpression(markByText, {text, mark: MARK})) as Promise<boolean>,
				`no visible element with text "${text}"`,
			);
			await centre(`[${MARK}]`);
			await page.click(`[${MARK}]`);
		},
		async fill(selector, value) {
			const isSelect = await page.$eval(selector, element => element instanceof HTMLSelectElement);
			if (isSelect) await page.select(selector, value);
			else await page.locator(selector).fill(value);
		},
		async type(text) {
			await page.keyboard.type(text);
		},
		async press(key) {
			// Puppeteer has no chords: hold the modifiers, press the key, release in reverse order.
			const keys = key.split('+') as KeyInput[];
			const last = keys.pop()!;
			for (const modifier of keys) await page.keyboard.down(modifier);
			await page.keyboard.press(last);
			for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
		},
		async setViewport(width, height) {
			await page.setViewport({width, height});
		},
		async setColorScheme(scheme) {
			// Browser-wide in Firefox (a pref: 0 dark, 1 light); media queries update live.
			await setIntPref(browser, 'layout.css.prefers-color-scheme.content-override', scheme === 'dark' ? 0 : 1);
			// The pref reaches content processes asynchronously: wait until this page sees it.
			const dark = scheme === 'dark';
			await waitUntil(async () => await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches) === dark,
				`prefers-color-scheme: ${scheme} in Firefox`, 5_000);
		},
		async screenshot(name) {
			const file = path.join(SCREENSHOTS, `firefox-${name}.png`);
			await mkdir(SCREENSHOTS, {recursive: true});
			await page.screenshot({path: file as `${string}.png`});
			return file;
		},
		close: () => page.close(),
	};
}

/** The driver over Firefox ESR and puppeteer-core (WebDriver BiDi). */
export async function firefoxDriver(
	locale: UiLocale = 'en', prefs: FirefoxPrefs = {},
): Promise<Driver & {session(): FirefoxSession}> {
	let session = await launchFirefox({locale, prefs});
	return {
		name: 'firefox',
		session: () => session,
		extensionUrl: file => `moz-extension://${session.uuid}/${file.replace(/^\//, '')}`,
		async open(url) {
			const page = wrapPage(await session.browser.newPage(), session.browser);
			await page.goto(url);
			return page;
		},
		async restart() {
			await session.close({keepProfile: true});
			session = await launchFirefox({profileDir: session.profileDir, locale, prefs});
		},
		close: () => session.close(),
	};
}
