import type {Item} from '../core/types.ts';
import {itemLinks} from '../core/keys.ts';
import {urlKey} from '../core/url.ts';
import type {ItemLookup} from '../formats/index.ts';

const push = (map: Map<string, Item[]>, key: string, item: Item) => {
	const list = map.get(key);
	if (list) list.push(item);
	else map.set(key, [item]);
};
// IndexedDB returns index matches in primary-key order: sorting by id keeps ties the same as ItemService.find.
const byId = (a: Item, b: Item) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The planner's synchronous lookup over a snapshot of the list, with the same rules as ItemService.find (which
 * needs one IndexedDB query per call, too slow for 50,000 rows): matches by URL or alias first, then by ISBN,
 * live items before trashed ones. Backup docs also give their id: the item of that id wins.
 */
export function listLookup(items: readonly Item[]): ItemLookup {
	const ids = new Map<string, Item>();
	const urls = new Map<string, Item[]>();
	const isbns = new Map<string, Item[]>();
	for (const item of items) {
		ids.set(item.id, item);
		for (const key of new Set(itemLinks(item).map(urlKey))) push(urls, key, item);
		for (const code of item.isbn) push(isbns, code, item);
	}
	return (url, isbn, id) => {
		const own = id === undefined ? undefined : ids.get(id);
		if (own) return own;
		const found = [...(urls.get(urlKey(url)) ?? [])].sort(byId);
		for (const code of isbn) found.push(...[...(isbns.get(code) ?? [])].sort(byId));
		return found.find(item => !item.deletedAt) ?? found[0];
	};
}
