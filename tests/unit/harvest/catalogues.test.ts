import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';

// Round 12 (held out): catalogue records as library guides and reading sites lay them out
const url = 'https://guides.example.edu/cs/books';
const page = (body: string) => `<html><head><title>Books</title></head><body><main><h1>Books for CS 2100</h1>
<p>What the library holds for the course, print and online.</p>${body}</main></body></html>`;
const harvested = (body: string, at = url) => harvest(new JSDOM(page(body), {url: at}).window.document, at);
const found = (body: string, at = url) => harvested(body, at)
	.map(i => ({title: i.title, url: i.url, authors: i.authors, contributors: i.contributors,
		publishedAt: i.publishedAt}));

describe('catalogue records', () => {
	test('a byline broken into blocks: `<a>Title</a><br>by`, then each name in a block, a role in brackets', () => {
		const list = 'https://www.goodreads.com/list/show/1.Best_Books';
		expect(found(`<table>
			<tr><td><a href="/book/show/1-the-martian">The Martian</a><br><span>by</span><span><div><a href="/author/show/1.Andy_Weir">Andy Weir</a></div></span>
			<div>4.42 avg rating — 1,236,517 ratings</div></td></tr>
			<tr><td><a href="/book/show/2-the-three-body-problem">The Three-Body Problem</a><br><span>by</span><span><div><a href="/author/show/2.Liu_Cixin">Liu Cixin</a>,</div>
			<div><a href="/author/show/3.Ken_Liu">Ken Liu</a> <span>(Translator)</span></div></span><div>4.08 avg rating — 398,114 ratings</div></td></tr>
			<tr><td><a href="/book/show/3-ancillary-justice">Ancillary Justice</a><br><span>by</span><span><div><a href="/author/show/4.Ann_Leckie">Ann Leckie</a> <span>(Goodreads Author)</span></div></span>
			<div>4.00 avg rating — 184,071 ratings</div></td></tr></table>`, list)).toEqual([
			{title: 'The Martian', url: 'https://www.goodreads.com/book/show/1-the-martian', authors: ['Andy Weir'],
				contributors: undefined, publishedAt: undefined},
			{title: 'The Three-Body Problem', url: 'https://www.goodreads.com/book/show/2-the-three-body-problem',
				authors: ['Liu Cixin'], contributors: [{name: 'Ken Liu', role: 'translator'}], publishedAt: undefined},
			{title: 'Ancillary Justice', url: 'https://www.goodreads.com/book/show/3-ancillary-justice', authors: ['Ann Leckie'],
				contributors: undefined, publishedAt: undefined},
		]);
	});

	test('a series and the work\'s number in it closing a title (`(The Expanse, #1)`) is no part of it', () => {
		const list = 'https://www.goodreads.com/list/show/1.Best_Books';
		expect(found(`<table><tr><td><a href="/book/show/8855321-leviathan-wakes">Leviathan Wakes (The Expanse, #1)</a> by
			<a href="/author/show/4192148.James_S_A_Corey">James S.A. Corey</a></td></tr>
			<tr><td><a href="/book/show/34-the-colour-of-magic">The Colour of Magic (Discworld #1)</a> by
			<a href="/author/show/1654.Terry_Pratchett">Terry Pratchett</a></td></tr></table>`, list).map(i => i.title)).toEqual([
			'Leviathan Wakes', 'The Colour of Magic',
		]);
	});

	test('a block after a dangling `by` that is no name is not the work\'s (`by` then `4.42 avg rating`)', () => {
		const list = 'https://www.goodreads.com/list/show/1.Best_Books';
		expect(found(`<table><tr><td><a href="/book/show/1-the-martian">The Martian</a> by <a href="/author/show/1.Andy_Weir">Andy Weir</a>
			<div>4.42 avg rating, 1,236,517 ratings</div><div>Rate this book</div></td></tr></table>`, list)).toEqual([
			{title: 'The Martian', url: 'https://www.goodreads.com/book/show/1-the-martian', authors: ['Andy Weir'],
				contributors: undefined, publishedAt: undefined},
		]);
	});

	test('a catalogue parts a work\'s people with semicolons, in natural order or surname first', () => {
		expect(found(`<div><span><a href="https://example.primo.exlibrisgroup.com/permalink/01EX/1/alma1">Structure and Interpretation of Computer Programs</a></span>
			<span>by Harold Abelson; Gerald Jay Sussman; Julie Sussman</span></div>
			<div><span><a href="https://example.primo.exlibrisgroup.com/permalink/01EX/1/alma2">Algorithms</a></span>
			<span>by Sedgewick, Robert; Wayne, Kevin</span></div>
			<p>Quiet, by Susan Cain; a good read for introverts.</p>`).map(i => [i.title, i.authors])).toEqual([
			['Structure and Interpretation of Computer Programs', ['Harold Abelson', 'Gerald Jay Sussman', 'Julie Sussman']],
			['Algorithms', ['Robert Sedgewick', 'Kevin Wayne']], ['Quiet', ['Susan Cain']],
		]);
	});

	test('a record\'s `Publication Date:` line dates its work, to the day when it says the day', () => {
		expect(found(`<div><span><a href="https://example.primo.exlibrisgroup.com/permalink/01EX/1/alma1">Designing Data-Intensive Applications</a></span>
			<span>by Martin Kleppmann</span>
			<div>Call Number: QA76.9.D26 K54 2017</div><div>ISBN: 9781449373320</div><div>Publication Date: 2017-03-16</div></div>
			<div><span><a href="https://example.primo.exlibrisgroup.com/permalink/01EX/1/alma2">Algorithms</a></span>
			<span>by Robert Sedgewick</span><div>Publication Date: 2011</div></div>`).map(i => [i.title, i.publishedAt])).toEqual([
			['Designing Data-Intensive Applications', '2017-03-16'], ['Algorithms', '2011'],
		]);
	});

	test('a heading naming works in the plural heads their section, whatever its brackets say; it ends a record', () => {
		expect(harvested(`<h2>E-Books (O'Reilly Learning)</h2><p>Log in with your college account off campus.</p>
			<div><span><a href="https://learning.oreilly.com/library/view/-/9781492043447/">Fundamentals of Software Architecture</a></span>
			<span>by Mark Richards; Neal Ford</span><div>Publication Date: 2020</div></div>
			<h2>Core Texts (Penguin Books)</h2><p>On reserve at the desk.</p>`).map(i => [i.title, i.publisher])).toEqual([
			['Fundamentals of Software Architecture', undefined],
		]);
	});

	test('a link through a library\'s proxy (`/login?url=…`) is the address it sends the reader to', () => {
		expect(found(`<h2>Online</h2><div><span><a href="https://ezproxy.example.edu/login?url=https://learning.oreilly.com/library/view/-/9780134494272/">Clean Architecture</a></span>
			<span>by Robert C. Martin</span></div>
			<p>Forgot your password? <a href="https://accounts.example.edu/login?url=https://accounts.example.edu/reset">Reset it</a>.</p>`)
			.map(i => [i.title, i.url])).toEqual([
			['Clean Architecture', 'https://learning.oreilly.com/library/view/-/9780134494272/'],
		]);
	});
});
