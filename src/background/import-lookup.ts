import type {Item} from '../core/types.ts';
import {itemKeys} from '../core/keys.ts';
import {type ItemLookup, WeakIndex, type WeakLookup} from '../formats/index.ts';

// IndexedDB returns index matches in primary-key order: sorting by id keeps ties the same as ItemService.find.
const byId = (a: Item, b: Item) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** An absorbed item stands for its survivor (the chain is short; the bound guards a damaged list). */
function follow(ids: ReadonlyMap<string, Item>, item: Item | undefined): Item | undefined {
	for (let hop = 0; item?.mergedInto && hop < 16; hop++) item = ids.get(item.mergedInto);
	return item?.mergedInto ? undefined : item;
}

/**
 * The planner's synchronous lookup over a snapshot of the list, with the same rules as ItemService.find (which
 * needs one IndexedDB query per key, too slow for 50,000 rows): by any identity key in the order given (links, then
 * ISBNs, then ids), an absorbed item answering with its survivor, live items before trashed ones. Backup docs also
 * give their id: the item of that id wins.
 */
export function listLookup(items: readonly Item[]): ItemLookup {
	const ids = new Map<string, Item>();
	const byKey = new Map<string, Item[]>();
	for (const item of [...items].sort(byId)) {
		ids.set(item.id, item);
		for (const key of itemKeys(item)) {
			const list = byKey.get(key);
			if (list) list.push(item);
			else byKey.set(key, [item]);
		}
	}
	return (keys, id) => {
		const own = id === undefined ? undefined : ids.get(id);
		if (own) return own;
		const found: Item[] = [];
		for (const key of keys) {
			for (const match of byKey.get(key) ?? []) {
				const item = follow(ids, match);
				if (item && !found.includes(item)) found.push(item);
			}
		}
		return found.find(item => !item.deletedAt) ?? found[0];
	};
}

/** Live items that are possibly the same work as a record (same title and first author's family name). */
export function listWeakLookup(items: readonly Item[]): WeakLookup {
	const index = new WeakIndex<Item>();
	for (const item of [...items].sort(byId)) if (!item.deletedAt && !item.mergedInto) index.add(item, item);
	return work => index.find(work);
}
