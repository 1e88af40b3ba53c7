import {importExportApi} from '../../src/background/import-export.ts';
import type {ItemService} from '../../src/background/items.ts';
import {type ItemDoc, materialize, mergeDocs} from '../../src/core/item-doc.ts';
import type {Item} from '../../src/core/types.ts';
import type {Change} from '../../src/storage/repository.ts';

type Store = {docs: Map<string, ItemDoc>; write(changed: ItemDoc[]): void; stamp(): string; all(): Item[]};

/**
 * The real import/export module (src/background/import-export.ts) over the fake's in-memory docs: the few
 * ItemService methods it uses, done on the map. A throwing change writes nothing, as a failed transaction.
 */
export function fakeImportExportApi({docs, write, stamp, all}: Store) {
	const service = {
		all: async () => all(),
		docs: async () => [...docs.values()],
		async write(ids: string[], change: Change) {
			const changed = change(new Map(ids.map(id => [id, docs.get(id)])), stamp());
			write(changed);
			return changed.map(doc => materialize(doc));
		},
		async mergeIn(incoming: ItemDoc[]) {
			write(incoming.map(doc => (docs.has(doc.id) ? mergeDocs(docs.get(doc.id)!, doc) : doc)));
			return incoming.length;
		},
	} as unknown as ItemService;
	return importExportApi(async () => service);
}
