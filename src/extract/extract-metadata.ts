import type {PageMetadata} from '../core/types.ts';
import {readPage} from './read-page.ts';
import {SITES} from './sites/index.ts';

/** `extractMetadata(doc, url)` of DESIGN §4: the page read with every site adapter (CLI, offscreen parsing, tests). */
export function extractMetadata(doc: Document, pageUrl: string): PageMetadata {
	return readPage(doc, pageUrl, SITES);
}
