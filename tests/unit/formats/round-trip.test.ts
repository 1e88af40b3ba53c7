import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {encodeText, exportCslJson, exportCsv, exportNetscapeHtml, exportRis, parseImport} from '../../../src/formats/index.ts';
import {entry, title, url} from './arbitraries.ts';
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
			const {format, records, problems} =
				parseImport(encodeText(exportNetscapeHtml(list.map(item))), 'bookmarks.html');
			expect(format).toBe('netscape-html');
			expect(problems).toEqual([]);
			expect(kept(records)).toEqual(kept(list));
		}), {numRuns: 80});
	});

	test('Shelfmark CSV, CSL-JSON and RIS keep works without a link and their identifiers', () => {
		const id = fc.oneof(
			fc.tuple(fc.integer({min: 1000, max: 99_999}), fc.stringMatching(/^[a-z0-9.()-]{1,12}$/))
				.map(([prefix, suffix]) => `doi:10.${prefix}/${suffix}`),
			fc.stringMatching(/^[A-Z0-9]{8}$/).map(rest => `asin:B0${rest}`),
			fc.integer({min: 1, max: 10 ** 9}).map(n => `goodreads:${n}`),
			fc.integer({min: 1, max: 10 ** 6}).map(n => `olid:OL${n}M`),
		);
		const works = fc.uniqueArray(fc.record({
			title, ids: fc.uniqueArray(id, {minLength: 1, maxLength: 3}), url: fc.option(url, {nil: undefined}),
		}), {
			maxLength: 8, selector: w => w.title,
		});
		fc.assert(fc.property(works, list => {
			const items = list.map(w => item({...w, kind: 'paper'}));
			const csv = parseImport(encodeText(exportCsv(items)), 'list.csv');
			expect(csv.problems).toEqual([]);
			expect(csv.records.map(r => [r.title, r.url, r.ids ?? []])).toEqual(list.map(w => [w.title, w.url, w.ids]));
			// The citation formats carry a DOI, not the other schemes
			const doi = (ids: readonly string[]) => ids.filter(value => value.startsWith('doi:')).slice(0, 1);
			for (const [text, name] of [[exportCslJson(items), 'x.json'], [exportRis(items), 'x.ris']] as const) {
				const {records} = parseImport(encodeText(text), name);
				expect(records.map(r => [r.url, r.ids ?? []]), name).toEqual(list.map(w => [w.url, doi(w.ids)]));
			}
		}), {numRuns: 60});
	});

	test('CSV keeps the rest too: authors, ISBN, rating, dates, multi-line notes with quotes and formulas', () => {
		const source = item({
			url: 'https://example.com/book', title: '=HYPERLINK("x")', kind: 'book', authors: ['Doe, Jane', 'Roe'], isbn: ['9781617293726'],
			rating: 4, finishedAt: '2020-03-26', notes: '-1 line one\n"two", three', publisher: '@Pub', status: 'done',
			topics: ['a|b', 'c'],
		});
		const [record] = parseImport(encodeText(exportCsv([source])), 'x.csv').records;
		expect(record).toMatchObject({
			title: '=HYPERLINK("x")', kind: 'book', authors: ['Doe, Jane', 'Roe'], isbn: ['9781617293726'], rating: 4,
			finishedAt: '2020-03-26', notes: '-1 line one\n"two", three', publisher: '@Pub', topics: ['a/b', 'c'],
			addedAt: '2024-05-01T14:00:00.000Z',
		});
	});
});
