import {readFileSync} from 'node:fs';
import path from 'node:path';
import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import type {PageMetadata} from '../../../src/core/types.ts';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

/** The key facts of each hand-written page, stated here so a golden-file update cannot silently change them. */
function extract(name: string): PageMetadata {
	const html = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages', name), 'utf8');
	const url = /<!-- source: (\S+)/.exec(html)![1]!;
	return extractMetadata(new JSDOM(html, {url}).window.document, url);
}

describe('site adapters', () => {
	test('douban: #info block, translators, full intro over the cut og:description, the large cover the thumbnail links to', () => {
		const m = extract('douban-book.html');
		expect(m).toMatchObject({kind: 'book', title: '深入理解分布式系统', authors: ['约翰·史密斯', '张三'],
			publisher: '机械工业出版社', publishedAt: '2019-06', isbn: ['9787111213826'], duration: {pages: 412},
			price: {amount: 89, currency: 'CNY'}});
		expect(m.contributors).toEqual([{name: '李四', role: 'translator'}]);
		expect(m.description).toMatch(/可以运行的例子/);
		expect(m.sources?.publisher).toBe('site:douban');
		expect(m.image).toBe('https://img1.doubanio.com/view/subject/l/public/s1000001.jpg');
	});
	test('amazon: productTitle, byline roles, details list, largest cover, this format\'s price (not another format\'s swatch) by host', () => {
		const m = extract('amazon-book.html');
		expect(m).toMatchObject({kind: 'book', title: 'Bone Silence', authors: ['Alastair Reynolds'],
			publisher: 'Gollancz', publishedAt: '2020-01-30', language: 'en', duration: {pages: 608},
			price: {amount: 5.43, currency: 'GBP'}, image: 'https://m.media-amazon.com/images/I/big.jpg'});
		expect(m.isbn).toContain('9780575090675');
		expect(m.contributors).toEqual([{name: 'Jane Doe', role: 'translator'}]);
	});
	test('geekbang: course, instructor, lessons, price, Chinese despite lang=en, no site suffix', () => {
		const m = extract('geekbang-column.html');
		expect(m).toMatchObject({kind: 'course', title: '深入剖析 Kubernetes', authors: ['张磊'], duration: {lessons: 52},
			price: {amount: 129, currency: 'CNY'}, provider: '极客时间'});
		expect(m.language).toMatch(/^zh/);
	});
	test('jd: parameters list and byline roles', () => {
		expect(extract('jd-book.html')).toMatchObject({title: '云原生架构实践', authors: ['王五'],
			contributors: [{name: '赵六', role: 'translator'}], publisher: '电子工业出版社', publishedAt: '2021-03-01',
			isbn: ['9787121317064'], kind: 'book', price: {amount: 79, currency: 'CNY'}});
	});
	test('github: owner/repo, About without boilerplate, topics', () => {
		expect(extract('github-repo.html')).toMatchObject({kind: 'repository', title: 'example-org/handbook',
			description: 'A practical handbook for cloud-native engineers', keywords: ['kubernetes', 'cloud-native']});
	});
	test('github: a renamed repository is named by the page, not by the old address that redirected to it', () => {
		const html = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages/github-repo.html'), 'utf8')
			.replace('</head>', '<meta name="octolytics-dimension-repository_nwo" content="example-org/handbook"></head>');
		const url = 'https://github.com/example-org/old-handbook';
		expect(extractMetadata(new JSDOM(html, {url}).window.document, url))
			.toMatchObject({title: 'example-org/handbook', authors: ['example-org']});
	});
	test('youtube: video, channel, ISO duration', () => {
		expect(extract('youtube-video.html')).toMatchObject({kind: 'video', title: 'Kubernetes in 20 minutes',
			authors: ['Cloud Class'], duration: {minutes: 20}, publishedAt: '2023-03-14T09:00:00-07:00'});
	});
	test('oreilly, manning: books with ISBN from the URL or the page', () => {
		expect(extract('oreilly-book.html')).toMatchObject({kind: 'book', isbn: ['9781492048190'],
			authors: ['Ada Byron', 'Alan Church']});
		expect(extract('manning-book.html')).toMatchObject({kind: 'book', isbn: ['9781617297618'],
			authors: ['Marko Lukša', 'Kevin Conner'], duration: {pages: 776}, publishedAt: '2025-03'});
	});
	test('edx: an instructor card names its instructor in a `name`, beside the position and the school', () => {
		const url = 'https://www.edx.org/learn/cities/example-university-bike-friendly-cities';
		const doc = new JSDOM('<h1>Bike-Friendly Cities</h1><div class="instructor"><a href="/bio/ann"><p class="name">Ann Writer'
			+ '</p><p class="position">Professor</p><p class="org">Example University</p></a></div>', {url}).window.document;
		expect(extractMetadata(doc, url).authors).toEqual(['Ann Writer']);
	});
	test('coursera, udemy, edx: courses with instructors and workload', () => {
		expect(extract('coursera-course.html')).toMatchObject({kind: 'course', title: 'Cloud Computing Basics',
			authors: ['Grace Hopper'], duration: {minutes: 720}, provider: 'Coursera'});
		expect(extract('udemy-course.html')).toMatchObject({kind: 'course', authors: ['Bret Example', 'Nina Sample'],
			duration: {minutes: 1185, lessons: 187}, price: {amount: 84.99, currency: 'USD'}});
		expect(extract('edx-course.html')).toMatchObject({kind: 'course', title: 'Introduction to Kubernetes',
			authors: ['Chris Pokorni'], duration: {minutes: 1680}});
	});
});

describe('generic sources', () => {
	test('JSON-LD @graph with @id references beats Open Graph; <base> resolves relative URLs; tracking dropped', () => {
		const m = extract('article-jsonld-graph.html');
		expect(m).toMatchObject({url: 'https://blog.example.com/2024/05/02/shipping-small-extensions/', kind: 'article', title: 'Shipping small extensions',
			authors: ['Ann Writer'], siteName: 'Example Blog', publishedAt: '2024-05-02T08:30:00+02:00', image: 'https://cdn.example.com/assets/img/cover.jpg'});
		expect(m.sources).toMatchObject({title: 'jsonld', authors: 'jsonld', image: 'opengraph'});
	});
	test('microdata: nested Person, ISBN-10 to 13, month precision, offers, __proto__ is data', () => {
		const m = extract('microdata-book.html');
		expect(m).toMatchObject({kind: 'book', authors: ['Lee Small'], isbn: ['9780306406157'], publishedAt: '2011-06',
			duration: {pages: 96}, price: {amount: 12.5, currency: 'EUR'}, image: 'https://shop.example.org/covers/tiny.jpg',
			contributors: [{name: 'Kim Other', role: 'translator'}]});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
	test('RDFa Lite course with instructor and ISO duration', () => {
		expect(extract('rdfa-course.html')).toMatchObject({kind: 'course', title: 'Intro to Distributed Systems',
			provider: 'Example University', duration: {minutes: 1800},
			contributors: [{name: 'Barbara Liskov-Example', role: 'instructor'}]});
	});
	test('Highwire citation tags: paper, sorted names, slashed date; DC description', () => {
		expect(extract('citation-paper.html')).toMatchObject({kind: 'paper', title: 'Conflict-free Replicated Reading Lists',
			authors: ['Marc Shapiro', 'Nuno Preguiça'], publishedAt: '2024-01-02',
			description: expect.stringMatching(/^We show/)});
	});
	test('single-page app: a canonical/og:url of another route is ignored, the DOM speaks', () => {
		const m = extract('spa-stale-head.html');
		expect(m.url).toBe('https://app.example.com/courses/rust-basics');
		expect(m.title).toBe('Rust Basics');
		expect(m.description).toBe('Ownership, borrowing and lifetimes, one lesson at a time.'); // the DOM's, not the old route's og:description
	});
	test('a redirected address (og:url names the repository\'s new name, og:title agrees with <title>) keeps the head\'s metadata', () => {
		const html = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages', 'spa-stale-head.html'), 'utf8')
			.replace('<meta property="og:title" content="Go Fundamentals">', '<meta property="og:title" content="Rust Basics">');
		const url = 'https://app.example.com/courses/rust-basics';
		const m = extractMetadata(new JSDOM(html, {url}).window.document, url);
		expect(m.description).toBe('Learn Go from scratch.'); // og:description: the head was served with this page
		expect(m.url).toBe(url); // the address still comes from the location, which the redirect reached
	});
	test('Chinese text declared as en is corrected; reading time counts Han characters', () => {
		const m = extract('zh-declared-en.html');
		expect(m).toMatchObject({language: 'zh', title: '云原生入门书单', authors: ['陈七'], kind: 'article'});
		expect(m.sources?.language).toBe('text');
		expect(m.readingMinutes).toBeGreaterThanOrEqual(1);
	});
});
