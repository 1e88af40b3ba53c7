import type {LocalStore} from '../sync/engine/ports.ts';
import {createHeldRecords} from './held.ts';
import type {ItemService} from './items.ts';

/**
 * The sync engine's local side over IndexedDB. Merges go through the item service, so the cache, the open
 * extension pages (revision) and the badges see synced changes like any other write.
 */
export function createSyncStore(items: ItemService): LocalStore {
	const {repository} = items;
	const held = createHeldRecords(items);
	return {
		readShardDocs: shard => repository.shardDocs(shard),
		mergeDocs: async docs => {
			if (docs.length > 0) await items.mergeIn(docs);
		},
		shardVersions: () => repository.shardVersions(),
		hold: docs => held.hold(docs),
		loadSyncState: target => repository.getMeta(`sync:${target}`),
		saveSyncState: (target, state) => repository.setMeta(`sync:${target}`, state),
	};
}
