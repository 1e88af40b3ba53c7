import browser from 'webextension-polyfill';
import {extractMetadata} from '../extract/extract-metadata.ts';
import type {PageMetadata} from '../core/types.ts';
import {httpUrl} from '../core/url.ts';
import {AppError, RemoteError} from '../core/errors.ts';
import {originPattern} from '../shared/harvest-protocol.ts';
import type {WireRequest} from '../shared/messages.ts';
import type {Reply} from '../shared/rpc.ts';
import {DeadlineError, readCapped, withDeadline} from '../sync/bytes.ts';

/** One deadline for the whole page, answer and body: a server trickling bytes is cut as surely as a silent one. */
export const FETCH_TIMEOUT_MS = 15_000;
/**
 * Only the first 5 MB of a page are read (streamed, whatever its Content-Length says): a work's metadata sits in
 * its head, and real pages are far smaller; a 60 MB or endless page is cut there rather than read whole.
 */
export const MAX_HTML_BYTES = 5_000_000;
const OFFSCREEN_PAGE = 'src/offscreen/index.html';

/** The part of `chrome.offscreen` used here; the polyfill does not wrap it and Firefox has none. */
type ChromeOffscreen = {
	createDocument(options: {url: string; reasons: string[]; justification: string}): Promise<void>;
};

let offscreenReady: Promise<void> | undefined;

/** Creates Chrome's offscreen document once per worker life; a second create fails harmlessly when it exists. */
function ensureOffscreen(offscreen: ChromeOffscreen): Promise<void> {
	offscreenReady ??= offscreen.createDocument({
		url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'], justification: 'Read the details of a page the user asked for',
	}).catch((error: unknown) => {
		if (!/single offscreen|already/i.test(String(error))) throw error; // A restarted worker finds the old one
	});
	offscreenReady.catch(() => { offscreenReady = undefined; });
	return offscreenReady;
}

/** Parses HTML with a DOM: the event page's own in Firefox, an offscreen document in Chrome's service worker. */
async function parseMetadata(html: string, url: string): Promise<PageMetadata> {
	if (typeof DOMParser !== 'undefined') {
		return extractMetadata(new DOMParser().parseFromString(html, 'text/html'), url);
	}
	const offscreen = (globalThis as {chrome?: {offscreen?: ChromeOffscreen}}).chrome?.offscreen;
	if (!offscreen) throw new AppError('EXTRACT_FAILED', 'No DOM to read the page with');
	await ensureOffscreen(offscreen);
	const request = {channel: 'offscreen', method: 'parse', args: [html, url]} satisfies WireRequest;
	const reply = await browser.runtime.sendMessage(request) as Reply | undefined;
	if (!reply) throw new AppError('EXTRACT_FAILED', 'The offscreen document did not answer');
	if (!reply.ok) throw new RemoteError(reply.error, 'parse');
	return reply.value as PageMetadata;
}

/**
 * "Fetch details": loads a work's page in the background and reads its metadata with the same extractor the
 * content script runs. Needs the page's host permission, which the UI asks for from the user's click.
 * Cookies are not sent: the details of a public work page do not depend on who reads it.
 */
export async function fetchDetails(url: string): Promise<PageMetadata> {
	const target = httpUrl(url);
	if (!target) throw new AppError('BAD_REQUEST', 'Not an http(s) URL');
	if (!await browser.permissions.contains({origins: [originPattern(target)]})) {
		throw new AppError('PERMISSION_DENIED', `No access to ${target.host}`);
	}
	const page = await fetchPage(target.href);
	return parseMetadata(page.html, httpUrl(page.url)?.href ?? target.href);
}

export type PageLimits = {timeoutMs?: number; maxBytes?: number; fetch?: typeof fetch};

/** Loads a page's HTML within the deadline and the byte cap; any failure is EXTRACT_FAILED naming its cause. */
export async function fetchPage(href: string, limits: PageLimits = {}): Promise<{html: string; url: string}> {
	const {
		timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_HTML_BYTES, fetch: fetchFn = globalThis.fetch.bind(globalThis),
	} = limits;
	const host = new URL(href).host;
	try {
		return await withDeadline(timeoutMs, async signal => {
			const response = await fetchFn(href, {credentials: 'omit', redirect: 'follow', signal});
			const type = response.headers.get('content-type') ?? '';
			if (!response.ok || (type && !/html|xml/i.test(type))) {
				await response.body?.cancel().catch(() => undefined);
				throw new AppError('EXTRACT_FAILED', `${host} answered ${response.status} ${type}`.trim());
			}
			const bytes = await readCapped(response, maxBytes, {truncate: true});
			return {html: new TextDecoder().decode(bytes), url: response.url || href};
		});
	} catch (error) {
		if (error instanceof AppError) throw error;
		const reason = error instanceof DeadlineError
			? `${host}: ${error.message}`
			: error instanceof Error ? error.message : String(error);
		throw new AppError('EXTRACT_FAILED', reason, {cause: error});
	}
}
