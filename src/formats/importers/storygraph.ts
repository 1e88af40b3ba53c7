import type {Contributor} from '../../core/types.ts';
import {cap, compact, isbns, list, multiline, type Problems, rating, statusFrom, text} from '../clean.ts';
import {readCsv} from '../csv.ts';
import {dateField} from '../dates.ts';
import {asinOf} from '../ids.ts';
import type {ImportRecord} from '../types.ts';

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
 * The StoryGraph export. ISBN/UID may be an ISBN-10/13 (kept as ISBN), an ASIN (kept as `asin:`), StoryGraph's own
 * UUID or nothing; the export carries no link, so none is made up: a row is its title, authors and identifiers.
 * Anything else in ISBN/UID (a number a spreadsheet rounded to `9.78053E+12`) is a warning. Translators stay
 * contributors, never authors.
 */
export function parseStorygraphCsv(csv: string, problems: Problems): ImportRecord[] {
	const records: ImportRecord[] = [];
	for (const {line, cells} of readCsv(csv, problems, ',').rows) {
		const title = text(cells.Title);
		if (!title) { problems.add('BAD_ROW', 'row without a title', line, 'Title', 'error'); continue; }
		const uid = text(cells['ISBN/UID']) ?? '';
		const isbn = isbns(uid);
		const asin = isbn.length > 0 ? undefined : asinOf(uid);
		if (uid && isbn.length === 0 && !asin && !UUID.test(uid)) {
			problems.add('BAD_ID', `neither an ISBN nor an ASIN, left out: ${uid.slice(0, 40)}`, line, 'ISBN/UID');
		}
		const status = statusFrom(cells['Read Status']);
		records.push(compact({
			line, kind: 'book', title: cap(title, 'title', problems, line),
			ids: asin ? [asin] : [],
			authors: list(cells.Authors ?? '', ','), contributors: contributors(cells.Contributors), isbn,
			status: status ?? 'want', rating: rating(cells['Star Rating']), topics: list(cells.Tags ?? '', ','),
			notes: multiline(cells.Review),
			addedAt: dateField(cells['Date Added'], problems, line, 'Date Added'),
			finishedAt: status === 'done'
				? dateField(cells['Last Date Read'], problems, line, 'Last Date Read')
				: undefined,
		}));
	}
	return records;
}
