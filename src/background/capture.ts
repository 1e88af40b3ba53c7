import browser from 'webextension-polyfill';
import type {ExtractorScope} from '../content/content-script.ts';
import extractorFile from '../content/content-script.ts?script';
import type {PageMetadata} from '../core/types.ts';
import {httpUrl} from '../core/url.ts';
import {AppError} from '../shared/errors.ts';
import {siteScriptFor} from './site-scripts.ts';

const EXTRACT_TIMEOUT_MS = 4_000;

/** Pages no extension may script, whatever its permissions: say so up front instead of waiting for a failure. */
const STORE_HOSTS = /^(chromewebstore\.google\.com|chrome\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com)$/;

export function isScriptable(url: string): boolean {
	const parsed = httpUrl(url);
	return Boolean(parsed) && !STORE_HOSTS.test(parsed!.hostname);
}

type Extraction = {ok: true; value: PageMetadata} | {ok: false; message: string};

/** Runs in the tab, serialised by executeScript: calls the extractor the injected script left there. */
function runExtractor(): Extraction {
	try {
		const extract = (globalThis as ExtractorScope).shelfmarkExtract;
		return extract ? {ok: true, value: extract()} : {ok: false, message: 'The extractor is not in the page'};
	} catch (error) {
		return {ok: false, message: error instanceof Error ? error.message : String(error)};
	}
}

/** Injects the extractor into the tab (activeTab or a host permission) and returns what it read. */
export async function captureTab(tabId: number, tabUrl: string): Promise<PageMetadata> {
	if (!isScriptable(tabUrl)) throw new AppError('EXTRACT_BLOCKED', `Cannot script ${tabUrl.slice(0, 100)}`);
	try {
		const site = siteScriptFor(tabUrl);
		await browser.scripting.executeScript({target: {tabId}, files: site ? [site, extractorFile] : [extractorFile]});
	} catch (error) {
		// Browser pages, the PDF viewer, error pages and pages without a grant all land here.
		throw new AppError('EXTRACT_BLOCKED', error instanceof Error ? error.message : String(error), {cause: error});
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new AppError('EXTRACT_FAILED', 'The page did not answer in time')), EXTRACT_TIMEOUT_MS);
	});
	try {
		const [injection] = await Promise.race([browser.scripting.executeScript({target: {tabId}, func: runExtractor}), timeout]);
		const extraction = injection?.result as Extraction | undefined;
		if (!extraction?.ok) throw new AppError('EXTRACT_FAILED', extraction?.message ?? 'The page gave no answer');
		return extraction.value;
	} finally {
		clearTimeout(timer);
	}
}
