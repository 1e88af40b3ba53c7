import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';
import {amazon} from '../../../src/extract/sites/amazon.ts';

const page = (price: string) => `<html><head><title>x</title></head><body><span id="productTitle">The Old Book</span><span id="price">${price}</span></body></html>`;
const read = (url: string, price: string) => extractMetadata(new JSDOM(page(price), {url}).window.document, url);

describe('Amazon stores', () => {
	test('every store\'s domain is Amazon\'s layout, other hosts are not', () => {
		const stores = ['www.amazon.com', 'amazon.co.uk', 'www.amazon.com.au', 'www.amazon.se', 'smile.amazon.de'];
		const others = ['www.amazonia.org', 'amazon.example.org', 'www.notamazon.com'];
		for (const host of stores) expect(amazon.test.test(`${host}/dp/1`), host).toBe(true);
		for (const host of others) expect(amazon.test.test(`${host}/dp/1`), host).toBe(false);
	});
	test.each([
		['https://www.amazon.com/dp/1', '$12.99', 'USD'], ['https://www.amazon.ca/dp/1', '$12.99', 'CAD'], ['https://www.amazon.co.jp/dp/1', '￥1,200', 'JPY'],
		['https://www.amazon.cn/dp/1', '￥59.00', 'CNY'], ['https://www.amazon.co.uk/dp/1', '£9.99', 'GBP'], ['https://www.amazon.de/dp/1', '12,99 €', 'EUR'],
		['https://www.amazon.sg/dp/1', 'S$20.50', 'SGD'],
	])('%s prices in its currency', (url, price, currency) => expect(read(url, price).price?.currency).toBe(currency));
});
