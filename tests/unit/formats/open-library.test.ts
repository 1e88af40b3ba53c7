import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {
	openLibraryDate, parseOpenLibraryAuthor, parseOpenLibraryEdition, parseOpenLibrarySearch,
} from '../../../src/formats/open-library.ts';
import {AppError} from '../../../src/core/errors.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/open-library/${name}`, import.meta.url), 'utf8'));

const codeOf = (run: () => unknown) => {
	try {
		run();
	} catch (error) {
		return error instanceof AppError ? error.code : 'not an AppError';
	}
	return 'no error';
};

describe('Open Library codec', () => {
	test('reads an edition: title, ISBNs, publisher, year, pages, cover, language, edition id, author keys', () => {
		expect(parseOpenLibraryEdition(fixture('edition-9780262510875.json'))).toEqual({
			title: 'Structure and Interpretation of Computer Programs', subtitle: 'Second Edition', authors: [], publisher: 'MIT Press',
			publishedAt: '1996', isbn: ['9780262510875'], ids: ['olid:OL7353617M'], image: 'https://covers.openlibrary.org/b/id/8228691-M.jpg',
			pages: 657, language: 'en', authorKeys: ['/authors/OL1846441A', '/authors/OL236174A'],
		});
	});

	test('reads the first search result, without the ISBNs of all its editions', () => {
		expect(parseOpenLibrarySearch(fixture('search-three-body.json'))).toEqual({
			title: '三体', authors: ['刘慈欣'], publisher: '重庆出版社', publishedAt: '2008', isbn: [], ids: ['olid:OL17267881W'],
			image: 'https://covers.openlibrary.org/b/id/8231856-M.jpg', pages: 302, language: 'zh', authorKeys: [],
		});
	});

	test('reads an author name', () => {
		expect(parseOpenLibraryAuthor(fixture('author-OL1846441A.json'))).toBe('Harold Abelson');
	});

	test('dates: ISO forms stay, prose gives its year, nonsense gives nothing', () => {
		expect(openLibraryDate('2017-03')).toBe('2017-03');
		expect(openLibraryDate('March 16, 2017')).toBe('2017');
		expect(openLibraryDate('c1996.')).toBe('1996');
		expect(openLibraryDate('unknown')).toBeUndefined();
		expect(openLibraryDate(42)).toBeUndefined();
	});

	test('answers that are not what we expect are LOOKUP_INVALID; an empty search is LOOKUP_NOT_FOUND', () => {
		expect(codeOf(() => parseOpenLibraryEdition(null))).toBe('LOOKUP_INVALID');
		expect(codeOf(() => parseOpenLibraryEdition([1, 2]))).toBe('LOOKUP_INVALID');
		expect(codeOf(() => parseOpenLibraryEdition({error: 'notfound', key: '/books/OL1M'}))).toBe('LOOKUP_INVALID');
		expect(codeOf(() => parseOpenLibraryEdition({title: 42}))).toBe('LOOKUP_INVALID');
		expect(codeOf(() => parseOpenLibrarySearch('<html>busy</html>'))).toBe('LOOKUP_INVALID');
		expect(codeOf(() => parseOpenLibrarySearch({docs: 'none'}))).toBe('LOOKUP_INVALID');
		expect(codeOf(() => parseOpenLibrarySearch({docs: [{key: '/works/OL1W'}]}))).toBe('LOOKUP_INVALID');
		expect(codeOf(() => parseOpenLibrarySearch({numFound: 0, docs: []}))).toBe('LOOKUP_NOT_FOUND');
		expect(codeOf(() => parseOpenLibraryAuthor({key: '/authors/OL1A'}))).toBe('LOOKUP_INVALID');
	});

	test('drops malformed pieces of a good answer: bad ISBNs, keys, covers and counts', () => {
		expect(parseOpenLibraryEdition({
			title: ' T ', isbn_13: ['123', '9780262510875'], isbn_10: ['0262510871'], key: '/books/../x', covers: [-1],
			number_of_pages: 'many', authors: [{key: '/authors/evil'}, 'x'], languages: [{key: '/languages/xyz'}],
		})).toEqual({title: 'T', authors: [], isbn: ['9780262510875'], ids: [], authorKeys: []});
	});
});
