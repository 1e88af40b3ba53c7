import {KINDS, type Kind} from '../../core/types.ts';
import {cap, compact, isbns, list, multiline, type Problems, rating, statusFrom, text, webUrl} from '../clean.ts';
import {readCsv} from '../csv.ts';
import {dateField} from '../dates.ts';
import {idCells} from '../ids.ts';
import type {ImportRecord} from '../types.ts';

/**
 * Columns of Shelfmark's CSV export, in order. Lists are joined with ` | ` (a `|` inside a value becomes `/`);
 * `identifiers` holds `scheme:value` ids (files written before it existed still import: columns go by name).
 */
export const SHELFMARK_CSV_COLUMNS = [
	'url', 'title', 'kind', 'status', 'topics', 'authors', 'isbn', 'rating', 'addedAt', 'finishedAt', 'publisher',
	'publishedAt', 'notes', 'description', 'image', 'identifiers',
] as const;

const kindOf = (value: unknown): Kind | undefined =>
	(KINDS as readonly unknown[]).includes(value) ? (value as Kind) : undefined;

/**
 * One Shelfmark-shaped object (a CSV row or an element of `convert --to shelfmark-json`) as a record. It needs a title
 * or a key; an identifier Shelfmark cannot read is an error on the row (the file was edited by hand).
 */
export function shelfmarkRecord(
	row: Record<string, unknown>, line: number, problems: Problems,
): ImportRecord | undefined {
	const url = webUrl(row.url, problems, line);
	const split = (value: unknown) => Array.isArray(value) ? list(value) : list(String(value ?? ''), '|');
	const field = row.identifiers === undefined && row.ids !== undefined ? 'ids' : 'identifiers';
	const cell = row[field];
	const found = idCells(Array.isArray(cell) ? cell.map(String).join(' ') : String(cell ?? ''));
	if (found.bad.length > 0) {
		const message = `not an identifier Shelfmark reads (write scheme:value): ${found.bad[0]!.slice(0, 80)}`;
		problems.add('BAD_ID', message, line, field, 'error');
		return undefined;
	}
	const isbn = [...new Set([...isbns(...split(row.isbn)), ...found.isbn])];
	const title = text(row.title) ?? url;
	if (!title && isbn.length === 0 && found.ids.length === 0) {
		problems.add('BAD_ROW', 'item with neither a title nor a link or identifier', line, 'title', 'error');
		return undefined;
	}
	const date = (name: string) => dateField(row[name], problems, line, name);
	return compact({
		line, url, title: cap(title ?? '', 'title', problems, line),
		kind: kindOf(row.kind), status: statusFrom(row.status),
		topics: split(row.topics), authors: split(row.authors), isbn, ids: found.ids, rating: rating(row.rating),
		addedAt: date('addedAt'), finishedAt: date('finishedAt'),
		publisher: text(row.publisher), publishedAt: text(row.publishedAt),
		notes: row.notes ? cap(multiline(row.notes) ?? '', 'notes', problems, line) : undefined,
		description: row.description ? cap(multiline(row.description) ?? '', 'description', problems, line) : undefined,
		image: webUrl(row.image, problems, line, 'image'),
	});
}

export function parseShelfmarkCsv(csv: string, problems: Problems): ImportRecord[] {
	return readCsv(csv, problems, ',').rows.flatMap(({line, cells}) => {
		// Exported cells that began with = + - @ were prefixed with ' to stay inert in spreadsheets
		const row = Object.fromEntries(Object.entries(cells)
			.map(([key, value]) => [key, value.replace(/^'(?=[=+\-@\t\r'])/, '')]));
		const record = shelfmarkRecord(row, line, problems);
		return record ? [record] : [];
	});
}

export function parseShelfmarkJson(items: unknown[], problems: Problems): ImportRecord[] {
	return items.flatMap((item, i) => {
		if (typeof item !== 'object' || item === null) {
			problems.add('BAD_ROW', 'not an object', i + 1, undefined, 'error');
			return [];
		}
		const record = shelfmarkRecord(item as Record<string, unknown>, i + 1, problems);
		return record ? [record] : [];
	});
}
