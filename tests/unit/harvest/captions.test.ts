import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

const url = 'https://blog.example/posts/books-for-managers/';
const found = (body: string) => harvest(new JSDOM(`<html><head><title>Books</title></head><body><article><h1>Books for new managers</h1>
<p>These are the books I keep going back to, grouped loosely by what they helped me with.</p>${body}</article></body></html>`, {url}).window.document, url)
	.map(({title, authors, kind}) => ({title, authors, kind}));

describe('a work\'s people on their own line or in its definition', () => {
	test('a cover\'s caption: the linked title, then the people alone on the next line', () => {
		expect(found('<figure><img src="/a.jpg" alt=""><figcaption><a href="https://bookshop.org/p/books/the-managers-path/1">The Manager\'s Path</a>'
			+ '<br>Camille Fournier</figcaption></figure><figure><img src="/b.jpg" alt=""><figcaption><a href="https://bookshop.org/p/books/crucial/2">'
			+ 'Crucial Conversations</a><br>Kerry Patterson, Joseph Grenny and Ron McMillan</figcaption></figure>')).toEqual([
			{title: 'The Manager\'s Path', authors: ['Camille Fournier'], kind: 'book'},
			{title: 'Crucial Conversations', authors: ['Kerry Patterson', 'Joseph Grenny', 'Ron McMillan'], kind: 'book'},
		]);
	});
	test('a line under the title that is no name names no one', () => {
		expect(found('<figure><figcaption><a href="https://bookshop.org/p/books/the-managers-path/1">The Manager\'s Path</a>'
			+ '<br>A field guide for engineers</figcaption></figure>')).toEqual([{title: 'The Manager\'s Path', authors: undefined, kind: 'book'}]);
	});
	test('a definition opening with the people alone, then why', () => {
		expect(found('<dl><dt><a href="https://bookshop.org/p/books/thinking-in-systems/3">Thinking in Systems</a></dt><dd>Donella H. Meadows. '
			+ 'The clearest short introduction to feedback loops I know.</dd><dt><a href="https://bookshop.org/p/books/accelerate/4">Accelerate</a></dt>'
			+ '<dd>Nicole Forsgren, Jez Humble and Gene Kim. The research behind the metrics.</dd></dl>')).toEqual([
			{title: 'Thinking in Systems', authors: ['Donella H. Meadows'], kind: 'book'},
			{title: 'Accelerate', authors: ['Nicole Forsgren', 'Jez Humble', 'Gene Kim'], kind: 'book'},
		]);
	});
	test('a table of resources: its `Resource` column holds the titles, `Author(s)` the people, `Format` the kind', () => {
		expect(found('<table><tr><th>Resource</th><th>Author(s)</th><th>Format</th></tr>'
			+ '<tr><td><a href="https://sre.google/sre-book/">Site Reliability Engineering</a></td><td>Betsy Beyer, Chris Jones</td><td>Book</td></tr>'
			+ '<tr><td><a href="https://how.complexsystems.example/">How Complex Systems Fail</a></td><td>Richard I. Cook</td><td>Paper</td></tr>'
			+ '</table>')).toEqual([
			{title: 'Site Reliability Engineering', authors: ['Betsy Beyer', 'Chris Jones'], kind: 'book'},
			{title: 'How Complex Systems Fail', authors: ['Richard I. Cook'], kind: 'paper'},
		]);
	});
});

describe('a shop\'s caption under a work\'s heading', () => {
	test('the people on a line of their own, then `Publisher, Year · format £price`', () => {
		expect(readPost('<h2>This month’s five</h2><h3>The Slow Garden</h3><p><strong>Ada Quinn</strong><br>Harper, '
			+ '2024 · hardback £22</p><p>A long look at gardens, careful and still astonishing.</p>'
			+ '<h3>Harbour Lights</h3><p><strong>Ben Ortiz</strong><br>Random House, 2022 · paperback £12.99</p>'
			+ '<p>Best read a chapter at a time.</p>')).toEqual([
			{title: 'The Slow Garden', url: undefined, kind: 'book', authors: ['Ada Quinn'], contributors: undefined,
				publisher: 'Harper', publishedAt: '2024'},
			{title: 'Harbour Lights', url: undefined, kind: 'book', authors: ['Ben Ortiz'], contributors: undefined,
				publisher: 'Random House', publishedAt: '2022'}]);
	});
});
