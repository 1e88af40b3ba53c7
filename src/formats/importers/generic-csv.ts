import type {Kind} from '../../core/types.ts';
import {KINDS} from '../../core/types.ts';
import {cap, compact, isbns, list, multiline, type Problems, rating, statusFrom, text, webUrl} from '../clean.ts';
import {type CsvTable} from '../csv.ts';
import {dateField} from '../dates.ts';
import {type ColumnMapping, type ImportRecord, MAPPABLE_FIELDS, type MappableField} from '../types.ts';
import {isbnUrl} from './book-url.ts';

/** Header words (lower-case, punctuation dropped) that name each field, English and Chinese. */
const SYNONYMS: Record<MappableField, string[]> = {
	url: ['url', 'link', 'href', 'address', 'uri', 'website', '链接', '网址'],
	title: ['title', 'name', 'booktitle', 'headline', '标题', '书名', '名称'],
	kind: ['kind', 'type', 'format', '类型'],
	authors: ['authors', 'author', 'creator', 'creators', 'by', 'writer', '作者'],
	isbn: ['isbn', 'isbn13', 'isbn10', 'isbnuid'],
	topics: ['topics', 'tags', 'tag', 'labels', 'label', 'keywords', 'shelves', 'bookshelves', 'categories', 'folder', 'collection', '标签', '分类'],
	status: ['status', 'shelf', 'state', 'readstatus', 'exclusiveshelf', '状态'],
	rating: ['rating', 'myrating', 'stars', 'starrating', 'star', 'score', '评分'],
	notes: ['notes', 'note', 'review', 'myreview', 'comment', 'comments', 'annotation', '笔记', '评论', '短评'],
	description: ['description', 'excerpt', 'summary', 'abstract', 'intro', '简介'],
	addedAt: ['addedat', 'added', 'dateadded', 'created', 'createdat', 'timeadded', 'saved', 'savedat', 'date', 'timestamp', '添加时间'],
	finishedAt: ['finishedat', 'finished', 'dateread', 'datefinished', 'read', 'lastdateread', 'completed', '读完时间'],
	publisher: ['publisher', 'press', '出版社'],
	publishedAt: ['publishedat', 'published', 'year', 'yearpublished', 'pubdate', 'publicationdate', 'issued', '出版年'],
	image: ['image', 'cover', 'thumbnail', 'coverurl', 'poster', '封面'],
	language: ['language', 'lang', '语言'],
	subtitle: ['subtitle', '副标题'],
};

const squash = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A first guess of which column fills which field; each field takes the first matching column. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
	const mapping: ColumnMapping = {};
	const taken = new Set<MappableField>();
	for (const field of MAPPABLE_FIELDS) {
		const header = headers.find(h => mapping[h] === undefined && SYNONYMS[field].includes(squash(h)));
		if (header !== undefined && !taken.has(field)) { mapping[header] = field; taken.add(field); }
	}
	return mapping;
}

/** Rows to records through a mapping. Books without URL but with ISBN get their Open Library page. */
export function applyMapping(table: CsvTable, mapping: ColumnMapping, problems: Problems): ImportRecord[] {
	const columns = new Map<MappableField, string[]>();
	for (const [header, field] of Object.entries(mapping)) if (field) columns.set(field, [...(columns.get(field) ?? []), header]);
	if (!columns.has('url') && !columns.has('title') && !columns.has('isbn')) {
		problems.add('UNMAPPED', 'no column is mapped to url, title or isbn', 1, undefined, 'error');
		return [];
	}
	return table.rows.flatMap(({line, cells}): ImportRecord[] => {
		const get = (field: MappableField) => (columns.get(field) ?? []).map(header => cells[header] ?? '').find(value => value.trim());
		const all = (field: MappableField) => (columns.get(field) ?? []).map(header => cells[header] ?? '');
		const isbn = isbns(...all('isbn'));
		const kindText = text(get('kind'))?.toLowerCase();
		const kind = (KINDS as readonly string[]).includes(kindText ?? '') ? (kindText as Kind) : isbn.length > 0 ? 'book' : undefined;
		const url = webUrl(get('url'), problems, line) ?? isbnUrl(isbn);
		const title = text(get('title'));
		if (!url && !title) { problems.add('BAD_ROW', 'row with neither title nor address', line, undefined, 'error'); return []; }
		return [compact({
			line, url, kind, title: cap(title ?? url ?? '', 'title', problems, line), isbn,
			authors: list(all('authors').flatMap(value => list(value, /\s*[;|]\s*|\s+&\s+|\s+and\s+/))),
			topics: list(all('topics').flatMap(value => list(value, /[,|;，]/))), status: statusFrom(get('status')),
			rating: rating(get('rating')), notes: multiline(get('notes')), description: multiline(get('description')),
			addedAt: dateField(get('addedAt'), problems, line, 'addedAt'), finishedAt: dateField(get('finishedAt'), problems, line, 'finishedAt'),
			publisher: text(get('publisher')), publishedAt: dateField(get('publishedAt'), problems, line, 'publishedAt'),
			image: webUrl(get('image'), problems, line, 'image'), language: text(get('language')), subtitle: text(get('subtitle')),
		})];
	});
}
