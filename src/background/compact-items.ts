import type {Item} from '../core/types.ts';

const EMPTY = Object.freeze([]) as unknown as never[];
const LISTS = ['aliases', 'ids', 'authors', 'contributors', 'isbn', 'topics', 'recommendedBy'] as const;
const WORDS = ['status', 'kind', 'language', 'publisher', 'provider'] as const;

/**
 * Items as the background keeps 100,000 of them in memory. Read back from IndexedDB, every item has its own copy of
 * everything: an empty list costs ~50 bytes and a short string ~30, and an item has five empty lists and five or more
 * strings that thousands of items share (status, kind, topics, authors, language, publisher), 30-40 MB at 100,000.
 * Here each empty list is one shared frozen array and each repeated string one copy. Cached items are never
 * changed in place (every write materialises new ones), so sharing is safe; a frozen array makes a slip throw.
 */
export function itemCompactor(): (item: Item) => Item {
	const pool = new Map<string, string>();
	const one = (value: string): string => {
		const known = pool.get(value);
		if (known !== undefined) return known;
		pool.set(value, value);
		return value;
	};
	return item => {
		const fields = item as Record<string, unknown>;
		for (const field of LISTS) if (item[field].length === 0) fields[field] = EMPTY;
		for (const field of WORDS) if (typeof item[field] === 'string') fields[field] = one(item[field]);
		if (item.topics.length > 0) item.topics = item.topics.map(one);
		if (item.authors.length > 0) item.authors = item.authors.map(one);
		return item;
	};
}
