import type {Migration} from './index.ts';

/**
 * Version 6: the list's views (issue 17). Each item's materialised form is kept beside its doc, written in the same
 * transaction, so a cold background reads compact items instead of replaying every doc, and the first page of the
 * list comes from an index before the whole list is in memory. The store starts empty: the repository fills it
 * (`rebuildViews`) because what a view holds follows today's `materialize`, which a frozen migration must not call.
 */
export const createListViews: Migration = db => {
	const views = db.createObjectStore('views', {keyPath: 'id'});
	views.createIndex('live-added', ['live', 'added', 'updated']);
};
