import {recommendersV2} from './frozen.ts';
import type {Migration} from './index.ts';

/** Version 2: index items by the pages that recommended them, backfilling rows written by version 1. */
export const indexRecommenders: Migration = async (_db, tx) => {
	const items = tx.objectStore('items');
	items.createIndex('recommenders', 'recommenders', {multiEntry: true});
	// Only IDB awaits in here: any other await would end the versionchange transaction (idb README).
	for await (const cursor of items) {
		await cursor.update({...cursor.value, recommenders: recommendersV2(cursor.value.doc)});
	}
};
