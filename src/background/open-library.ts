import browser from 'webextension-polyfill';
import {readCapped, withDeadline} from '../sync/bytes.ts';
import {AppError} from '../core/errors.ts';
import {toIsbn13} from '../core/isbn.ts';
import {
	OPEN_LIBRARY_ORIGIN, type OpenLibraryWork, parseOpenLibraryAuthor, parseOpenLibraryEdition, parseOpenLibrarySearch,
} from '../formats/open-library.ts';

const BASE = 'https://openlibrary.org';
const TIMEOUT_MS = 10_000;
/** An edition names its authors by key; a few extra requests give their names. */
const MAX_AUTHORS = 3;

export type LookupDeps = {fetch: typeof fetch; granted(): Promise<boolean>; timeoutMs: number};

const defaults: LookupDeps = {
	fetch: (...args) => fetch(...args),
	granted: () => browser.permissions.contains({origins: [OPEN_LIBRARY_ORIGIN]}),
	timeoutMs: TIMEOUT_MS,
};

/** An answer bigger than this is not one of Open Library's (an edition is a few KB, a search of 5 docs tens of KB). */
const MAX_ANSWER_BYTES = 2 * 1024 * 1024;

/** The answer's text within one deadline for headers and body, the same limits as Fetch details. */
async function getText(url: string, deps: LookupDeps): Promise<string> {
	try {
		return await withDeadline(deps.timeoutMs, async signal => {
			const response = await deps.fetch(url, {
				signal, headers: {accept: 'application/json'}, credentials: 'omit',
			});
			if (response.status === 404) throw new AppError('LOOKUP_NOT_FOUND', `Open Library has nothing at ${url}`);
			if (!response.ok) throw new AppError('LOOKUP_FAILED', `Open Library answered ${response.status}`);
			return new TextDecoder().decode(await readCapped(response, MAX_ANSWER_BYTES));
		});
	} catch (error) {
		if (error instanceof AppError) throw error;
		throw new AppError('LOOKUP_FAILED', `Open Library did not answer: ${error instanceof Error ? error.message : String(error)}`);
	}
}

async function getJson(url: string, deps: LookupDeps): Promise<unknown> {
	const text = await getText(url, deps);
	try {
		return JSON.parse(text);
	} catch {
		throw new AppError('LOOKUP_INVALID', 'Open Library answered with something that is not JSON');
	}
}

/** An ISBN looks up that edition; anything else is a title search. Nothing is stored. */
export async function lookupOpenLibrary(query: string, deps: LookupDeps = defaults): Promise<OpenLibraryWork> {
	const text = query.trim().slice(0, 300);
	if (!text) throw new AppError('BAD_REQUEST', 'Nothing to look up');
	if (!await deps.granted()) throw new AppError('PERMISSION_DENIED', `Looking up needs access to ${OPEN_LIBRARY_ORIGIN}`);
	const isbn = toIsbn13(text);
	if (!isbn) {
		const fields = 'key,title,subtitle,author_name,first_publish_year,publisher,cover_i,number_of_pages_median,language';
		return parseOpenLibrarySearch(await getJson(`${BASE}/search.json?q=${encodeURIComponent(text)}&limit=1&fields=${fields}`, deps));
	}
	const edition = parseOpenLibraryEdition(await getJson(`${BASE}/isbn/${isbn}.json`, deps));
	// The edition was found by this ISBN: keep it even when the record lists only the other form.
	const work = {...edition, isbn: edition.isbn.includes(isbn) ? edition.isbn : [isbn, ...edition.isbn]};
	const names = await Promise.all(edition.authorKeys.slice(0, MAX_AUTHORS).map(key =>
		getJson(`${BASE}${key}.json`, deps).then(parseOpenLibraryAuthor, () => undefined)));
	return {...work, authors: names.filter((name): name is string => Boolean(name))};
}
