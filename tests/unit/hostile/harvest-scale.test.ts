/**
 * Posts too long for a quadratic harvest (issue 14, item 5). Every post is generated here; each case is bounded
 * in time far below what the old code took (5,000 linked works: 130 s; 20,000 emphasised titles
 * with "here" links in one paragraph: 178 s; 100,000 <br> lines: 94 s) and checks that every work is found.
 * The bounds are generous for a loaded 2-core machine: the measured figures are in `npm run bench`.
 */
import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {candidatesIn, type Context} from '../../../src/extract/harvest/candidates.ts';
import {harvest} from '../../../src/extract/harvest/index.ts';
import type {LinkSpan, Segment, Span} from '../../../src/extract/harvest/segments.ts';
import {linkedPost} from '../../support/posts.ts';

const url = 'https://blog.example/posts/reading-list/';
const timed = <T>(run: () => T): [T, number] => {
	const start = performance.now();
	const out = run();
	return [out, performance.now() - start];
};
const harvestedPage = (html: string) => {
	const doc = new JSDOM(html, {url}).window.document;
	return timed(() => harvest(doc, url));
};
const harvested = (body: string) => harvestedPage(`<title>Reading list</title><article><h1>Reading list</h1>${body}</article>`);
const count = (n: number) => Array.from({length: n}, (_, i) => i);

describe('a post listing thousands of works', () => {
	test('5,000 linked works: all found, each with its own address, in under 10 s', () => {
		const [items, ms] = harvestedPage(linkedPost(5000));
		expect(items).toHaveLength(5000);
		expect(new Set(items.map(i => i.url)).size).toBe(5000);
		expect(items[4999]).toMatchObject({title: 'Book number 4999', url: 'https://book.douban.com/subject/1004999/', authors: ['Jane Doe']});
		expect(ms).toBeLessThan(10_000);
	});

	// (by the same person: a title's part read with other people is another work, `Compilers` by two other authors)
	test('2,000 works mentioned twice (linked, then unlinked by one half of the title) merge into 2,000 in under 10 s', () => {
		const list = (make: (i: number) => string) => `<ul>${count(2000).map(i => `<li>${make(i)}</li>`).join('')}</ul>`;
		const [items, ms] = harvested(`<h2>Books</h2>${list(i => `<a href="https://x.example/${i}">Work ${i}: a subtitle</a> by Jane Doe`)}
			<h2>Books again</h2>${list(i => `Work ${i} - Jane Doe`)}`);
		expect(items).toHaveLength(2000);
		expect(items[10]).toMatchObject({title: 'Work 10: a subtitle', url: 'https://x.example/10', authors: ['Jane Doe']});
		expect(ms).toBeLessThan(10_000);
	});

	test('10,000 unlinked "Title - Name" lines: all found in under 10 s (each line is not checked against every other)', () => {
		const [items, ms] = harvested(`<h2>Books</h2><ul>${count(10_000).map(i => `<li>Title number ${i} - Jane Doe</li>`).join('')}</ul>`);
		expect(items).toHaveLength(10_000);
		expect(ms).toBeLessThan(10_000);
	});

	test('a table of works after 20,000 paragraphs: its rows keep their place, in under 10 s', () => {
		const rows = count(300).map(i => `<tr><td>Table work ${i}</td><td>Jane Doe</td></tr>`).join('');
		const [items, ms] = harvested(`${count(20_000).map(i => `<p>Paragraph ${i}.</p>`).join('')}
			<table><tr><th>Title</th><th>Author</th></tr>${rows}</table>${count(20_000).map(() => '<table><tr><td>x</td></tr></table>').join('')}`);
		expect(items.map(i => i.title)).toEqual(count(299).map(i => `Table work ${i}`));
		expect(ms).toBeLessThan(10_000);
	});

	test('a heading, then 5,000 "by Name <a>Amazon</a>" in one paragraph: the paragraph\'s people read once, in under 5 s', () => {
		const name = (i: number) => `Ann ${[...i.toString(26)].map(d => String.fromCharCode(97 + parseInt(d, 26))).join('')
			.replace(/^./, c => c.toUpperCase())}`;
		const links = count(5000).map(i => `by ${name(i)} <a href="https://amazon.com/dp/${1_000_000_000 + i}">Amazon</a> `).join('');
		const [items, ms] = harvested(`<h2>1. The Work</h2><p>${links}</p>`);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({title: 'The Work', url: 'https://amazon.com/dp/1000000000'});
		expect(ms).toBeLessThan(5000);
	});

	test('one paragraph of 20,000 bulleted lines, each a linked work: read as list items in under 10 s, links handed out in one pass', () => {
		const lines = count(20_000).map(i => `• <a href="https://books.example/w/${i}">Work ${i}</a> - <em>a book</em><br>`).join('');
		const [items, ms] = harvested(`<h2>Books</h2><p>${lines}</p>`);
		expect(items).toHaveLength(20_000);
		expect(items[19_999]).toMatchObject({title: 'Work 19999', url: 'https://books.example/w/19999'});
		expect(ms).toBeLessThan(10_000);
	});

	test('one paragraph of 50,000 lines broken by <br>: read in under 5 s (the text is not copied whole at each line)', () => {
		const [items, ms] = harvested(`<h2>Books</h2><p>${count(50_000).map(i => `line ${i}<br>`).join('')}</p>`);
		expect(items).toEqual([]);
		expect(ms).toBeLessThan(5000);
	});
});

describe('one paragraph naming thousands of works, with no full stop', () => {
	const ctx: Context = {page: new URL(url), seg: 0, refSection: true, afterHeading: false};
	/** A paragraph of `n` works, each "{title} {link}, ": the title in `mark` (emphasis) or before a colon. */
	function paragraph(n: number, emphasised: boolean): Segment {
		let text = '';
		const links: LinkSpan[] = [];
		const marks: Span[] = [];
		for (const i of count(n)) {
			const title = `Work ${i}`;
			if (emphasised) marks.push({start: text.length, end: text.length + title.length});
			text += `${title}${emphasised ? ' see' : ':'} `;
			links.push({start: text.length, end: text.length + 4, url: new URL(`https://x.example/${i}`), text: 'here'});
			text += 'here, ';
		}
		return {tag: 'P', text, links, marks, heading: 'Further reading'};
	}

	test('20,000 "here" links each after an emphasised title: every title found in under 5 s', () => {
		const [items, ms] = timed(() => candidatesIn(paragraph(20_000, true), ctx));
		expect(items).toHaveLength(20_000);
		expect(items[19_999]).toMatchObject({title: 'Work 19999', url: 'https://x.example/19999'});
		expect(ms).toBeLessThan(5000);
	});

	test('20,000 "Title: here" links, no emphasis and no 《》: every title found in under 5 s', () => {
		const [items, ms] = timed(() => candidatesIn(paragraph(20_000, false), ctx));
		expect(items).toHaveLength(20_000);
		expect(items[123]).toMatchObject({title: 'Work 123', url: 'https://x.example/123'});
		expect(ms).toBeLessThan(5000);
	});

	test('20,000 《quoted》 works in one sentence: every one found in under 5 s', () => {
		const text = count(20_000).map(i => `推荐《书${i}》和`).join('');
		const [items, ms] = timed(() => candidatesIn({tag: 'P', text, links: [], marks: [], heading: '书单'}, ctx));
		expect(items).toHaveLength(20_000);
		expect(ms).toBeLessThan(5000);
	});

	test('a list item of 20,000 commas before names: read in under 2 s (the commas are not each tried against the rest)', () => {
		const text = `${count(20_000).map(i => `Part ${i}`).join(', ')}, Ann Writer`;
		const [items, ms] = timed(() => candidatesIn({tag: 'LI', text, links: [], marks: [], heading: 'Books'}, ctx));
		expect(items.length).toBeLessThanOrEqual(1);
		expect(ms).toBeLessThan(2000);
	});
});
