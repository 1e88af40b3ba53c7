import {settle} from '../core/settle.ts';
import type {MemoryStore} from '../sync/engine/memory-store.ts';

/**
 * The extension's settle rule (core/settle.ts) over a CLI state: two live items that share an identity key merge
 * into the smaller id, and edits that reached an absorbed item follow into its survivor. The extension settles each
 * write as it happens; the CLI's commands edit the store directly, so the whole list is settled once per command.
 * That catches every way two items come to share a key (an add, a set, a restore, a sync) and gives the result
 * every device gets, since the rule depends only on the docs. Returns how many docs it changed.
 */
export async function settleStore(store: MemoryStore): Promise<number> {
	const docs = [...store.docs.values()];
	const index = {get: (id: string) => store.docs.get(id), idsByKey: (key: string) => store.idsByKey(key)};
	const settled = await settle(index, docs, new Map(), () => store.stamp());
	const changed = settled.filter(doc => doc !== store.docs.get(doc.id)); // Unchanged docs come back as themselves
	if (changed.length > 0) await store.mergeDocs(changed);
	return changed.length;
}
