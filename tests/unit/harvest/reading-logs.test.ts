import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {parsePeople} from '../../../src/extract/harvest/people.ts';
import {cleanTitle} from '../../../src/extract/harvest/text.ts';

const url = 'https://log.example/blog/read-2024/';
const post = (body: string) => `<html><head><title>Read in 2024</title></head><body><main><h1>Everything I read in 2024</h1>
<p>Author first, as my shelves are sorted, then the title and stars out of five.</p>${body}<p>More next year.</p></main></body></html>`;
const found = (body: string) => harvest(new JSDOM(post(body), {url}).window.document, url)
	.map(i => ({title: i.title, authors: i.authors, contributors: i.contributors}));

describe('reading logs', () => {
	test('a rating after a title is the reader\'s, not the title\'s', () => {
		expect(cleanTitle('Slow Productivity ★★★☆☆')).toBe('Slow Productivity');
		expect(cleanTitle('Exhalation ⭐⭐⭐⭐ (4/5)')).toBe('Exhalation');
		expect(cleanTitle('Five Stars')).toBe('Five Stars');
	});

	test('a translator\'s credit abbreviated (`tr.`, `trans.`, `transl. by`)', () => {
		for (const credit of ['(tr. Jennifer Croft)', '(trans. Jennifer Croft)', ', transl. by Jennifer Croft']) {
			expect(parsePeople(credit).contributors, credit).toEqual([{name: 'Jennifer Croft', role: 'translator'}]);
		}
		expect(parsePeople('see tr. 3 for the table').contributors).toEqual([]);
	});

	test('`Name – Title (translated by X)` in an author-first list: the names before the dash are the author', () => {
		expect(found(`<ul><li>Cixin Liu – The Three-Body Problem (translated by Ken Liu) ★★★</li>
			<li>Sayaka Murata – Convenience Store Woman (translated by Ginny Tapley Takemori) ★★★★</li>
			<li>Oliver Burkeman – Meditations for Mortals ★★★★</li></ul>`)).toEqual([
			{title: 'The Three-Body Problem', authors: ['Cixin Liu'],
				contributors: [{name: 'Ken Liu', role: 'translator'}]},
			{title: 'Convenience Store Woman', authors: ['Sayaka Murata'],
				contributors: [{name: 'Ginny Tapley Takemori', role: 'translator'}]},
			{title: 'Meditations for Mortals', authors: ['Oliver Burkeman'], contributors: undefined},
		]);
	});

	test('an edition note with its year after the people dates the edition meant', () => {
		const items = harvest(new JSDOM(post(`<p>Clean Architecture - Robert C. Martin<br>
			The Pragmatic Programmer - David Thomas, Andrew Hunt (20th anniversary edition, 2019)<br>
			Refactoring - Martin Fowler (2nd ed. 2018)</p>`), {url}).window.document, url);
		expect(items.map(i => i.publishedAt)).toEqual([undefined, '2019', '2018']);
	});

	test('task lists: `Jr.` and initials stay in a name before its year; an aside before the dash; a shared surname; where to read', () => {
		const items = harvest(new JSDOM(post(`<ul>
			<li><input type="checkbox" checked disabled> <em>The Mythical Man-Month</em> — Frederick P. Brooks Jr. (1975)</li>
			<li><input type="checkbox" disabled> <em>The Years of Lyndon Johnson</em> (all five, one day) — Robert A. Caro</li>
			<li><input type="checkbox" disabled> <em>Operating Systems: Three Easy Pieces</em> — Remzi &amp; Andrea Arpaci-Dusseau
			(<a href="https://pages.cs.wisc.edu/~remzi/OSTEP/">free</a>)</li></ul>`), {url}).window.document, url);
		expect(items.map(i => ({title: i.title, url: i.url, authors: i.authors, publishedAt: i.publishedAt}))).toEqual([
			{title: 'The Mythical Man-Month', url: undefined, authors: ['Frederick P. Brooks Jr.'], publishedAt: '1975'},
			{title: 'The Years of Lyndon Johnson', url: undefined, authors: ['Robert A. Caro'], publishedAt: undefined},
			{title: 'Operating Systems: Three Easy Pieces', url: 'https://pages.cs.wisc.edu/~remzi/OSTEP/',
				authors: ['Remzi Arpaci-Dusseau', 'Andrea Arpaci-Dusseau'], publishedAt: undefined},
		]);
	});
});
