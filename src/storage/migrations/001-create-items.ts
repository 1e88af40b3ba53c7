import type {Migration} from './index.ts';

/** Version 1: items keyed by id with the derived index fields, and a small meta store. */
export const createItems: Migration = db => {
	const items = db.createObjectStore('items', {keyPath: 'id'});
	items.createIndex('urlKeys', 'urlKeys', {multiEntry: true});
	items.createIndex('isbn', 'isbn', {multiEntry: true});
	items.createIndex('status', 'status');
	items.createIndex('kind', 'kind');
	items.createIndex('topics', 'topics', {multiEntry: true});
	items.createIndex('updatedAt', 'updatedAt');
	items.createIndex('deleted', 'deleted');
	db.createObjectStore('meta', {keyPath: 'key'});
};
