import type {Migration} from './index.ts';

/**
 * Version 8: the views of a large write in pages (issue 17). An import of 10,000 items put 20,000 rows, half of them
 * views; it now puts the views in ten, and moves them into the views store after it commits. Starts empty.
 */
export const createViewPages: Migration = db => {
	db.createObjectStore('viewPages', {keyPath: ['seq', 'page']});
};
