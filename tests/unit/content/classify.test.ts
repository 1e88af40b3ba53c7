// @vitest-environment jsdom
import {describe, expect, test} from 'vitest';
import {classifyPage} from '../../../src/content/classify.ts';

const doc = (head: string, body = '') => new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const empty = doc('');

describe('classifyPage', () => {
	test.each([
		['https://book.douban.com/subject/26337545/', 'book'],
		['https://www.amazon.com/Kubernetes-Patterns/dp/1492050288/ref=sr_1_1', 'book'],
		['https://www.oreilly.com/library/view/kubernetes-patterns/9781492050278/', 'book'],
		['https://time.geekbang.org/column/intro/100015201', 'course'],
		['https://www.coursera.org/learn/machine-learning', 'course'],
		['https://www.udemy.com/course/docker-mastery/', 'course'],
	] as const)('known page %s is a %s', (url, kind) => {
		expect(classifyPage(empty, url)).toBe(kind);
	});

	test('Amazon products whose ASIN is not an ISBN, and other pages of known hosts, are not books', () => {
		expect(classifyPage(empty, 'https://www.amazon.com/dp/B08N5WRWNW')).toBeUndefined();
		expect(classifyPage(empty, 'https://book.douban.com/review/123/')).toBeUndefined();
	});

	test.each([
		['og:type book', '<meta property="og:type" content="book">', 'book'],
		['book:isbn', '<meta property="book:isbn" content="9781492050285">', 'book'],
		['JSON-LD Book in @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Book","name":"x"}]}</script>', 'book'],
		['JSON-LD @type list with a Course', '<script type="application/ld+json">{"@type":["Thing", "Course"]}</script>', 'course'],
		['JSON-LD full schema.org IRI', '<script type="application/ld+json">{"@type":"http://schema.org/Book"}</script>', 'book'],
	] as const)('%s', (_name, head, kind) => {
		expect(classifyPage(doc(head), 'https://shop.example/item/1')).toBe(kind);
	});

	test('microdata types count', () => {
		expect(classifyPage(doc('', '<div itemscope itemtype="https://schema.org/Course"><span itemprop="name">x</span></div>'), 'https://a.example/')).toBe('course');
	});

	test('articles, products, broken JSON-LD and non-page addresses are nothing', () => {
		expect(classifyPage(doc('<meta property="og:type" content="article">'), 'https://blog.example/post')).toBeUndefined();
		expect(classifyPage(doc('<script type="application/ld+json">{"@type":"Product", "name": "Book shelf"</script>'), 'https://shop.example/1')).toBeUndefined();
		expect(classifyPage(doc('<script type="application/ld+json">{"name":"Book"}</script>'), 'https://shop.example/1')).toBeUndefined();
		expect(classifyPage(doc('<meta property="og:type" content="book">'), 'not a url')).toBeUndefined();
	});

	test('a huge JSON-LD blob is scanned only in its first part', () => {
		const blob = `{"description":"${'x'.repeat(200_000)}","@type":"Book"}`;
		expect(classifyPage(doc(`<script type="application/ld+json">${blob}</script>`), 'https://shop.example/1')).toBeUndefined();
	});
});
