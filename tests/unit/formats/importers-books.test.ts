import {describe, expect, test} from 'vitest';
import {guessMapping} from '../../../src/formats/index.ts';
import {importFixture, importText} from './load.ts';

describe('Goodreads library CSV', () => {
	const {format, records, problems} = importFixture('goodreads.csv');

	test('is detected; every row is a book with its Goodreads id and no made-up link', () => {
		expect(format).toBe('goodreads-csv');
		expect(problems).toEqual([]);
		expect(records.map(r => [r.kind, r.url, r.ids])).toEqual([
			['book', undefined, ['goodreads:11']],
			['book', undefined, ['goodreads:12']],
			['book', undefined, ['goodreads:13']],
		]);
	});

	test('a Kindle edition keeps the ASIN Goodreads writes where the ISBN goes; a bad Book Id is a warning naming it', () => {
		const csv = 'Book Id,Title,Author,ISBN,ISBN13,Exclusive Shelf\n'
			+ '7,Kindle Only,K. Author,"=""B00K1NDL3X""","=""""",to-read\n'
			+ 'x12,Odd Id,O. Author,,,read\n';
		const {records: rows, problems: found} = importText(csv, 'goodreads_library_export.csv');
		expect(rows.map(r => r.ids)).toEqual([['goodreads:7', 'asin:B00K1NDL3X'], undefined]);
		expect(rows[0]!.isbn).toBeUndefined();
		expect(found)
			.toEqual([expect.objectContaining({code: 'BAD_ID', line: 3, field: 'Book Id', severity: 'warning'})]);
	});

	test('="..." ISBNs become ISBN-13, shelves become status and topics, review HTML becomes text', () => {
		expect(records[0]).toMatchObject({
			title: 'Kubernetes in Action', authors: ['Marko Luksa'], isbn: ['9781617293726'], rating: 5, status: 'done',
			topics: ['cloud'], addedAt: '2019-12-01', finishedAt: '2020-03-26', notes: 'Great\nbook',
			duration: {pages: 624}, publisher: 'Manning',
		});
		expect(records[1]).toMatchObject({
			status: 'dropped', topics: ['favourites'], authors: ['A. Writer', 'B. Helper', 'C. Helper'],
		});
		expect(records[1]!.isbn).toBeUndefined();
		expect(records[1]!.rating).toBeUndefined();
		expect(records[2]).toMatchObject({status: 'want', isbn: ['9780306406157'], rating: 3});
	});
});

describe('StoryGraph CSV', () => {
	const {format, records} = importFixture('storygraph.csv');

	test('statuses, comma author lists, translators kept apart from authors', () => {
		expect(format).toBe('storygraph-csv');
		expect(records.map(r => r.status)).toEqual(['dropped', 'done', 'want', 'want']);
		expect(records[0]).toMatchObject({
			authors: ['Antoine de Saint-Exupéry'], contributors: [{name: 'Richard Howard', role: 'translator'}],
			isbn: ['9780152023980'], topics: ['classics', 'french'],
		});
		expect(records[0]!.url).toBeUndefined(); // No Open Library address made up from the ISBN
		expect(records[1]).toMatchObject({
			authors: ['Ann One', 'Bob Two', 'Cy Three'], rating: 5, finishedAt: '2022-06-15', notes: 'Loved it',
		});
	});

	test('an ASIN is not an ISBN: it is kept as asin:; a StoryGraph UUID makes no link; rows with neither import by title', () => {
		expect(records[2]).toMatchObject({title: 'Audio Thing', ids: ['asin:B0084FWN26']});
		expect(records[2]!.isbn).toBeUndefined();
		expect(records[2]!.url).toBeUndefined();
		expect(records[3]!.url).toBeUndefined();
		expect(records[3]!.ids).toBeUndefined();
	});

	test('an ISBN/UID that is neither ISBN, ASIN nor UUID (a spreadsheet-rounded number) is a warning; the row stays', () => {
		const csv = 'Title,Authors,ISBN/UID,Read Status\nRounded,A. B,9.78053E+12,read\nTen digits,C. D,1234567890,read\n';
		const {records: rows, problems} = importText(csv, 'storygraph.csv');
		expect(rows.map(r => [r.title, r.ids, r.isbn]))
			.toEqual([['Rounded', undefined, undefined], ['Ten digits', undefined, undefined]]);
		expect(problems.map(p => [p.code, p.line, p.field, p.severity])).toEqual([
			['BAD_ID', 2, 'ISBN/UID', 'warning'],
			['BAD_ID', 3, 'ISBN/UID', 'warning'], // Ten digits failing the checksum: no ASIN
		]);
	});
});

describe('generic CSV with a column mapping', () => {
	test('guessMapping recognises common header names in English and Chinese', () => {
		expect(guessMapping(['Name', 'Link', 'Tags', 'Added', 'Shelf', 'ISBN13', 'Whatever'])).toEqual({
			Name: 'title', Link: 'url', Tags: 'topics', Added: 'addedAt', Shelf: 'status', ISBN13: 'isbn',
		});
		expect(guessMapping(['书名', '作者', '链接', '标签'])).toEqual({书名: 'title', 作者: 'authors', 链接: 'url', 标签: 'topics'});
	});

	test('semicolon-separated file: rows become records, a book without link keeps no link, an empty row fails', () => {
		const {format, records, problems} = importFixture('generic.csv');
		expect(format).toBe('generic-csv');
		expect(records).toEqual([
			expect.objectContaining({
				title: 'First', url: 'https://g.example/1', topics: ['a', 'b'], status: 'done', addedAt: '2021-11-10', line: 2,
			}),
			expect.objectContaining({
				title: 'A book with no link', isbn: ['9781250313195'], kind: 'book', status: 'want', line: 3,
			}),
		]);
		expect(records[1]!.url).toBeUndefined();
		expect(problems).toEqual([expect.objectContaining({code: 'BAD_ROW', line: 4, severity: 'error'})]);
	});

	test('identifier columns: scheme:value entries, bare values of the scheme the header names, several columns at once', () => {
		const csv = 'title,ASIN,Work Id,identifiers\n'
			+ 'One,B0084FWN26,OL102749W,"goodreads:39077187,isbn:9780756411800, doi:10.1000/ABC"\n'
			+ ',,OL361393W,\n';
		const mapping = guessMapping(['title', 'ASIN', 'Work Id', 'identifiers']);
		expect(mapping)
			.toEqual({title: 'title', ASIN: 'identifier', 'Work Id': 'identifier', identifiers: 'identifier'});
		const {records: rows, problems} = importText(csv, 'list.csv', {mapping});
		expect(problems).toEqual([]);
		expect(rows[0]).toMatchObject({
			title: 'One', kind: 'book', isbn: ['9780756411800'],
			ids: ['asin:B0084FWN26', 'olid:OL102749W', 'goodreads:39077187', 'doi:10.1000/abc'],
		});
		expect(rows[1]).toMatchObject({title: '', ids: ['olid:OL361393W'], kind: 'book'}); // Known only by its id
	});

	test('a malformed ASIN or an unknown scheme in an identifier column is an error on that row, naming the column', () => {
		const csv = 'title,ASIN,identifiers\nGood,B0084FWN26,\nShort ASIN,B00,\nUnknown scheme,,foo:bar\n';
		const mapping = {title: 'title', ASIN: 'identifier', identifiers: 'identifier'} as const;
		const {records: rows, problems} = importText(csv, 'list.csv', {mapping});
		expect(rows.map(r => r.title)).toEqual(['Good']);
		expect(problems.map(p => [p.code, p.line, p.field, p.severity])).toEqual([
			['BAD_ID', 3, 'ASIN', 'error'], ['BAD_ID', 4, 'identifiers', 'error'],
		]);
		expect(problems[1]!.message).toContain('foo:bar');
	});

	test('a guessed mapping leaves out an id-named column whose values are not ids (LibraryThing\'s own Work id)', () => {
		const csv = 'Title\tWork id\tASIN\nMarelle\t57814\t\n';
		const {records: rows, problems} = importText(csv, 'librarything.tsv');
		expect(problems).toEqual([]);
		expect(rows).toEqual([expect.objectContaining({title: 'Marelle'})]);
		expect(rows[0]!.ids).toBeUndefined();
	});
});
