import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {mainContent} from '../../../src/extract/harvest/main-content.ts';

const url = 'https://news.example/item?id=1';
const doc = (body: string) => new JSDOM(`<html><head><title>Ask: books?</title></head><body>${body}</body></html>`, {url}).window.document;
const comment = (text: string) => `<tr class="comtr"><td><span class="comhead">someone 2 hours ago</span><div class="comment">
<div class="commtext">${text}</div><a href="reply?id=2">reply</a></div></td></tr>`;
const found = (html: string) => harvest(doc(html), url).map(i => ({title: i.title, kind: i.kind, authors: i.authors}));

describe('discussions and their lists', () => {
	test('a page that is mostly comments reads them; a story\'s comment section stays chrome', () => {
		const thread = `<table class="comment-tree">${comment('A Philosophy of Software Design by John Ousterhout. Short and opinionated.')}
			${comment('Thinking in Systems: A Primer, by Donella Meadows. Nothing to do with software on the surface.')}</table>`;
		expect(mainContent(doc(`<div>Ask: what book changed how you write software?</div>${thread}`))!.discussion).toBe(true);
		expect(found(`<div>Ask: what book changed how you write software?</div>${thread}`).map(i => i.title))
			.toEqual(['A Philosophy of Software Design', 'Thinking in Systems: A Primer']);
		const story = `<article><h1>A town and its river</h1><p>${'A long story about a town and its river, told over many sentences. '.repeat(12)}</p>
			<div class="comments">${comment('Loved this. A Philosophy of Software Design by John Ousterhout says the same.')}</div></article>`;
		expect(mainContent(doc(story))!.discussion).toBe(false);
		expect(found(story)).toEqual([]);
	});

	test('numbered paragraphs are a list; surnames alone are authors when two are joined or their list names people', () => {
		expect(found(`<div class="commtext">Three, in the order I read them:<p>1. The Pragmatic Programmer (Hunt &amp; Thomas)
			<p>2. Code Complete (McConnell)<p>3. Designing Data-Intensive Applications (Kleppmann)<p>The last one I reread.</div>`)).toEqual([
			{title: 'The Pragmatic Programmer', kind: 'book', authors: ['Hunt', 'Thomas']},
			{title: 'Code Complete', kind: 'book', authors: ['McConnell']},
			{title: 'Designing Data-Intensive Applications', kind: 'book', authors: ['Kleppmann']},
		]);
		// One word alone in brackets, nowhere proven, is a note: `(Hardcover)`, `(Penguin)`, `(Reread)`, or nobody's
		// name
		expect(found(`<article><h1>Shelf</h1><p>What is on my shelf at the moment, in the order it stands there.</p>
			<ul><li>Deep Work (Hardcover)</li><li>Piranesi (Bloomsbury)</li><li>Middlemarch (Reread)</li></ul></article>`)).toEqual([]);
	});

	test('a `By` closing a title before its dash is the title\'s', () => {
		expect(found(`<article><h1>Q1</h1><p>What I finished this quarter, in the order I finished them.</p><ul>
			<li><em>Algorithms to Live By</em> — Brian Christian &amp; Tom Griffiths (2016)</li><li><em>Piranesi</em> — Susanna Clarke (2020)</li>
			</ul></article>`)).toMatchObject([
			{title: 'Algorithms to Live By', authors: ['Brian Christian', 'Tom Griffiths']},
			{title: 'Piranesi'},
		]);
	});
});
