import type {Item} from '../../core/types.ts';
import {SHELFMARK_CSV_COLUMNS} from '../importers/shelfmark.ts';
import {csvLine, outUrl} from './cells.ts';

const joinList = (values: readonly string[]) => values.map(value => value.replace(/\|/g, '/')).join(' | ');

/**
 * Shelfmark's CSV: one row per work (with or without a link), lists joined with ` | `, ids as `scheme:value` in
 * `identifiers`; UTF-8 with a BOM so Excel reads the accents.
 */
export function exportCsv(items: readonly Item[]): string {
	let out = `\ufeff${csvLine(SHELFMARK_CSV_COLUMNS)}`;
	for (const item of items) {
		const row: Record<(typeof SHELFMARK_CSV_COLUMNS)[number], unknown> = {
			url: outUrl(item.url), title: item.title, kind: item.kind, status: item.status,
			topics: joinList(item.topics), authors: joinList(item.authors), isbn: item.isbn.join(' | '),
			rating: item.rating, addedAt: item.addedAt, finishedAt: item.finishedAt, publisher: item.publisher,
			publishedAt: item.publishedAt, notes: item.notes, description: item.description, image: outUrl(item.image),
			identifiers: item.ids.join(' | '),
		};
		out += csvLine(SHELFMARK_CSV_COLUMNS.map(column => row[column]));
	}
	return out;
}

const GOODREADS_COLUMNS = [
	'Title', 'Author', 'Additional Authors', 'ISBN', 'ISBN13', 'My Rating', 'Publisher', 'Year Published',
	'Date Read', 'Date Added', 'Bookshelves', 'Exclusive Shelf', 'My Review', 'Book Id',
];
const SHELF = {want: 'to-read', reading: 'currently-reading', done: 'read', dropped: 'did-not-finish'} as const;
const slashDate = (iso: string | undefined) =>
	(iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10).replace(/-/g, '/') : '');

/**
 * Goodreads' import layout, for books only; topics become shelves (spaces as hyphens, as Goodreads names them).
 * Goodreads matches books by ISBN; a book with none but an ASIN gives the ASIN there, as Goodreads' own export
 * does. `Book Id` gives a Goodreads id back (Goodreads ignores it; Shelfmark's Goodreads importer keeps it).
 */
export function exportGoodreadsCsv(items: readonly Item[]): string {
	let out = csvLine(GOODREADS_COLUMNS);
	for (const item of items) {
		if (item.kind !== 'book') continue;
		const isbn13 = item.isbn[0] ?? '';
		const asin = item.ids.find(id => id.startsWith('asin:'))?.slice(5) ?? '';
		const isbn10 = isbn13.startsWith('978') ? isbn10Of(isbn13) : asin;
		const goodreadsId = item.ids.find(id => id.startsWith('goodreads:'))?.slice(10) ?? '';
		const shelves = item.topics.map(topic => topic.toLowerCase().replace(/[\s,]+/g, '-'));
		out += csvLine([
			item.title, item.authors[0] ?? '', item.authors.slice(1).join(', '), isbn10, isbn13, item.rating ?? 0,
			item.publisher ?? '', item.publishedAt?.slice(0, 4) ?? '', slashDate(item.finishedAt),
			slashDate(item.addedAt), shelves.join(', '), SHELF[item.status], item.notes, goodreadsId,
		]);
	}
	return out;
}

function isbn10Of(isbn13: string): string {
	const body = isbn13.slice(3, 12);
	let sum = 0;
	for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
	const check = (11 - (sum % 11)) % 11;
	return body + (check === 10 ? 'X' : String(check));
}
