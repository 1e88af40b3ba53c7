import type {Migration, UntypedStore} from './index.ts';

/** Version 1: items keyed by id with the derived index fields, and a small meta store. */
export const createItems: Migration = db => {
	const items = db.createObjectStore('items', {keyPath: 'id'});
	items.createIndex('urlKeys', 'urlKeys', {multiEntry: true});
	items.createIndex('isbn', 'isbn', {multiEntry: true});
	// Indexes of version 1 that version 4 drops: the current schema type no longer names them.
	const v1 = items as unknown as UntypedStore;
	v1.createIndex('status', 'status');
	v1.createIndex('kind', 'kind');
	v1.createIndex('topics', 'topics', {multiEntry: true});
	v1.createIndex('updatedAt', 'updatedAt');
	v1.createIndex('deleted', 'deleted');
	db.createObjectStore('meta', {keyPath: 'key'});
};
