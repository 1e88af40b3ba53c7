import type {ItemQuery} from '../core/query.ts';
import {NO_FILTERS} from './filters.ts';

/** Rows fetched per call: a screenful several times over, small enough to cross the message channel quickly. */
export const PAGE_SIZE = 100;

/** The query for page `page` (PAGE_SIZE rows) of the list `query` selects. */
export function pageQuery(query: Omit<ItemQuery, 'offset' | 'limit'>, page: number): ItemQuery {
	return {...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE};
}

/** The first page of the list as the options page opens with no address fragment: every item, newest first. */
export const FIRST_PAGE = pageQuery({sort: NO_FILTERS.sort}, 0);
