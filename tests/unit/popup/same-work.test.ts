import {describe, expect, test} from 'vitest';
import type {Item} from '../../../src/core/types.ts';
import {sameWork} from '../../../src/popup/same-work.ts';

const item: Item = {
	id: 'i', url: 'https://book.douban.com/subject/26337545/', aliases: ['https://www.amazon.cn/dp/B00ZQCYK8C'], ids: [], kind: 'book',
	title: 'Kubernetes Patterns', authors: [], contributors: [], isbn: ['9787121317279'], topics: [], status: 'want',
	notes: '', recommendedBy: [], addedAt: '', updatedAt: '',
};

describe('sameWork', () => {
	test.each([
		['the saved URL', ['https://book.douban.com/subject/26337545/'], [], 'page'],
		['the saved URL in another form (tracking, scheme, m., no slash)', ['http://m.book.douban.com/subject/26337545?utm_source=x'], [], 'page'],
		['an alias', ['https://amazon.cn/dp/B00ZQCYK8C/'], ['9787121317279'], 'page'],
		['another store page with the same ISBN', ['https://item.jd.com/12345.html'], ['9787121317279'], 'work'],
		['the tab URL when the canonical URL differs', ['https://item.jd.com/1.html', 'https://book.douban.com/subject/26337545/'], ['9787121317279'], 'page'],
	] as const)('%s', (_name, urls, isbn, expected) => {
		expect(sameWork(item, urls, isbn)).toBe(expected);
	});
	test('nothing saved is no match', () => {
		expect(sameWork(null, ['https://item.jd.com/1.html'], ['9787121317279'])).toBeNull();
	});
	test('a different ISBN on another page is not the same work; the item was found some other way and counts as this page', () => {
		expect(sameWork(item, ['https://item.jd.com/1.html'], ['9780134190440'])).toBe('page');
	});
});
