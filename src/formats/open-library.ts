/**
 * Open Library's JSON answers read into a partial work: an edition (`/isbn/<isbn>.json`), a search
 * (`/search.json?q=`), an author (`/authors/<id>.json`). Pure: the background fetches, this only reads. An
 * answer that is not what we expect is a LOOKUP_INVALID error and gives nothing, so nothing is written from it.
 */
import {AppError} from '../core/errors.ts';
import {normalizeId} from '../core/ids.ts';
import {toIsbn13} from '../core/isbn.ts';
import {isObject} from '../core/json.ts';

/** The host permission a lookup needs (optional_host_permissions), asked for on the user's click. */
export const OPEN_LIBRARY_ORIGIN = 'https://openlibrary.org/*';

export type OpenLibraryWork = {
	title: string;
	subtitle?: string;
	authors: string[];
	publisher?: string;
	publishedAt?: string;
	isbn: string[];
	/** `olid:` of the edition or work. */
	ids: string[];
	image?: string;
	pages?: number;
	language?: string;
	/** Author records an edition names by key only (`/authors/OL1A`), for the caller to fetch. */
	authorKeys: string[];
};

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 500) : undefined);
const strings = (value: unknown) => (Array.isArray(value) ? value.map(str).filter((s): s is string => Boolean(s)) : []);
const positive = (value: unknown) =>
	(typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined);

function invalid(what: string): never {
	throw new AppError('LOOKUP_INVALID', `Open Library answered with something that is not ${what}`);
}

/** Open Library's MARC language codes for the languages a reading list here mostly holds. */
const LANGUAGES: Record<string, string> = {
	eng: 'en', chi: 'zh', zho: 'zh', jpn: 'ja', fre: 'fr', fra: 'fr', ger: 'de', deu: 'de', spa: 'es', rus: 'ru',
	kor: 'ko', ita: 'it', por: 'pt',
};

/** "2017", "2017-03" and "2017-03-16" stay; "March 16, 2017" gives its year. */
export function openLibraryDate(value: unknown): string | undefined {
	const text = str(value);
	if (!text) return undefined;
	if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(text)) return text;
	return /(?<!\d)(1[5-9]\d{2}|20\d{2})(?!\d)/.exec(text)?.[1];
}

const olid = (key: unknown) => {
	const id = str(key)?.split('/').pop();
	return id ? normalizeId('olid', id) : undefined;
};
const cover = (id: unknown) => (positive(id) ? `https://covers.openlibrary.org/b/id/${positive(id)}-M.jpg` : undefined);

function compact(work: OpenLibraryWork): OpenLibraryWork {
	return Object.fromEntries(Object.entries(work).filter(([, value]) => value !== undefined)) as OpenLibraryWork;
}

/** An edition record, as `/isbn/<isbn>.json` (after its redirect to `/books/OL…M.json`) gives it. */
export function parseOpenLibraryEdition(json: unknown): OpenLibraryWork {
	if (!isObject(json)) invalid('an edition');
	const title = str(json.title);
	if (!title) invalid('an edition (no title)');
	const isbn = [...new Set([...strings(json.isbn_13), ...strings(json.isbn_10)].map(toIsbn13)
		.filter((code): code is string => Boolean(code)))];
	const authorKeys = (Array.isArray(json.authors) ? json.authors : [])
		.map(author => (isObject(author) ? str(author.key) : undefined))
		.filter((key): key is string => Boolean(key && /^\/authors\/OL\d+A$/.test(key)));
	const language = Array.isArray(json.languages) && isObject(json.languages[0])
		? str(json.languages[0].key)?.split('/').pop()
		: undefined;
	return compact({
		title, subtitle: str(json.subtitle), authors: [], publisher: strings(json.publishers)[0],
		publishedAt: openLibraryDate(json.publish_date), isbn,
		ids: [olid(json.key)].filter((id): id is string => Boolean(id)),
		image: cover(Array.isArray(json.covers) ? json.covers[0] : undefined),
		pages: positive(json.number_of_pages), language: language ? LANGUAGES[language] : undefined, authorKeys,
	});
}

/** The first result of `/search.json`; LOOKUP_NOT_FOUND when there is none. */
export function parseOpenLibrarySearch(json: unknown): OpenLibraryWork {
	if (!isObject(json) || !Array.isArray(json.docs)) invalid('a search result');
	const doc: unknown = json.docs[0];
	if (doc === undefined) throw new AppError('LOOKUP_NOT_FOUND', 'Open Library found nothing');
	if (!isObject(doc) || !str(doc.title)) invalid('a search result (no title)');
	const language = strings(doc.language)[0];
	return compact({
		title: str(doc.title)!, subtitle: str(doc.subtitle), authors: strings(doc.author_name).slice(0, 10),
		publisher: strings(doc.publisher)[0],
		publishedAt: openLibraryDate(doc.first_publish_year === undefined ? undefined : String(doc.first_publish_year)),
		// A work's ISBNs belong to all its editions: keeping them would make one edition of many.
		isbn: [], ids: [olid(doc.key)].filter((id): id is string => Boolean(id)), image: cover(doc.cover_i),
		pages: positive(doc.number_of_pages_median), language: language ? LANGUAGES[language] : undefined,
		authorKeys: [],
	});
}

/** An author record's name. */
export function parseOpenLibraryAuthor(json: unknown): string {
	const name = isObject(json) ? str(json.name) ?? str(json.personal_name) : undefined;
	return name ?? invalid('an author');
}
