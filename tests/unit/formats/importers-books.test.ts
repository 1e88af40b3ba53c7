import {describe, expect, test} from 'vitest';
import {guessMapping} from '../../../src/formats/index.ts';
import {importFixture} from './load.ts';

describe('Goodreads library CSV', () => {
	const {format, records, problems} = importFixture('goodreads.csv');

	test('is detected and every row is a book with its Goodreads page', () => {
		expect(format).toBe('goodreads-csv');
		expect(problems).toEqual([]);
		expect(records.map(r => [r.kind, r.url])).toEqual([
			['book', 'https://www.goodreads.com/book/show/11'], ['book', 'https://www.goodreads.com/book/show/12'], ['book', 'https://www.goodreads.com/book/show/13'],
		]);
	});

	test('="..." ISBNs become ISBN-13, shelves become status and topics, review HTML becomes text', () => {
		expect(records[0]).toMatchObject({
			title: 'Kubernetes in Action', authors: ['Marko Luksa'], isbn: ['9781617293726'], rating: 5, status: 'done',
			topics: ['cloud'], addedAt: '2019-12-01', finishedAt: '2020-03-26', notes: 'Great\nbook', duration: {pages: 624}, publisher: 'Manning',
		});
		expect(records[1]).toMatchObject({status: 'dropped', topics: ['favourites'], authors: ['A. Writer', 'B. Helper', 'C. Helper']});
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
			isbn: ['9780152023980'], url: 'https://openlibrary.org/isbn/9780152023980', topics: ['classics', 'french'],
		});
		expect(records[1]).toMatchObject({authors: ['Ann One', 'Bob Two', 'Cy Three'], rating: 5, finishedAt: '2022-06-15', notes: 'Loved it'});
	});

	test('an ASIN is not an ISBN (no URL to derive), a StoryGraph UUID gives its book page', () => {
		expect(records[2]!.isbn).toBeUndefined();
		expect(records[2]!.url).toBeUndefined();
		expect(records[3]!.url).toBe('https://app.thestorygraph.com/books/6c1bd9f2-0e1d-4b8a-9d47-8b1f2c3d4e5f');
	});
});

describe('generic CSV with a column mapping', () => {
	test('guessMapping recognises common header names in English and Chinese', () => {
		expect(guessMapping(['Name', 'Link', 'Tags', 'Added', 'Shelf', 'ISBN13', 'Whatever'])).toEqual({
			Name: 'title', Link: 'url', Tags: 'topics', Added: 'addedAt', Shelf: 'status', ISBN13: 'isbn',
		});
		expect(guessMapping(['书名', '作者', '链接', '标签'])).toEqual({书名: 'title', 作者: 'authors', 链接: 'url', 标签: 'topics'});
	});

	test('semicolon-separated file: rows become records, a book without link gets its ISBN page, an empty row fails', () => {
		const {format, records, problems} = importFixture('generic.csv');
		expect(format).toBe('generic-csv');
		expect(records).toEqual([
			expect.objectContaining({title: 'First', url: 'https://g.example/1', topics: ['a', 'b'], status: 'done', addedAt: '2021-11-10', line: 2}),
			expect.objectContaining({title: 'A book with no link', url: 'https://openlibrary.org/isbn/9781250313195', kind: 'book', status: 'want', line: 3}),
		]);
		expect(problems).toEqual([expect.objectContaining({code: 'BAD_ROW', line: 4, severity: 'error'})]);
	});
});
