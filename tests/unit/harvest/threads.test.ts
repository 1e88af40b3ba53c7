import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {mainContent} from '../../../src/extract/harvest/main-content.ts';

const url = 'https://forum.example/t/books-on-design/42';
const page = (body: string) => new JSDOM(`<html><head><title>Books on design? - Forum</title></head><body>${body}</body></html>`, {url}).window.document;
const reply = (who: string, text: string) => `<div class="topic-post"><article><div class="topic-meta-data">${who}</div>
<div class="cooked">${text}</div></article></div>`;

describe('threads and one-slash lines', () => {
	test('a thread of articles, one per post: the works are read from every post, not the longest alone', () => {
		const doc = page(`<div class="post-stream">${reply('nadia', `<p>What are your top three books on software design, and why? Four juniors are joining the team next month and
			we have a budget for about ten books, so I would like a shelf that ages well.</p>`)}
			${reply('ksmith', '<ol><li>A Philosophy of Software Design - John Ousterhout</li><li>Domain-Driven Design - Eric Evans</li></ol>')}
			${reply('ines', `<p>Nobody has said it yet, so: <em>Refactoring</em> by Martin Fowler, a classic that every backend
			developer should read at least once in their career, and the second edition has JavaScript examples too. I would
			put it first on the shelf, before anything about architecture, because it teaches the habit the others assume.</p>`)}</div>`);
		expect(mainContent(doc)!.root.className).toBe('post-stream');
		expect(harvest(doc, url).map(i => i.title))
			.toEqual(expect.arrayContaining(['A Philosophy of Software Design', 'Domain-Driven Design', 'Refactoring']));
	});

	test('a story beside short teaser cards stays the content alone', () => {
		const story = `<p>${'A long story about a town and its river, told over many sentences. '.repeat(12)}</p>`;
		const doc = page(`<main><article class="story">${story}</article><div class="more"><article><a href="/a">Teaser one</a></article>
			<article><a href="/b">Teaser two</a></article><article><a href="/c">Teaser three</a></article></div></main>`);
		expect(mainContent(doc)!.root.className).toBe('story');
	});

	test('a list item\'s one spaced slash parts the title and its people as a dash does; hyphens stay in the title', () => {
		const doc = page(`<article><h1>My shelf</h1><p>Three books that shaped how I design software, in no order at all.</p>
			<ol><li>A Philosophy of Software Design / John Ousterhout</li><li>Domain-Driven Design / Eric Evans</li>
			<li>Working Effectively with Legacy Code / Michael Feathers</li></ol><ul><li>Input / Output</li><li>Reads / Writes</li></ul></article>`);
		expect(harvest(doc, url).map(i => ({title: i.title, authors: i.authors}))).toEqual([
			{title: 'A Philosophy of Software Design', authors: ['John Ousterhout']},
			{title: 'Domain-Driven Design', authors: ['Eric Evans']},
			{title: 'Working Effectively with Legacy Code', authors: ['Michael Feathers']},
		]);
	});
});
