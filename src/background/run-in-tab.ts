import browser from 'webextension-polyfill';
import {httpUrl} from '../core/url.ts';
import {AppError} from '../core/errors.ts';
import type {PageCalls} from '../shared/messages.ts';

/** Pages no extension may script, whatever its permissions: say so up front instead of waiting for a failure. */
const STORE_HOSTS = /^(chromewebstore\.google\.com|chrome\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com)$/;

function isScriptable(url: string): boolean {
	const parsed = httpUrl(url);
	return Boolean(parsed) && !STORE_HOSTS.test(parsed!.hostname);
}

type Outcome = {ok: true; value: unknown} | {ok: false; message: string};

/** Runs in the tab, serialised by executeScript: calls what an injected script left in the isolated world. */
function callInjected(name: string): Outcome {
	try {
		const call = (globalThis as Record<string, unknown>)[name];
		return typeof call === 'function' ? {ok: true, value: (call as () => unknown)()} : {ok: false, message: `${name} is not in the page`};
	} catch (error) {
		return {ok: false, message: error instanceof Error ? error.message : String(error)};
	}
}

/**
 * Injects `files` into the tab at `tabUrl` (activeTab or a host permission), then calls `name`, which the last of
 * them left in the extension's isolated world, and returns its result. The call is an injection of its own: the
 * page scripts need no message listener, and nothing else in the browser can call them.
 */
export async function runInTab<K extends keyof PageCalls>(
	tab: {id: number; url: string}, files: string[], name: K, timeoutMs: number,
): Promise<ReturnType<PageCalls[K]>> {
	if (!isScriptable(tab.url)) throw new AppError('EXTRACT_BLOCKED', `Cannot script ${tab.url.slice(0, 100)}`);
	const tabId = tab.id;
	try {
		await browser.scripting.executeScript({target: {tabId}, files});
	} catch (error) {
		// Browser pages, the PDF viewer, error pages and pages without a grant all land here.
		throw new AppError('EXTRACT_BLOCKED', error instanceof Error ? error.message : String(error), {cause: error});
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new AppError('EXTRACT_FAILED', 'The page did not answer in time')), timeoutMs);
	});
	try {
		const [injection] = await Promise.race([
			browser.scripting.executeScript({target: {tabId}, func: callInjected, args: [name]}), timeout,
		]);
		const outcome = injection?.result as Outcome | undefined;
		if (!outcome?.ok) throw new AppError('EXTRACT_FAILED', outcome?.message ?? 'The page gave no answer');
		return outcome.value as ReturnType<PageCalls[K]>;
	} finally {
		clearTimeout(timer);
	}
}
