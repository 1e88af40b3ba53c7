import type {PageMetadata} from '../core/types.ts';
import {normalizeUrl} from '../core/url.ts';
import {readPage} from './read-page.ts';
import {SITES} from './sites/index.ts';

/**
 * `extractMetadata(doc, url)` of DESIGN §4: the page read with every site adapter (CLI, offscreen parsing, tests), its
 * address as Shelfmark stores it.
 */
export const extractMetadata = (doc: Document, pageUrl: string): PageMetadata => {
	return storedAddress(readPage(doc, pageUrl, SITES));
};

/**
 * The page's address normalised (tracking parameters dropped): done outside readPage, so that the list of tracking
 * parameters stays out of the script injected into every page (the background applies this to what it reads).
 */
export const storedAddress = (meta: PageMetadata): PageMetadata => ({...meta, url: normalizeUrl(meta.url)});
