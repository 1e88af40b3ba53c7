import {describe, expect, test} from 'vitest';
import {familyName, possibleDuplicates, possiblySame, weakKey} from '../../../src/core/duplicates.ts';
import {errorCode} from '../../../src/core/errors.ts';
import {findLinks} from '../../../src/core/find-links.ts';
import {normalizeId, parseId, requireId} from '../../../src/core/ids.ts';
import {materialize} from '../../../src/core/item-doc.ts';
import {displayTitle, itemIdForKey, itemKeys, newItemId} from '../../../src/core/keys.ts';
import {saveDoc} from '../../../src/core/save.ts';
import type {Item} from '../../../src/core/types.ts';
import {itemIdForUrl} from '../../../src/core/url.ts';

const T = '000000100.0000.n1';
const work = (fields: Partial<Item>): Item => ({
	id: 'x', aliases: [], ids: [], kind: 'book', title: '', authors: [], contributors: [], isbn: [], topics: [],
	status: 'want', notes: '', recommendedBy: [], addedAt: '', updatedAt: '', ...fields,
});

describe('identifiers', () => {
	test('each scheme has one spelling', () => {
		expect(normalizeId('DOI', 'https://doi.org/10.1145/3290605.ABC')).toBe('doi:10.1145/3290605.abc');
		expect(parseId('doi: 10.1000/XYZ')).toBe('doi:10.1000/xyz');
		expect(parseId('asin:b00abcdefg')).toBe('asin:B00ABCDEFG');
		expect(parseId('goodreads:000123')).toBe('goodreads:123');
		expect(parseId('olid:ol123m')).toBe('olid:OL123M');
		expect(parseId('arxiv:https://arxiv.org/abs/2101.00001v2')).toBe('arxiv:2101.00001v2');
		expect(parseId('douban:26902153')).toBe('douban:26902153');
	});

	test('an unknown scheme or a malformed value is refused with a message that names it', () => {
		expect(parseId('isbnx:123')).toBeUndefined();
		expect(parseId('asin:123')).toBeUndefined();
		expect(parseId('doi:11.1/x')).toBeUndefined();
		expect(() => requireId('foo:1')).toThrow(/Unknown identifier scheme.*doi, asin/);
		expect(() => requireId('asin:B0')).toThrow(/Not a valid ASIN/);
		let error: unknown;
		try { requireId('doi:nope'); } catch (caught) { error = caught; }
		expect(errorCode(error)).toBe('INVALID_ITEM');
	});
});

describe('identity keys', () => {
	test('links first, then ISBNs, then other ids; a page id is what it always was', () => {
		const item = work({url: 'https://www.example.com/b/?utm_source=x', aliases: ['https://m.shop.example/p/1'],
			isbn: ['9787121317279'], ids: ['asin:B07K1ABCDE']});
		expect(itemKeys(item)).toEqual(['example.com/b', 'shop.example/p/1', 'isbn:9787121317279', 'asin:B07K1ABCDE']);
		expect(newItemId(item)).toBe(itemIdForUrl('https://example.com/b'));
	});

	test('a work without a link takes its id from its ISBN, else its first id, else a random one', () => {
		expect(newItemId(work({isbn: ['9787121317279'], ids: ['asin:B07K1ABCDE']})))
			.toBe(itemIdForKey('isbn:9787121317279'));
		expect(newItemId(work({ids: ['asin:B07K1ABCDE']}))).toBe(itemIdForKey('asin:B07K1ABCDE'));
		const [a, b] = [newItemId(work({title: 'T'})), newItemId(work({title: 'T'}))];
		expect(a).toMatch(/^[0-9a-f]{16}$/);
		expect(a).not.toBe(b);
	});
});

describe('a work needs a title, a link or an identifier', () => {
	test('a book with a title only is saved without a link', () => {
		const item = materialize(saveDoc(undefined, 'r1', {title: 'A book a friend named', kind: 'book'}, T));
		expect(item).toMatchObject({title: 'A book a friend named', kind: 'book', status: 'want'});
		expect(item.url).toBeUndefined();
	});

	test('nothing to name it by, a bad ISBN or a bad id is an INVALID_ITEM error', () => {
		expect(() => saveDoc(undefined, 'r1', {title: ' '}, T)).toThrow(/title, a link or an identifier/);
		expect(() => saveDoc(undefined, 'r1', {title: 'T', isbn: ['9787121317270']}, T)).toThrow(/Not a valid ISBN/);
		expect(() => saveDoc(undefined, 'r1', {title: 'T', ids: ['asin:1']}, T)).toThrow(/Not a valid ASIN/);
	});

	test('an ISBN-10 is kept as ISBN-13; an empty link clears the primary link', () => {
		const doc = saveDoc(undefined, 'r1', {title: 'T', url: 'https://e.example/b', isbn: ['7-121-31727-3']}, T);
		expect(materialize(doc).isbn).toEqual(['9787121317279']);
		expect(materialize(saveDoc(doc, 'r1', {title: 'T', url: ''}, '000000200.0000.n1')).url).toBeUndefined();
	});
});

describe('possible duplicates (weak identity)', () => {
	test('family names as catalogues write them', () => {
		expect(familyName('Kelsey Hightower')).toBe('hightower');
		expect(familyName('Hightower, Kelsey')).toBe('hightower');
		expect(familyName('宋净超')).toBe('宋净超');
	});

	test('same normalised title and first author family name; title alone when a side names no author', () => {
		const a = work({title: 'Kubernetes: Up & Running', authors: ['Kelsey Hightower']});
		expect(weakKey(a)).toBe(weakKey(work({title: 'kubernetes up running', authors: ['Hightower, K.']})));
		expect(possiblySame(a, work({title: 'Kubernetes Up and Running', authors: ['Kelsey Hightower']}))).toBe(false);
		expect(possiblySame(a, work({title: 'Kubernetes: Up & Running'}))).toBe(true);
		expect(possiblySame(a, work({title: 'Kubernetes: Up & Running', authors: ['Brendan Burns']}))).toBe(false);
	});

	test('groups live items only, each group of two or more', () => {
		const items = [
			work({id: '1', title: 'Cloud Native Go', authors: ['Matthew Titmus']}),
			work({id: '2', title: 'cloud-native go', authors: ['M. Titmus']}),
			work({id: '3', title: 'Cloud Native Go'}),
			work({id: '4', title: 'Cloud Native Go', authors: ['Other Person'], deletedAt: 'x'}),
			work({id: '5', title: 'Another', authors: ['A']}),
		];
		expect(possibleDuplicates(items).map(group => group.map(item => item.id))).toEqual([['1', '2', '3']]);
	});
});

describe('Find it links', () => {
	test('by ISBN where there is one; Chinese titles lead with Douban and JD', () => {
		const links = findLinks(work({title: '深入剖析Kubernetes', authors: ['张磊'], isbn: ['9787121317279']}));
		expect(links.map(link => link.site)).toEqual(['douban', 'jd', 'openlibrary', 'worldcat', 'amazon']);
		expect(links[2]!.url).toBe('https://openlibrary.org/isbn/9787121317279');
		expect(links[0]!.url).toContain('search_text=9787121317279');
	});

	test('by title and first author otherwise, and nothing for a work with neither', () => {
		const links = findLinks(work({title: 'Cloud Native Go', authors: ['Matthew Titmus']}));
		expect(links[0]).toEqual({site: 'openlibrary', url: 'https://openlibrary.org/search?q=Cloud%20Native%20Go%20Matthew%20Titmus'});
		expect(findLinks(work({title: ''}))).toEqual([]);
	});
});

test('a work without a title is shown by its link, else its ISBN, else its first id', () => {
	expect(displayTitle(work({title: 'T', url: 'https://e.example/'}))).toBe('T');
	expect(displayTitle(work({url: 'https://e.example/'}))).toBe('https://e.example/');
	expect(displayTitle(work({isbn: ['9787121317279'], ids: ['olid:OL1M']}))).toBe('ISBN 9787121317279');
	expect(displayTitle(work({ids: ['olid:OL1M']}))).toBe('olid:OL1M');
});
