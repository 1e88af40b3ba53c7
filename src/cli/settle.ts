import {docKeys} from '../core/merge-items.ts';
import type {MemoryStore} from '../sync/engine/memory-store.ts';
import {settle} from '../storage/settle.ts';

/**
 * The extension's settle rule (storage/settle.ts) over a CLI state: two live items that share an identity key merge
 * into the smaller id, and edits that reached an absorbed item follow into its survivor. The extension settles each
 * write against its `keys` index; a state file has no index, so the whole list is settled, once per command, from an
 * index built here. That catches every way two items come to share a key (an add, a set, a restore, a sync) and
 * gives the result every device gets, since the rule depends only on the docs. Returns how many docs it changed.
 */
export async function settleStore(store: MemoryStore): Promise<number> {
	const docs = [...store.docs.values()];
	const byKey = new Map<string, string[]>();
	for (const doc of docs) for (const key of docKeys(doc)) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(doc.id);
	const index = {get: async (id: string) => store.docs.get(id), idsByKey: async (key: string) => byKey.get(key) ?? []};
	const settled = await settle(index, docs, new Map(), () => store.stamp());
	const changed = settled.filter(doc => doc !== store.docs.get(doc.id)); // Unchanged docs come back as themselves
	if (changed.length > 0) await store.mergeDocs(changed);
	return changed.length;
}
