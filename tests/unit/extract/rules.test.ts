import {describe, expect, test} from 'vitest';
import {parseDate} from '../../../src/extract/dates.ts';
import {bcp47, correctLanguage} from '../../../src/extract/language.ts';
import {parsePeople} from '../../../src/extract/people.ts';
import {pick} from '../../../src/extract/pick.ts';
import {decodeEntities, clean} from '../../../src/extract/text.ts';
import {stripSiteSuffix} from '../../../src/extract/title.ts';
import {isoMinutes, parsePrice} from '../../../src/extract/candidate.ts';

describe('dates keep their precision and are never invented', () => {
	test.each([
		['2011', '2011'], ['2011-6', '2011-06'], ['2021-1-1', '2021-01-01'], ['2011年6月', '2011-06'], ['2011年6月12日', '2011-06-12'],
		['2024/01/02', '2024-01-02'], ['12.06.2011', '2011-06-12'], ['June 12, 2011', '2011-06-12'], ['30 Jan. 2020', '2020-01-30'],
		['30. Januar 2020', '2020-01-30'], ['12 de enero de 2020', '2020-01-12'], ['Sun, 6 Mar 2005 01:00:00 GMT', '2005-03-06'],
		['March 2025', '2025-03'], ['2017-07-03T20:45:14.000Z', '2017-07-03T20:45:14.000Z'], ['2024-05-02T08:30:00+0200', '2024-05-02T08:30:00+02:00'],
		['yesterday', undefined], ['12/31/2010', undefined], ['2011-13-01', undefined], ['', undefined],
	])('%s -> %s', (input, expected) => expect(parseDate(input)).toBe(expected));
});

describe('people', () => {
	test.each([
		['By Ann Writer', [['Ann Writer', 'author']]],
		['Alastair Reynolds (Author), Jane Doe (Translator)', [['Alastair Reynolds', 'author'], ['Jane Doe', 'translator']]],
		['Reynolds, Alastair', [['Alastair Reynolds', 'author']]],
		['Ann One and Bob Two & Cy Three', [['Ann One', 'author'], ['Bob Two', 'author'], ['Cy Three', 'author']]],
		['[美] 约翰·史密斯 著、李四 译', [['约翰·史密斯', 'author'], ['李四', 'translator']]],
		['Visit the SainSmart Store', [['SainSmart', 'author']]],
		['https://www.facebook.com/someone', []],
		['@handle', []],
	])('%s', (input, expected) => expect(parsePeople([input]).map(p => [p.name, p.role])).toEqual(expected));
});

describe('titles lose the site name, and only the site name', () => {
	test.each([
		['Shipping small extensions | Example Blog', ['Example Blog'], 'blog.example.com', 'Shipping small extensions'],
		['Example Blog - Shipping small extensions', ['Example Blog'], 'blog.example.com', 'Shipping small extensions'],
		['深入剖析 Kubernetes-极客时间', ['极客时间'], 'time.geekbang.org', '深入剖析 Kubernetes'],
		['三体 (豆瓣)', ['豆瓣'], 'book.douban.com', '三体'],
		['Spider-Man: Far From Home', ['Example'], 'example.com', 'Spider-Man: Far From Home'],
		['Rust - The Book', [], 'doc.rust-lang.org', 'Rust - The Book'],
	])('%s', (title, sites, host, expected) => expect(stripSiteSuffix(title, sites, host)).toBe(expected));
});

describe('language', () => {
	test.each([['en_us', 'en-US'], ['zh-hans-cn', 'zh-Hans-CN'], ['English', 'en'], ['zho', 'zh'], ['Deutsch', 'de'], ['und', undefined], ['garbage', undefined], ['not', undefined]])(
		'%s -> %s', (input, expected) => expect(bcp47(input)).toBe(expected));
	test('mostly Han text overrides a declared en, not a declared ja', () => {
		expect(correctLanguage('en', {han: 500, kana: 0, hangul: 0, words: 40})).toBe('zh');
		expect(correctLanguage('en', {han: 500, kana: 300, hangul: 0, words: 40})).toBe('ja');
		expect(correctLanguage('ja', {han: 500, kana: 0, hangul: 0, words: 40})).toBe('ja');
		expect(correctLanguage('en', {han: 30, kana: 0, hangul: 0, words: 4000})).toBe('en');
	});
});

describe('precedence and validation', () => {
	test('the first VALID value wins: an invalid ISBN or URL from a stronger source falls through', () => {
		const {picked, sources} = pick([
			['jsonld', {title: '  ', isbn: ['B00ASIN123'], image: ['javascript:alert(1)']}],
			['opengraph', {title: 'OG &amp; title', isbn: ['0-306-40615-2'], image: ['/cover.jpg']}],
		], 'https://example.com/page');
		expect(picked).toMatchObject({title: 'OG & title', isbn: ['9780306406157'], image: 'https://example.com/cover.jpg'});
		expect(sources).toMatchObject({title: 'opengraph', isbn: 'opengraph', image: 'opengraph'});
	});
	test('a cut-off description loses to a fuller one that starts the same way', () => {
		const {picked} = pick([['opengraph', {description: 'The start of a long text...'}], ['site:x', {description: 'The start of a long text, and its end.'}]], 'https://e.com/');
		expect(picked.description).toBe('The start of a long text, and its end.');
	});
	test('strings are decoded and capped', () => {
		expect(decodeEntities('a &amp;amp; b &#x4e2d; &hellip;')).toBe('a &amp; b 中 …');
		expect(clean('x'.repeat(5000), 100)!.length).toBeLessThanOrEqual(100);
	});
	test('durations and prices', () => {
		expect(isoMinutes('PT1H30M')).toBe(90);
		expect(isoMinutes('P')).toBeUndefined();
		expect(parsePrice('59,90 €', undefined)).toEqual({amount: 59.9, currency: 'EUR'});
		expect(parsePrice('89.00元', undefined)).toEqual({amount: 89, currency: 'CNY'});
		expect(parsePrice('1,299.00', 'usd')).toEqual({amount: 1299, currency: 'USD'});
		expect(parsePrice('free', 'USD')).toBeUndefined();
	});
});
