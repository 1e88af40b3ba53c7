import type {PageMetadata} from '../core/types.ts';
import {httpUrl, normalizeUrl} from '../core/url.ts';

/** Reads a page's metadata. Pure: uses only its arguments (DESIGN §4). PLACEHOLDER until the extractor lands. */
export function extractMetadata(doc: Document, pageUrl: string): PageMetadata {
	const canonical = httpUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), pageUrl);
	return {url: normalizeUrl(canonical?.href ?? pageUrl), title: doc.title.trim() || pageUrl, kind: 'article', authors: []};
}
