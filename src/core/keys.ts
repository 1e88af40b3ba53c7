import {hash64} from './hash.ts';
import type {Item} from './types.ts';
import {urlKey} from './url.ts';

/** The part of an item its identity keys come from. */
export type Identified = Pick<Item, 'aliases' | 'isbn' | 'ids'> & {url?: string};

/**
 * A work's identity keys in the order DESIGN §3 gives: its links (as urlKey: scheme, `www.` and tracking
 * parameters do not make another page), `isbn:<ISBN-13>` for each ISBN, then each other id (`doi:...`). A link
 * key never holds a colon before its first slash unless it has a port, so the three kinds cannot collide.
 */
export function itemKeys(item: Identified): string[] {
	const links = [item.url, ...item.aliases].filter((url): url is string => Boolean(url)).map(urlKey);
	return [...new Set([...links, ...item.isbn.map(isbn => `isbn:${isbn}`), ...item.ids])];
}

/** The id a work gets from a key: the same on every device, so two offline saves of one work make one item. */
export function itemIdForKey(key: string): string {
	return hash64(key);
}

/** A new item's id: from its first key, else random (a work known by its title only). */
export function newItemId(item: Identified): string {
	const [first] = itemKeys(item);
	if (first) return itemIdForKey(first);
	return Array.from(crypto.getRandomValues(new Uint8Array(8)), byte => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether two works share a key. */
export function shareKey(a: Identified, b: Identified): boolean {
	const keys = new Set(itemKeys(a));
	return itemKeys(b).some(key => keys.has(key));
}

/** A work's links, primary first: none for a work known only by title or identifier. */
export function itemLinks(item: Pick<Item, 'aliases'> & {url?: string}): string[] {
	return item.url ? [item.url, ...item.aliases] : [...item.aliases];
}

/** What to call a work in a list when it has no title (an export row known only by an id): its link, else a key. */
export function displayTitle(item: Pick<Item, 'title' | 'aliases' | 'isbn' | 'ids'> & {url?: string}): string {
	return item.title || item.url || item.aliases[0] || (item.isbn[0] ? `ISBN ${item.isbn[0]}` : item.ids[0] ?? '');
}
