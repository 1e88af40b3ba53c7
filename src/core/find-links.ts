import type {Item} from './types.ts';

/** Where a person can look a work up: made at display time from its ISBN or title, never stored (DESIGN §3). */
export type FindLink = {site: 'douban' | 'openlibrary' | 'worldcat' | 'jd' | 'amazon'; url: string};

const q = encodeURIComponent;

/**
 * Search links for a work without a page of its own. By ISBN where it has one (exact), else by title and first
 * author. Chinese titles lead with Douban and JD, where those books are catalogued; others with Open Library.
 */
export function findLinks(work: Pick<Item, 'title' | 'authors' | 'isbn'>): FindLink[] {
	const isbn = work.isbn[0];
	const text = [work.title.trim(), work.authors[0]?.trim()].filter(Boolean).join(' ');
	if (!isbn && !text) return [];
	const query = isbn ?? text;
	const links: FindLink[] = [
		{site: 'openlibrary', url: isbn ? `https://openlibrary.org/isbn/${isbn}` : `https://openlibrary.org/search?q=${q(text)}`},
		{site: 'douban', url: `https://search.douban.com/book/subject_search?search_text=${q(query)}`},
		{site: 'worldcat', url: isbn ? `https://search.worldcat.org/search?q=bn:${isbn}` : `https://search.worldcat.org/search?q=${q(text)}`},
		{site: 'jd', url: `https://search.jd.com/Search?keyword=${q(query)}`},
		{site: 'amazon', url: `https://www.amazon.com/s?k=${q(query)}${isbn ? '&i=stripbooks' : ''}`},
	];
	const chinese = /\p{Script=Han}/u.test(work.title);
	const order: FindLink['site'][] = chinese
		? ['douban', 'jd', 'openlibrary', 'worldcat', 'amazon']
		: ['openlibrary', 'worldcat', 'amazon', 'douban', 'jd'];
	return order.map(site => links.find(link => link.site === site)!);
}
