import {cap, compact, isbns, list, multiline, type Problems, rating, statusFrom, text} from '../clean.ts';
import {readCsv} from '../csv.ts';
import {dateField} from '../dates.ts';
import {decodeEntities} from '../markup.ts';
import {asinOf, idField} from '../ids.ts';
import type {ImportRecord} from '../types.ts';

/**
 * HTML to plain text for reviews that Goodreads stores as markup. A tag stops at `<`: a stray `<` is text, and a
 * review of many `<` without `>` is not rescanned to its end from each one (quadratic).
 */
export function stripTags(html: string): string {
	return html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n\n').replace(/<[^<>]*>/g, '');
}

const BUILT_IN_SHELVES = new Set(['to-read', 'currently-reading', 'read']);
const kindleAsin = (value: string | undefined) => asinOf(text(value)?.replace(/^="?|"$/g, '') ?? '');

/**
 * Goodreads library export (24- and 31-column layouts). The export carries no link: a book keeps its Goodreads id
 * (`goodreads:`), its ISBNs and, for a Kindle edition, the ASIN Goodreads writes where the ISBN goes. The exclusive
 * shelf is the status (a custom "gave up" shelf is dropped, other custom ones want); other shelves become topics.
 */
export function parseGoodreadsCsv(csv: string, problems: Problems): ImportRecord[] {
	const records: ImportRecord[] = [];
	for (const {line, cells} of readCsv(csv, problems, ',').rows) {
		const title = text(cells.Title);
		if (!title) { problems.add('BAD_ROW', 'row without a title', line, 'Title', 'error'); continue; }
		const isbn = isbns(cells.ISBN13, cells.ISBN);
		const id = idField('goodreads', cells['Book Id'], problems, line, 'Book Id');
		const asin = isbn.length > 0 ? undefined : [cells.ASIN, cells.ISBN, cells.ISBN13].map(kindleAsin).find(Boolean);
		const exclusive = text(cells['Exclusive Shelf'])?.toLowerCase();
		const shelves = list(cells.Bookshelves ?? '', ',')
			.filter(shelf => shelf.toLowerCase() !== exclusive && !BUILT_IN_SHELVES.has(shelf.toLowerCase()));
		const customExclusive = exclusive && !BUILT_IN_SHELVES.has(exclusive) && !statusFrom(exclusive)
			? [exclusive]
			: [];
		const review = multiline(stripTags(decodeEntities(cells['My Review'] ?? '')));
		const privateNotes = multiline(cells['Private Notes']);
		const pages = Number.parseInt(cells['Number of Pages'] ?? '', 10);
		records.push(compact({
			line, kind: 'book', title: cap(title, 'title', problems, line),
			ids: [id, asin].filter((value): value is string => Boolean(value)),
			authors: list([cells.Author, ...list(cells['Additional Authors'] ?? '', ',')]),
			isbn, rating: rating(cells['My Rating']), publisher: text(cells.Publisher),
			publishedAt: text(cells['Year Published']) ?? text(cells['Original Publication Year']),
			duration: pages > 0 ? {pages} : undefined,
			status: statusFrom(exclusive) ?? 'want', topics: list([...customExclusive, ...shelves]),
			notes: [review, privateNotes].filter(Boolean).join('\n\n') || undefined,
			addedAt: dateField(cells['Date Added'], problems, line, 'Date Added'),
			finishedAt: dateField(cells['Date Read'], problems, line, 'Date Read'),
		}));
	}
	return records;
}
