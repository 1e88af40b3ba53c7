import {cap, compact, isbns, list, multiline, type Problems, rating, statusFrom, text, webUrl} from '../clean.ts';
import {readCsv} from '../csv.ts';
import {dateField} from '../dates.ts';
import {decodeEntities} from '../markup.ts';
import type {ImportRecord} from '../types.ts';
import {isbnUrl, stripTags} from './book-url.ts';

const BUILT_IN_SHELVES = new Set(['to-read', 'currently-reading', 'read']);

/**
 * Goodreads library export (24- and 31-column layouts). The book's Goodreads page is its URL; the exclusive shelf
 * is the status (a custom "gave up" shelf is dropped, other custom ones want); other shelves become topics.
 */
export function parseGoodreadsCsv(csv: string, problems: Problems): ImportRecord[] {
	const records: ImportRecord[] = [];
	for (const {line, cells} of readCsv(csv, problems, ',').rows) {
		const title = text(cells.Title);
		if (!title) { problems.add('BAD_ROW', 'row without a title', line, 'Title', 'error'); continue; }
		const isbn = isbns(cells.ISBN13, cells.ISBN);
		const id = /^\d+$/.test(cells['Book Id']?.trim() ?? '') ? cells['Book Id']!.trim() : undefined;
		const exclusive = text(cells['Exclusive Shelf'])?.toLowerCase();
		const shelves = list(cells.Bookshelves ?? '', ',').filter(shelf => shelf.toLowerCase() !== exclusive && !BUILT_IN_SHELVES.has(shelf.toLowerCase()));
		const customExclusive = exclusive && !BUILT_IN_SHELVES.has(exclusive) && !statusFrom(exclusive) ? [exclusive] : [];
		const review = multiline(stripTags(decodeEntities(cells['My Review'] ?? '')));
		const privateNotes = multiline(cells['Private Notes']);
		const pages = Number.parseInt(cells['Number of Pages'] ?? '', 10);
		records.push(compact({
			line, kind: 'book', title: cap(title, 'title', problems, line),
			url: id ? webUrl(`https://www.goodreads.com/book/show/${id}`, problems, line) : isbnUrl(isbn),
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
