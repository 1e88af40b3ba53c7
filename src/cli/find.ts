import {type ItemDoc, materialize} from '../core/item-doc.ts';
import {possiblySame} from '../core/duplicates.ts';
import {type Identified, itemKeys} from '../core/keys.ts';
import {docKeys} from '../core/merge-items.ts';
import type {Item} from '../core/types.ts';
import type {MemoryStore} from '../sync/engine/memory-store.ts';

/** The doc an id names now: itself, or the survivor it was merged into. */
export function followMerges(store: MemoryStore, id: string): ItemDoc | undefined {
	let doc = store.docs.get(id);
	for (let hop = 0; doc?.f.mergedInto?.v && hop < 16; hop++) doc = store.docs.get(doc.f.mergedInto.v);
	return doc;
}

/** "Already saved?" as the extension asks it: the item sharing any key with the work, live before trashed. */
export function findByKey(store: MemoryStore, work: Identified): ItemDoc | undefined {
	const keys = new Set(itemKeys(work));
	if (keys.size === 0) return undefined;
	const found = [...store.docs.values()].filter(doc => docKeys(doc).some(key => keys.has(key)))
		.map(doc => followMerges(store, doc.id)).filter((doc): doc is ItemDoc => Boolean(doc && !doc.f.mergedInto?.v));
	return found.find(doc => !doc.del.v) ?? found[0];
}

/** Live items other than `id` that are possibly the same work (core/duplicates.ts, the rule imports follow too). */
export function possiblySaved(store: MemoryStore, work: Pick<Item, 'id' | 'title' | 'authors'>): Item[] {
	return [...store.docs.values()].filter(doc => doc.id !== work.id && !doc.del.v && !doc.f.mergedInto?.v)
		.map(doc => materialize(doc)).filter(item => possiblySame(work, item));
}
