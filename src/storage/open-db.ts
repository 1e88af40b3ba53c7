import {type IDBPDatabase, openDB} from 'idb';
import {DB_VERSION, migrations} from './migrations/index.ts';
import type {ShelfmarkDB} from './schema.ts';

export const DB_NAME = 'shelfmark';

export function openShelfmarkDb(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<ShelfmarkDB>> {
	return openDB<ShelfmarkDB>(name, version, {
		async upgrade(db, oldVersion, newVersion, tx) {
			for (let v = oldVersion; v < (newVersion ?? version); v++) await migrations[v]!(db, tx);
		},
		blocking(_current, _next, event) {
			(event.target as IDBDatabase).close(); // A newer version (after an update) wants to open: step aside
		},
	});
}
