import {hash64} from './hash.ts';

/** Query parameters that track a visit rather than name a page. */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_[ce]id|igshid|_hsenc|_hsmi|mkt_tok|yclid|spm|scm|share_source|share_medium|share_plat|share_tag|vd_source|from_source|ref_src|ref_url|s_channel|wt\.mc_id|__twitter_impression)$/i;

/** An address as a key: without scheme, `www.`, `m.` and a trailing slash, its fragment only where it routes. */
const keyOf = (url: URL) => url.host.replace(/^(www|m)\./, '')
	+ (url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '') + url.search
	+ (/^#!?\//.test(url.hash) ? url.hash : '');

/**
 * urlKey without normalising first: the extractor compares a page's own addresses, which carry no tracking parameters
 * or the same ones, and this keeps storage's list of them out of the script injected into every page.
 */
export const pageKey = (input: string): string => {
	const url = httpUrl(input);
	return url ? keyOf(url) : input;
};

/** http(s) URL or undefined. Relative input is resolved against `base`. */
export const httpUrl = (input: string | null | undefined, base?: string): URL | undefined => {
	if (!input) return undefined;
	try {
		const url = new URL(input.trim(), base);
		return /^https?:$/.test(url.protocol) ? url : undefined;
	} catch {
		return undefined; // Unparsable URLs are common on real pages
	}
};

/**
 * The URL Shelfmark stores, parsed: tracking parameters and plain fragments dropped, remaining parameters sorted.
 * Hash-routed apps (`#/`, `#!`) keep their fragment because it names the page there. Undefined for anything but
 * http(s). One parse: an import normalises and keys every link (a 10,000-item import parsed each link four times).
 */
export const normalizedUrl = (input: string | null | undefined): URL | undefined => {
	const url = httpUrl(input);
	if (!url) return undefined;
	url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
	if (!/^#!?\//.test(url.hash)) url.hash = '';
	if (url.search) {
		const kept = [...url.searchParams].filter(([key]) => !TRACKING.test(key));
		kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		url.search = new URLSearchParams(kept).toString();
	} else {
		url.search = ''; // A bare `?` goes too
	}
	return url;
};

/** `normalizedUrl` as text; anything but http(s) as it is. */
export const normalizeUrl = (input: string): string => {
	return normalizedUrl(input)?.href ?? input;
};

/** A looser key for "is this the same page": also ignores scheme, `www.`, `m.` and a trailing slash. */
export const urlKey = (input: string): string => {
	const url = normalizedUrl(input);
	return url ? keyOf(url) : input;
};

/** Stable item id from the URL of its first save, so two devices saving one page offline make one item. */
export const itemIdForUrl = (url: string): string => {
	return hash64(urlKey(url));
};
