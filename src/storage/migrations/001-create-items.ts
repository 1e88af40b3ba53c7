import type {Migration, UntypedStore} from './index.ts';

/** Version 1: items keyed by id with the derived index fields, and a small meta store. */
export const createItems: Migration = (db, tx) => {
	db.createObjectStore('items', {keyPath: 'id'});
	// Indexes of version 1 that versions 4 and 5 drop: the current schema type no longer names them.
	const v1 = tx.objectStore('items') as unknown as UntypedStore;
	v1.createIndex('urlKeys', 'urlKeys', {multiEntry: true});
	v1.createIndex('isbn', 'isbn', {multiEntry: true});
	v1.createIndex('status', 'status');
	v1.createIndex('kind', 'kind');
	v1.createIndex('topics', 'topics', {multiEntry: true});
	v1.createIndex('updatedAt', 'updatedAt');
	v1.createIndex('deleted', 'deleted');
	db.createObjectStore('meta', {keyPath: 'key'});
};
