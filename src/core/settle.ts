import type {Stamp} from './hlc.ts';
import type {ItemDoc} from './item-doc.ts';
import {absorbInto, docKeys, isLiveDoc, mergeItems, sameDoc} from './merge-items.ts';

/** What settling needs from storage: a doc by id, and the ids stored under an identity key. */
export type SettleStore = {
	get(id: string): ItemDoc | undefined | Promise<ItemDoc | undefined>;
	idsByKey(key: string): Promise<string[]>;
};

/** Chains of absorbed items are short (each link points at a smaller id); this bounds a corrupt one. */
const MAX_HOPS = 16;
/**
 * Each round can only merge items into smaller ids, so a list settles in few rounds;
 * this bounds a pathological one.
 */
const MAX_ROUNDS = 64;

/**
 * The docs a write must also change so the list stays a list of works (DESIGN §3): an edit that reached an absorbed
 * item is followed into its survivor, and two live items that share an identity key merge (the smaller id absorbs
 * the other). Rules that depend only on the docs, so every device settles the same way. `written` are the docs the
 * write changed; `keysBefore` the keys as stored of those that were live (in the list), so an edit that changes no key
 * costs no lookup. A doc that was trashed or absent has no entry: restored, it must meet the items that share its keys.
 * Returns every doc to store, `written` included.
 */
export async function settle(
	store: SettleStore, written: ItemDoc[], keysBefore: ReadonlyMap<string, readonly string[]>, stamp: () => Stamp,
): Promise<ItemDoc[]> {
	const out = new Map(written.map(doc => [doc.id, doc]));
	const load = async (id: string) => out.get(id) ?? await store.get(id);
	const pending = new Map<string, Promise<string[]>>(); // Keys of docs in `out` that the index does not hold yet
	const byKey = new Map<string, Set<string>>();
	const remember = (doc: ItemDoc, keys = docKeys(doc)) => {
		for (const key of keys) (byKey.get(key) ?? byKey.set(key, new Set()).get(key)!).add(doc.id);
		return keys;
	};
	const changedKeys = (doc: ItemDoc) => {
		const keys = remember(doc);
		const before = keysBefore.get(doc.id);
		return before && before.length === keys.length && before.every((key, i) => key === keys[i]) ? [] : keys;
	};
	// One batch of index reads for the whole write: most writes (an import of new works) find nothing to merge.
	let queue = written.filter(doc => doc.f.mergedInto?.v || isLiveDoc(doc)).map(doc => doc.id);
	for (let round = 0; queue.length > 0 && round < MAX_ROUNDS; round++) {
		const next = new Set<string>();
		const lookups = await Promise.all(queue.map(async id => {
			const doc = out.get(id)!;
			if (doc.f.mergedInto?.v) return {doc, others: []};
			const keys = changedKeys(doc);
			for (const key of keys) if (!pending.has(key)) pending.set(key, store.idsByKey(key));
			const stored = (await Promise.all(keys.map(key => pending.get(key)!))).flat();
			const others = new Set([...stored, ...keys.flatMap(key => [...byKey.get(key) ?? []])]);
			others.delete(id);
			return {doc, others: [...others]};
		}));
		for (const {doc: queued, others} of lookups) {
			let doc = out.get(queued.id)!;
			const into = doc.f.mergedInto?.v;
			if (into) {
				const survivor = await finalSurvivor(load, into);
				if (survivor) put(out, absorbInto(survivor, doc), survivor, next, remember);
				continue;
			}
			for (const otherId of others.sort()) {
				doc = out.get(doc.id)!;
				const other = await load(otherId);
				if (!other || !isLiveDoc(doc)) continue;
				if (!docKeys(other).some(key => docKeys(doc).includes(key))) continue; // The index held old keys
				if (other.f.mergedInto?.v) {
					// An absorbed item whose survivor is this doc: take in edits it got after the merge (idempotent)
					if (await finalSurvivor(load, other.f.mergedInto.v).then(found => found?.id) === doc.id) {
						put(out, absorbInto(doc, other), doc, next, remember);
					}
				} else if (isLiveDoc(other)) {
					const [survivor, tombstone] = mergeItems(doc, other, stamp());
					out.set(tombstone.id, tombstone);
					put(out, survivor, undefined, next, remember);
					if (survivor.id !== doc.id) break; // This doc is absorbed now; its survivor is queued
				}
			}
		}
		queue = [...next];
	}
	return [...out.values()];
}

function put(
	out: Map<string, ItemDoc>, doc: ItemDoc, before: ItemDoc | undefined, next: Set<string>,
	remember: (doc: ItemDoc) => void,
) {
	if (before && sameDoc(before, doc)) return;
	out.set(doc.id, doc);
	remember(doc);
	next.add(doc.id);
}

/** The end of a chain of absorbed items: the doc everything in it was merged into. */
async function finalSurvivor(
	load: (id: string) => Promise<ItemDoc | undefined>, id: string,
): Promise<ItemDoc | undefined> {
	let doc = await load(id);
	for (let hop = 0; doc?.f.mergedInto?.v && hop < MAX_HOPS; hop++) doc = await load(doc.f.mergedInto.v);
	return doc;
}
