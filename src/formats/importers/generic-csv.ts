import type {Kind} from '../../core/types.ts';
import {KINDS} from '../../core/types.ts';
import {cap, compact, isbns, list, multiline, type Problems, rating, statusFrom, text, webUrl} from '../clean.ts';
import {type CsvRow, type CsvTable} from '../csv.ts';
import {dateField} from '../dates.ts';
import {type ColumnMapping, type ImportRecord, MAPPABLE_FIELDS, type MappableField} from '../types.ts';
import {idCells, schemeOfHeader} from '../ids.ts';

/** Header words (lower-case, punctuation dropped) that name each field, English and Chinese. */
const SYNONYMS: Record<MappableField, string[]> = {
	url: ['url', 'link', 'href', 'address', 'uri', 'website', '链接', '网址'],
	title: ['title', 'name', 'booktitle', 'headline', '标题', '书名', '名称'],
	kind: ['kind', 'type', 'format', '类型'],
	authors: ['authors', 'author', 'creator', 'creators', 'by', 'writer', '作者'],
	isbn: ['isbn', 'isbn13', 'isbn10', 'isbnuid'],
	topics: [
		'topics', 'tags', 'tag', 'labels', 'label', 'keywords', 'shelves', 'bookshelves', 'categories', 'folder',
		'collection', '标签', '分类',
	],
	status: ['status', 'shelf', 'bookshelf', 'state', 'readstatus', 'exclusiveshelf', '状态'],
	rating: ['rating', 'myrating', 'stars', 'starrating', 'star', 'score', '评分'],
	notes: ['notes', 'note', 'review', 'myreview', 'comment', 'comments', 'annotation', '笔记', '评论', '短评'],
	description: ['description', 'excerpt', 'summary', 'abstract', 'intro', '简介'],
	addedAt: [
		'addedat', 'added', 'dateadded', 'created', 'createdat', 'timeadded', 'saved', 'savedat', 'date', 'timestamp',
		'添加时间',
	],
	finishedAt: ['finishedat', 'finished', 'dateread', 'datefinished', 'read', 'lastdateread', 'completed', '读完时间'],
	publisher: ['publisher', 'press', '出版社'],
	publishedAt: ['publishedat', 'published', 'year', 'yearpublished', 'pubdate', 'publicationdate', 'issued', '出版年'],
	image: ['image', 'cover', 'thumbnail', 'coverurl', 'poster', '封面'],
	language: ['language', 'lang', '语言'],
	subtitle: ['subtitle', '副标题'],
	identifier: [
		'identifier', 'identifiers', 'ids', 'asin', 'aasin', 'doi', 'goodreadsid', 'goodreadsbookid', 'goodreadskey',
		'doubanid', 'olid', 'openlibraryid', 'openlibrarykey', 'workid', 'editionid', 'oclc', 'oclcnumber',
		'arxiv', 'arxivid', '标识符',
	],
};

/** Fields a file may spread over several columns (ISBN 10 and ISBN 13; ASIN and Work Id): each takes all of them. */
const MULTI_COLUMN = new Set<MappableField>(['isbn', 'identifier']);

const squash = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Headers that name an identifier of some catalogue without saying which
 * (Open Library's and LibraryThing's `Work Id`).
 */
const AMBIGUOUS_ID_HEADERS = new Set(['workid', 'editionid']);

/**
 * Whether a guess may map a column to "identifier". A header that names its scheme (`ASIN`, `DOI`, `identifiers`) is
 * mapped, and a bad value in it is an error on its row; an ambiguous one only when its first values read as ids,
 * since a guess must not turn good rows into errors (LibraryThing's `Work id` is its own number, not Open Library's).
 */
function holdsIds(header: string, rows: readonly CsvRow[]): boolean {
	if (!AMBIGUOUS_ID_HEADERS.has(squash(header))) return true;
	const values = rows.map(row => row.cells[header] ?? '').filter(value => value.trim()).slice(0, 5);
	return values.every(value => idCells(value, schemeOfHeader(header)).bad.length === 0);
}

/**
 * A first guess of which column fills which field; each field takes the first matching column (ISBN and identifiers:
 * every one). Given the rows, identifier columns whose first values are not identifiers are left unmapped.
 */
export function guessMapping(headers: readonly string[], rows: readonly CsvRow[] = []): ColumnMapping {
	const mapping: ColumnMapping = {};
	for (const field of MAPPABLE_FIELDS) {
		let matching = headers.filter(h => mapping[h] === undefined && SYNONYMS[field].includes(squash(h)));
		if (field === 'identifier') matching = matching.filter(header => holdsIds(header, rows));
		for (const header of MULTI_COLUMN.has(field) ? matching : matching.slice(0, 1)) mapping[header] = field;
	}
	return mapping;
}

/**
 * Rows to records through a mapping. A row needs a title or a key (link, ISBN, identifier); no link is made up. An
 * identifier column holds `scheme:value` entries or bare values of the scheme its header names (`ASIN`, `Work Id`);
 * a value that is neither is an error on its row, naming the column, and the row is left out.
 */
export function applyMapping(table: CsvTable, mapping: ColumnMapping, problems: Problems): ImportRecord[] {
	const columns = new Map<MappableField, string[]>();
	for (const [header, field] of Object.entries(mapping)) {
		if (field) columns.set(field, [...(columns.get(field) ?? []), header]);
	}
	if (!columns.has('url') && !columns.has('title') && !columns.has('isbn') && !columns.has('identifier')) {
		problems.add('UNMAPPED', 'no column is mapped to url, title, isbn or identifier', 1, undefined, 'error');
		return [];
	}
	const idColumns = (columns.get('identifier') ?? []).map(header => ({header, scheme: schemeOfHeader(header)}));
	return table.rows.flatMap(({line, cells}): ImportRecord[] => {
		const get = (field: MappableField) =>
			(columns.get(field) ?? []).map(header => cells[header] ?? '').find(value => value.trim());
		const all = (field: MappableField) => (columns.get(field) ?? []).map(header => cells[header] ?? '');
		const found = idColumns.map(({header, scheme}) => ({header, ...idCells(cells[header], scheme)}));
		const bad = found.find(cell => cell.bad.length > 0);
		if (bad) {
			const message = `not an identifier Shelfmark reads (write scheme:value, e.g. doi:10.1000/1): ${bad.bad[0]!.slice(0, 80)}`;
			problems.add('BAD_ID', message, line, bad.header, 'error');
			return [];
		}
		const isbn = [...new Set([...isbns(...all('isbn')), ...found.flatMap(cell => cell.isbn)])];
		const ids = [...new Set(found.flatMap(cell => cell.ids))];
		const kindText = text(get('kind'))?.toLowerCase();
		const bookish = isbn.length > 0 || ids.some(id => /^(?:olid|goodreads|douban):/.test(id));
		const kind = (KINDS as readonly string[]).includes(kindText ?? '')
			? (kindText as Kind)
			: bookish ? 'book' : undefined;
		const url = webUrl(get('url'), problems, line);
		const title = text(get('title'));
		if (!url && !title && isbn.length === 0 && ids.length === 0) {
			problems.add('BAD_ROW', 'row with neither a title nor a link or identifier', line, undefined, 'error');
			return [];
		}
		return [compact({
			line, url, kind, title: cap(title ?? url ?? '', 'title', problems, line), isbn, ids,
			authors: list(all('authors').flatMap(value => list(value.replace(/\s+/g, ' '), / ?[;|] ?| & | and /))),
			topics: list(all('topics').flatMap(value => list(value, /[,|;，]/))), status: statusFrom(get('status')),
			rating: rating(get('rating')), notes: multiline(get('notes')), description: multiline(get('description')),
			addedAt: dateField(get('addedAt'), problems, line, 'addedAt'),
			finishedAt: dateField(get('finishedAt'), problems, line, 'finishedAt'), publisher: text(get('publisher')),
			publishedAt: dateField(get('publishedAt'), problems, line, 'publishedAt'),
			image: webUrl(get('image'), problems, line, 'image'), language: text(get('language')),
			subtitle: text(get('subtitle')),
		})];
	});
}
