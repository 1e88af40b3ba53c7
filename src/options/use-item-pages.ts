import {useCallback, useEffect, useRef, useState} from 'preact/hooks';
import type {ItemQuery} from '../core/query.ts';
import type {Item} from '../core/types.ts';
import {useApi} from '../ui/api-context.ts';
import {PAGE_SIZE, pageQuery} from './list-page.ts';

/** Rows fetched beyond those wanted on each side, so a steady scroll meets pages already loaded, not placeholders. */
const AHEAD = PAGE_SIZE / 2;

export type ItemPages = {
	total: number;
	/** The row at `index`, or undefined while its page is loading. */
	row(index: number): Item | undefined;
	/** Fetches the pages rows `from`…`to` (exclusive) fall in, if not loaded yet. */
	want(from: number, to: number): void;
	loading: boolean;
	error?: unknown;
	retry(): void;
};

type State = {key: string; total: number; pages: Map<number, Item[]>; loading: boolean; error?: unknown};

/**
 * The result list of `query`, fetched a page at a time as rows become visible, so 100,000 items cost no more
 * than the screenful shown. A new query or revision refetches the visible pages and swaps them in at once.
 */
export function useItemPages(query: Omit<ItemQuery, 'offset' | 'limit'>, revision: string): ItemPages {
	const api = useApi();
	const key = JSON.stringify(query);
	const [state, setState] = useState<State>({key: '', total: 0, pages: new Map(), loading: true});
	const generation = useRef(0);
	const inFlight = useRef(new Set<number>());
	const range = useRef<[number, number]>([0, PAGE_SIZE]);
	const [attempt, setAttempt] = useState(0);

	// `key` stands for `query`: a new object with the same content must not refetch
	const fetchPage = useCallback((page: number) => api.queryItems(pageQuery(query, page)), [api, key]);

	useEffect(() => {
		const gen = ++generation.current;
		inFlight.current = new Set();
		const [from, to] = range.current;
		const pages = pagesOf(from, to);
		setState(previous => ({...previous, loading: true}));
		Promise.all(pages.map(fetchPage)).then(results => {
			if (gen !== generation.current) return;
			const total = results[0]?.total ?? 0;
			const loaded = new Map(results.map((result, i) => [pages[i]!, result.items]));
			setState({key, total, pages: loaded, loading: false});
		}, (error: unknown) => {
			if (gen === generation.current) setState(previous => ({...previous, loading: false, error}));
		});
	}, [fetchPage, revision, attempt]); // A new query, a write anywhere, or Retry

	const want = useCallback((from: number, to: number) => {
		range.current = [from, to];
		const gen = generation.current;
		for (const page of pagesOf(Math.max(0, from - AHEAD), to + AHEAD)) {
			if (state.pages.has(page) || inFlight.current.has(page) || page * PAGE_SIZE >= state.total) continue;
			inFlight.current.add(page);
			fetchPage(page).then(result => {
				if (gen !== generation.current) return;
				setState(previous => ({...previous, total: result.total,
					pages: new Map(previous.pages).set(page, result.items)}));
			}, (error: unknown) => {
				if (gen === generation.current) setState(previous => ({...previous, error}));
			}).finally(() => inFlight.current.delete(page));
		}
	}, [state, fetchPage]);

	return {
		total: state.total,
		row: index => state.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
		want,
		loading: state.loading || state.key !== key,
		error: state.error,
		retry: () => setAttempt(n => n + 1),
	};
}

function pagesOf(from: number, to: number): number[] {
	const pages: number[] = [];
	for (let page = Math.floor(from / PAGE_SIZE); page * PAGE_SIZE < Math.max(to, from + 1); page++) pages.push(page);
	return pages;
}
