import type {Item} from '../core/types.ts';
import {itemLinks} from '../core/keys.ts';
import {urlKey} from '../core/url.ts';

/**
 * How a saved item relates to the page the popup is on:
 * - `page`: the same page, by its normalised URL or one of the item's aliases;
 * - `work`: another page of the same work (a second store's page of a saved book), found by a shared ISBN only;
 * - `null`: nothing saved.
 */
export type SameWork = 'page' | 'work' | null;

/** The matching rule behind "already saved": URL or alias first, then ISBN (DESIGN §1, issue 3 item 6). */
export function sameWork(item: Item | null, pageUrls: readonly string[], isbn: readonly string[] = []): SameWork {
	if (!item) return null;
	const keys = new Set(itemLinks(item).map(urlKey));
	if (pageUrls.some(url => url && keys.has(urlKey(url)))) return 'page';
	if (isbn.some(code => item.isbn.includes(code))) return 'work';
	// Found some other way than by these URLs or ISBNs (e.g. a URL form the index knows): treat it as this page.
	return 'page';
}
