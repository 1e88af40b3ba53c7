import type {Migration, UntypedStore} from './index.ts';

/**
 * Version 4: drops the indexes nothing queries (status, kind, topics, updatedAt, deleted). The options page filters
 * and sorts the list in memory, so these only cost every write: an import of 10,000 items updated seven indexes
 * per row. The rows keep the derived fields; an index can come back in a later migration when a query needs it.
 */
export const dropUnqueriedIndexes: Migration = (_db, tx) => {
	const items = tx.objectStore('items') as unknown as UntypedStore;
	for (const name of ['status', 'kind', 'topics', 'updatedAt', 'deleted'] as const) {
		if (items.indexNames.contains(name)) items.deleteIndex(name);
	}
};
