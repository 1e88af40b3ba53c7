import type {SortKey} from '../core/query.ts';
import type {Kind, Status} from '../core/types.ts';

/** What the sidebar shows in the main area. */
export type View = {name: 'list'; status?: Status} | {name: 'trash'} | {name: 'topics'} | {name: 'settings'}
	| {name: 'sync'} | {name: 'import-export'} | {name: 'duplicates'};

/** The toolbar's filters, combined with the view's status or trash. */
export type Filters = {text: string; kind?: Kind; topic?: string; recommendedBy?: string; sort: SortKey};

export const SORT_KEYS: SortKey[] = ['added', 'updated', 'title', 'status'];

export const NO_FILTERS: Filters = {text: '', sort: 'added'};

/** Whether anything narrows the list (the sort order does not). */
export function narrows({text, kind, topic, recommendedBy}: Filters): boolean {
	return Boolean(text.trim() || kind || topic || recommendedBy);
}
