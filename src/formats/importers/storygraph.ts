import type {Contributor} from '../../core/types.ts';
import {cap, compact, isbns, list, multiline, type Problems, rating, statusFrom, text} from '../clean.ts';
import {readCsv} from '../csv.ts';
import {dateField} from '../dates.ts';
import type {ImportRecord} from '../types.ts';
import {isbnUrl} from './book-url.ts';

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

/** `Richard Howard (Translator)` -> a contributor with a role; unknown roles are "other". */
function contributors(value: string | undefined): Contributor[] {
	return list(value ?? '', ',').map(entry => {
		const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(entry);
		const role = match?.[2]?.toLowerCase() ?? '';
		const known = ['translator', 'editor', 'narrator', 'instructor'] as const;
		return {name: match?.[1] ?? entry, role: known.find(r => role.startsWith(r)) ?? 'other'};
	});
}

/**
 * The StoryGraph export. ISBN/UID may be an ISBN-10/13 (kept), a StoryGraph UUID (its book page becomes the URL),
 * an ASIN or nothing (no URL: the planner reports it). Translators stay contributors, never authors.
 */
export function parseStorygraphCsv(csv: string, problems: Problems): ImportRecord[] {
	const records: ImportRecord[] = [];
	for (const {line, cells} of readCsv(csv, problems, ',').rows) {
		const title = text(cells.Title);
		if (!title) { problems.add('BAD_ROW', 'row without a title', line, 'Title', 'error'); continue; }
		const uid = text(cells['ISBN/UID']) ?? '';
		const isbn = isbns(uid);
		const status = statusFrom(cells['Read Status']);
		records.push(compact({
			line, kind: 'book', title: cap(title, 'title', problems, line),
			url: isbnUrl(isbn) ?? (UUID.test(uid) ? `https://app.thestorygraph.com/books/${uid.toLowerCase()}` : undefined),
			authors: list(cells.Authors ?? '', ','), contributors: contributors(cells.Contributors), isbn,
			status: status ?? 'want', rating: rating(cells['Star Rating']), topics: list(cells.Tags ?? '', ','),
			notes: multiline(cells.Review),
			addedAt: dateField(cells['Date Added'], problems, line, 'Date Added'),
			finishedAt: status === 'done' ? dateField(cells['Last Date Read'], problems, line, 'Last Date Read') : undefined,
		}));
	}
	return records;
}
