import {describe, expect, test} from 'vitest';
import {
	encodeText, exportCslJson, exportCsv, exportGoodreadsCsv, exportNetscapeHtml, exportRis, linkless, parseImport,
	toShelfmarkJson,
} from '../../../src/formats/index.ts';
import {item} from './items.ts';

const book = item({
	url: 'https://www.manning.com/books/kubernetes-in-action', title: 'Kubernetes in Action', kind: 'book', authors: ['Marko Luksa'],
	contributors: [{name: 'Ed Itor', role: 'editor'}], isbn: ['9781617293726'],
	publisher: 'Manning', publishedAt: '2017-12',
	topics: ['cloud native', 'k8s'], status: 'done', rating: 5, finishedAt: '2020-03-26', notes: 'Great',
});
const paper = item({url: 'https://doi.org/10.1016/j.cell.2024.10.022', title: 'A Paper', kind: 'paper', authors: ['Smith, Al'], publishedAt: '2024-11-05'});
const hostile = item({url: 'javascript:alert(1)' as string, title: '<script>alert(1)</script>'});

describe('safety', () => {
	test('CSV cells starting with = + - @ are neutralised; non-http links do not leave (the work does, without one)', () => {
		const csv = exportCsv([
			item({url: 'https://a.example/', title: '=cmd|calc', notes: '+1', publisher: '@x', topics: ['-t']}), hostile,
		]);
		const row = csv.split('\r\n')[1]!;
		expect(row).toContain("'=cmd|calc");
		expect(row).toContain("'+1");
		expect(row).toContain("'@x");
		expect(row).toContain("'-t");
		expect(csv).not.toContain('javascript:');
		expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
		expect(csv.split('\r\n')[2]).toMatch(/^,<script>alert\(1\)<\/script>,/);
	});

	test('Netscape export escapes every attribute and text, drops non-http URLs and works without a link, counting them', () => {
		const unlinked = item({title: 'A book', isbn: ['9781617293726']});
		const safe = item({url: 'https://a.example/?q="x"&y=<z>', title: '<b>"Hi"</b> & \'you\'', notes: '</DL><script>', topics: ['a"b']});
		const html = exportNetscapeHtml([safe, hostile, unlinked]);
		expect(linkless([safe, hostile, unlinked])).toBe(2);
		expect(html).not.toContain('A book');
		expect(html).not.toMatch(/<script|<b>|javascript:/i);
		const {records} = parseImport(encodeText(html), 'b.html');
		expect(records).toEqual([expect.objectContaining({url: 'https://a.example/?q=%22x%22&y=%3Cz%3E', title: '<b>"Hi"</b> & \'you\'', notes: '</DL><script>', topics: ['a"b']})]);
	});
});

describe('exports', () => {
	test('Goodreads CSV: books only, shelves from status and topics, ISBN-10 and -13, slash dates; re-importable', () => {
		const csv = exportGoodreadsCsv([book, paper]);
		expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
		expect(csv).toContain('1617293725,9781617293726,5,Manning,2017,2020/03/26,2024/05/01,"cloud-native, k8s",read,Great');
		const {format, records} = parseImport(encodeText(csv), 'gr.csv');
		expect(format).toBe('goodreads-csv');
		expect(records[0]).toMatchObject({
			title: 'Kubernetes in Action', isbn: ['9781617293726'], status: 'done', rating: 5,
			topics: ['cloud-native', 'k8s'],
		});
	});

	test('Goodreads CSV keeps ids: an ASIN where the ISBN goes for a book without one, the Goodreads id in Book Id', () => {
		const kindle = item({title: 'Kindle Only', kind: 'book', ids: ['asin:B00K1NDL3X', 'goodreads:7']});
		const csv = exportGoodreadsCsv([kindle, book]);
		expect(csv.split('\r\n')[1]).toBe('Kindle Only,,,B00K1NDL3X,,0,,,,2024/05/01,,to-read,,7');
		const {records} = parseImport(encodeText(csv), 'gr.csv');
		expect(records.map(r => [r.title, r.ids, r.isbn])).toEqual([
			['Kindle Only', ['goodreads:7', 'asin:B00K1NDL3X'], undefined],
			['Kubernetes in Action', undefined, ['9781617293726']],
		]);
	});

	test('Shelfmark CSV: works without a link keep their identifiers and round-trip through the importer', () => {
		const thesis = item({
			title: 'A Thesis', kind: 'paper', ids: ['doi:10.1000/thesis', 'olid:OL1M'], isbn: ['9780306406157'],
		});
		const csv = exportCsv([thesis, book]);
		expect(csv.split('\r\n')[0]).toMatch(/,identifiers$/);
		const {format, records, problems} = parseImport(encodeText(csv), 'shelfmark.csv');
		expect(format).toBe('shelfmark-csv');
		expect(problems).toEqual([]);
		expect(records[0]).toMatchObject({
			title: 'A Thesis', kind: 'paper', ids: ['doi:10.1000/thesis', 'olid:OL1M'], isbn: ['9780306406157'],
		});
		expect(records[0]!.url).toBeUndefined();
		expect(records[1]).toMatchObject({url: book.url, isbn: book.isbn});
		// A hand-edited identifier the importer cannot read is an error on that row, naming the column
		const edited = parseImport(encodeText(csv.replace('doi:10.1000/thesis', 'doi:nonsense')), 'shelfmark.csv');
		expect(edited.records).toHaveLength(1);
		expect(edited.problems)
			.toEqual([expect.objectContaining({code: 'BAD_ID', field: 'identifiers', line: 2, severity: 'error'})]);
	});

	test('CSL-JSON: types, names split, date-parts, DOI recovered from doi.org URLs; re-importable', () => {
		const csl = JSON.parse(exportCslJson([book, paper])) as Record<string, unknown>[];
		expect(csl).toHaveLength(2);
		expect(csl[0]).toMatchObject({
			type: 'book', author: [{family: 'Luksa', given: 'Marko'}], editor: [{family: 'Itor', given: 'Ed'}],
			ISBN: '9781617293726', issued: {'date-parts': [[2017, 12]]},
		});
		expect(csl[1]).toMatchObject({
			type: 'article-journal', author: [{family: 'Smith', given: 'Al'}], DOI: '10.1016/j.cell.2024.10.022',
			issued: {'date-parts': [[2024, 11, 5]]},
		});
		const {records} = parseImport(encodeText(JSON.stringify(csl)), 'x.json');
		expect(records.map(r => [r.kind, r.url, r.publishedAt]))
			.toEqual([['book', book.url, '2017-12'], ['paper', paper.url, '2024-11-05']]);
	});

	test('RIS: one tag per line, ER after each entry, notes folded; re-importable', () => {
		const ris = exportRis([item({...book, notes: 'two\nlines'}), paper]);
		expect(ris).toContain('TY  - BOOK\r\nTI  - Kubernetes in Action\r\nAU  - Marko Luksa\r\nA2  - Ed Itor\r\nPY  - 2017\r\nDA  - 2017/12\r\nPB  - Manning\r\nSN  - 9781617293726\r\n');
		expect(ris).toContain('N1  - two lines');
		expect(ris).toContain('DO  - 10.1016/j.cell.2024.10.022');
		const {format, records} = parseImport(encodeText(ris), 'x.ris');
		expect(format).toBe('ris');
		expect(records.map(r => [r.kind, r.url, r.title]))
			.toEqual([['book', book.url, book.title], ['paper', paper.url, paper.title]]);
	});

	test('CSL-JSON and RIS keep works without a link: DOI and DO from the doi: id, no URL; re-imported with the same id', () => {
		const thesis = item({title: 'A Thesis', kind: 'paper', ids: ['doi:10.1000/thesis'], authors: ['Student, A.']});
		const csl = JSON.parse(exportCslJson([thesis])) as Record<string, unknown>[];
		expect(csl).toEqual([expect.objectContaining({title: 'A Thesis', DOI: '10.1000/thesis'})]);
		expect(csl[0]!.URL).toBeUndefined();
		const ris = exportRis([thesis]);
		expect(ris).toContain('DO  - 10.1000/thesis');
		expect(ris).not.toContain('UR  -');
		for (const [text, name] of [[JSON.stringify(csl), 'x.json'], [ris, 'x.ris']] as const) {
			const {records} = parseImport(encodeText(text), name);
			expect(records, name).toEqual([expect.objectContaining({title: 'A Thesis', ids: ['doi:10.1000/thesis']})]);
			expect(records[0]!.url, name).toBeUndefined();
		}
	});

	test('shelfmark-json: the CLI list shape, detected and re-imported', () => {
		const json = toShelfmarkJson([book, hostile]);
		const parsed = JSON.parse(json) as Record<string, unknown>[];
		expect(parsed).toEqual([
			expect.objectContaining({
				url: book.url, title: book.title, kind: 'book', authors: book.authors, topics: book.topics,
				status: 'done', addedAt: book.addedAt, isbn: book.isbn,
			}),
			expect.objectContaining({title: hostile.title}),
		]);
		expect(parsed[1]!.url).toBeUndefined(); // The work leaves, its javascript: address does not
		expect(parseImport(encodeText(json)).records[0])
			.toMatchObject({url: book.url, status: 'done', isbn: book.isbn});
		const unlinkedFirst = toShelfmarkJson([item({title: 'Kindle Only', ids: ['asin:B00K1NDL3X']})]);
		expect(parseImport(encodeText(unlinkedFirst)))
			.toMatchObject({format: 'shelfmark-json', records: [{title: 'Kindle Only', ids: ['asin:B00K1NDL3X']}]});
	});
});
