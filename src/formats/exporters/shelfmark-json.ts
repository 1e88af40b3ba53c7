import type {Item} from '../../core/types.ts';
import {outUrl} from './cells.ts';

/**
 * The plain list `convert --to shelfmark-json` prints: the fields another tool needs;
 * `url` only for an http(s) link.
 */
export function toShelfmarkJson(items: readonly Item[]): string {
	const out = items.map(item => ({
		...(outUrl(item.url) ? {url: outUrl(item.url)} : {}), title: item.title, kind: item.kind, authors: item.authors,
		topics: item.topics, status: item.status, addedAt: item.addedAt, isbn: item.isbn, ids: item.ids,
		...(item.rating ? {rating: item.rating} : {}), ...(item.finishedAt ? {finishedAt: item.finishedAt} : {}),
		...(item.notes ? {notes: item.notes} : {}), ...(item.publisher ? {publisher: item.publisher} : {}),
	}));
	return `${JSON.stringify(out, null, '\t')}\n`;
}
