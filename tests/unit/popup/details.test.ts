import {describe, expect, test} from 'vitest';
import type {Item} from '../../../src/core/types.ts';
import {cleanDuration, cleanPrice, detailsOfItem, detailsOfPage, detailsPatch, parseIsbns, toRole} from '../../../src/popup/details.ts';

describe('parseIsbns', () => {
	test('accepts ISBN-10 and ISBN-13 in any notation, converts to ISBN-13, drops duplicates', () => {
		expect(parseIsbns('978-7-121-31727-9, 7121317273；9787121317279')).toEqual({isbn: ['9787121317279'], invalid: []});
	});
	test('keeps what is not an ISBN apart, so the form can say so (a Kindle ASIN fails the checksum)', () => {
		expect(parseIsbns('B08XYZ1234, 9787121317279, 9787121317270')).toEqual({isbn: ['9787121317279'], invalid: ['B08XYZ1234', '9787121317270']});
	});
	test('empty text is no ISBN', () => {
		expect(parseIsbns(' , ')).toEqual({isbn: [], invalid: []});
	});
});

describe('cleaning', () => {
	test('durations keep positive whole numbers only', () => {
		expect(cleanDuration({pages: 320.4, lessons: 0, minutes: Number.NaN})).toEqual({pages: 320});
		expect(cleanDuration({lessons: -3})).toBeUndefined();
	});
	test('a price needs an amount and a three-letter currency', () => {
		expect(cleanPrice({amount: 59.999, currency: ' cny '})).toEqual({amount: 60, currency: 'CNY'});
		expect(cleanPrice({amount: Number.NaN, currency: 'USD'})).toBeUndefined();
		expect(cleanPrice({amount: 10, currency: 'US'})).toBeUndefined();
		expect(cleanPrice(undefined)).toBeUndefined();
	});
	test('unknown contributor roles become other', () => {
		expect([toRole('translator'), toRole('foreword'), toRole('__proto__')]).toEqual(['translator', 'other', 'other']);
	});
	test('the patch trims, drops nameless contributors and turns empty values into undefined', () => {
		expect(detailsPatch({image: ' ', contributors: [{name: ' 张三 ', role: 'translator'}, {name: '  ', role: 'editor'}], isbn: [],
			publisher: ' 人民邮电出版社 ', provider: '', duration: {}, price: undefined}))
			.toEqual({image: undefined, contributors: [{name: '张三', role: 'translator'}], isbn: [], publisher: '人民邮电出版社',
				provider: undefined, duration: undefined, price: undefined});
	});
});

describe('details of a page and of a saved item', () => {
	const page = detailsOfPage({url: 'https://a.example/b', title: 'B', kind: 'book', authors: [], publisher: 'P', isbn: ['9787121317279'],
		duration: {pages: 300}, price: {amount: 5, currency: 'USD'}, contributors: [{name: 'T', role: 'translator'}]});
	const item: Item = {id: 'i', url: 'https://b.example/', aliases: [], ids: [], kind: 'book', title: 'B', authors: [], contributors: [],
		isbn: [], publisher: 'Mine', topics: [], status: 'want', notes: '', recommendedBy: [], addedAt: '', updatedAt: ''};
	test('the saved values win; what the item lacks comes from the page', () => {
		expect(detailsOfItem(item, page)).toEqual({image: '', contributors: [{name: 'T', role: 'translator'}], isbn: ['9787121317279'],
			publisher: 'Mine', provider: '', duration: {pages: 300}, price: {amount: 5, currency: 'USD'}});
	});
	test('no page: every field is empty', () => {
		expect(detailsOfPage(null)).toEqual({image: '', contributors: [], isbn: [], publisher: '', provider: '', duration: {}});
	});
});
