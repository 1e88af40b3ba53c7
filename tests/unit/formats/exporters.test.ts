import {describe, expect, test} from 'vitest';
import {
	encodeText, exportCslJson, exportCsv, exportGoodreadsCsv, exportNetscapeHtml, exportRis, parseImport, toShelfmarkJson,
} from '../../../src/formats/index.ts';
import {item} from './items.ts';

const book = item({
	url: 'https://www.manning.com/books/kubernetes-in-action', title: 'Kubernetes in Action', kind: 'book', authors: ['Marko Luksa'],
	contributors: [{name: 'Ed Itor', role: 'editor'}], isbn: ['9781617293726'], publisher: 'Manning', publishedAt: '2017-12',
	topics: ['cloud native', 'k8s'], status: 'done', rating: 5, finishedAt: '2020-03-26', notes: 'Great',
});
const paper = item({url: 'https://doi.org/10.1016/j.cell.2024.10.022', title: 'A Paper', kind: 'paper', authors: ['Smith, Al'], publishedAt: '2024-11-05'});
const hostile = item({url: 'javascript:alert(1)' as string, title: '<script>alert(1)</script>'});

describe('safety', () => {
	test('CSV cells starting with = + - @ are neutralised; non-http items do not leave', () => {
		const csv = exportCsv([item({url: 'https://a.example/', title: '=cmd|calc', notes: '+1', publisher: '@x', topics: ['-t']}), hostile]);
		const row = csv.split('\r\n')[1]!;
		expect(row).toContain("'=cmd|calc");
		expect(row).toContain("'+1");
		expect(row).toContain("'@x");
		expect(row).toContain("'-t");
		expect(csv).not.toContain('javascript:');
		expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
	});

	test('Netscape export escapes every attribute and text, drops non-http URLs', () => {
		const html = exportNetscapeHtml([item({url: 'https://a.example/?q="x"&y=<z>', title: '<b>"Hi"</b> & \'you\'', notes: '</DL><script>', topics: ['a"b']}), hostile]);
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
		const {format, records} = parseImport(encodeText(`Book Id,${csv}`.replace(/\r\n(?=.)/g, '\r\n,')), 'gr.csv');
		expect(format).toBe('goodreads-csv');
		expect(records[0]).toMatchObject({title: 'Kubernetes in Action', isbn: ['9781617293726'], status: 'done', rating: 5, topics: ['cloud-native', 'k8s']});
	});

	test('CSL-JSON: types, names split, date-parts, DOI recovered from doi.org URLs; re-importable', () => {
		const csl = JSON.parse(exportCslJson([book, paper])) as Record<string, unknown>[];
		expect(csl[0]).toMatchObject({type: 'book', author: [{family: 'Luksa', given: 'Marko'}], editor: [{family: 'Itor', given: 'Ed'}], ISBN: '9781617293726', issued: {'date-parts': [[2017, 12]]}});
		expect(csl[1]).toMatchObject({type: 'article-journal', author: [{family: 'Smith', given: 'Al'}], DOI: '10.1016/j.cell.2024.10.022', issued: {'date-parts': [[2024, 11, 5]]}});
		const {records} = parseImport(encodeText(JSON.stringify(csl)), 'x.json');
		expect(records.map(r => [r.kind, r.url, r.publishedAt])).toEqual([['book', book.url, '2017-12'], ['paper', paper.url, '2024-11-05']]);
	});

	test('RIS: one tag per line, ER after each entry, notes folded; re-importable', () => {
		const ris = exportRis([item({...book, notes: 'two\nlines'}), paper]);
		expect(ris).toContain('TY  - BOOK\r\nTI  - Kubernetes in Action\r\nAU  - Marko Luksa\r\nA2  - Ed Itor\r\nPY  - 2017\r\nDA  - 2017/12\r\nPB  - Manning\r\nSN  - 9781617293726\r\n');
		expect(ris).toContain('N1  - two lines');
		expect(ris).toContain('DO  - 10.1016/j.cell.2024.10.022');
		const {format, records} = parseImport(encodeText(ris), 'x.ris');
		expect(format).toBe('ris');
		expect(records.map(r => [r.kind, r.url, r.title])).toEqual([['book', book.url, book.title], ['paper', paper.url, paper.title]]);
	});

	test('shelfmark-json: the CLI list shape, detected and re-imported', () => {
		const json = toShelfmarkJson([book, hostile]);
		const parsed = JSON.parse(json) as Record<string, unknown>[];
		expect(parsed).toEqual([expect.objectContaining({url: book.url, title: book.title, kind: 'book', authors: book.authors, topics: book.topics, status: 'done', addedAt: book.addedAt, isbn: book.isbn})]);
		expect(parseImport(encodeText(json)).records[0]).toMatchObject({url: book.url, status: 'done', isbn: book.isbn});
	});
});
