import {shardV3} from './frozen.ts';
import type {Migration} from './index.ts';

/** Version 3: index items by sync shard, so a sync reads one shard without scanning the list; backfills rows. */
export const indexShards: Migration = async (_db, tx) => {
	const items = tx.objectStore('items');
	items.createIndex('shard', 'shard');
	for await (const cursor of items) {
		await cursor.update({...cursor.value, shard: shardV3(cursor.value.id)});
	}
};
