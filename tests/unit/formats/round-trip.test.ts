import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {encodeText, exportCsv, exportNetscapeHtml, parseImport} from '../../../src/formats/index.ts';
import {entry} from './arbitraries.ts';
import {item} from './items.ts';

const entries = fc.uniqueArray(entry, {maxLength: 12, selector: e => e.url});
const kept = (list: {url?: string; title: string; topics?: string[]; status?: string}[]) =>
	list.map(e => ({url: e.url, title: e.title, topics: e.topics ?? [], status: e.status ?? 'want'}));

describe('round trips keep URL, title, topics and status', () => {
	test('Shelfmark CSV', () => {
		fc.assert(fc.property(entries, list => {
			const {format, records, problems} = parseImport(encodeText(exportCsv(list.map(item))), 'list.csv');
			expect(format).toBe('shelfmark-csv');
			expect(problems).toEqual([]);
			expect(kept(records)).toEqual(kept(list));
		}), {numRuns: 80});
	});

	test('Netscape bookmark HTML', () => {
		fc.assert(fc.property(entries, list => {
			const {format, records, problems} = parseImport(encodeText(exportNetscapeHtml(list.map(item))), 'bookmarks.html');
			expect(format).toBe('netscape-html');
			expect(problems).toEqual([]);
			expect(kept(records)).toEqual(kept(list));
		}), {numRuns: 80});
	});

	test('CSV keeps the rest too: authors, ISBN, rating, dates, multi-line notes with quotes and formulas', () => {
		const source = item({
			url: 'https://example.com/book', title: '=HYPERLINK("x")', kind: 'book', authors: ['Doe, Jane', 'Roe'], isbn: ['9781617293726'],
			rating: 4, finishedAt: '2020-03-26', notes: '-1 line one\n"two", three', publisher: '@Pub', status: 'done', topics: ['a|b', 'c'],
		});
		const [record] = parseImport(encodeText(exportCsv([source])), 'x.csv').records;
		expect(record).toMatchObject({
			title: '=HYPERLINK("x")', kind: 'book', authors: ['Doe, Jane', 'Roe'], isbn: ['9781617293726'], rating: 4,
			finishedAt: '2020-03-26', notes: '-1 line one\n"two", three', publisher: '@Pub', topics: ['a/b', 'c'], addedAt: '2024-05-01T14:00:00.000Z',
		});
	});
});
