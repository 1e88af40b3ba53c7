import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

const read = (head: string, body: string, url = 'https://blog.example/2024/05/rivers-of-the-north') =>
	extractMetadata(new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, {url}).window.document, url);

describe('titles when the head and the visible heading disagree', () => {
	test('a section\'s label before the heading (`Opinion: <heading>`) gives way to the heading', () => {
		expect(read('<title>Opinion: Rivers of the north</title>', '<article><h1>Rivers of the north</h1></article>').title).toBe('Rivers of the north');
		expect(read('<title>Review | Rivers of the north</title>', '<article><h1>Rivers of the north</h1></article>').title).toBe('Rivers of the north');
	});
	test('a head that names only the site, on a single post, gives way to the post\'s heading', () => {
		const m = read('<title>The Daily Example</title><meta property="og:site_name" content="The Daily Example">', '<article><h1>Rivers of the north</h1></article>');
		expect(m.title).toBe('Rivers of the north');
	});
	test('a head title that is neither keeps its place', () => {
		expect(read('<title>Rivers of the north, explained</title>', '<article><h1>Why rivers run north</h1></article>').title).toBe('Rivers of the north, explained');
	});
});
