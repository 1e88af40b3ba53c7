import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {creditLine} from '../../../src/extract/harvest/biblio.ts';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://handbook.example/docs/learning/architecture';
const page = (cards: string) => `<html><head><title>Learning resources</title></head><body><main><article><h1>Learning resources</h1>
<p>What the guild has read or watched and would hand to a new colleague. Each card says what it is.</p>
<div class="post-meta">Updated 2 October 2024 · Priya Nair</div>
<div class="grid">${cards}</div></article></main></body></html>`;
const card = (badge: string, title: string, href: string, meta?: string) => `<div class="card"><span class="badge">${badge}</span>
<h3><a href="${href}">${title}</a></h3>${meta ? `<p class="card-meta">${meta}</p>` : ''}<p>Why we like it, in a sentence or two.</p></div>`;
const found = (cards: string) => harvest(new JSDOM(page(cards), {url}).window.document, url)
	.map(i => ({title: i.title, kind: i.kind, authors: i.authors, publisher: i.publisher, publishedAt: i.publishedAt}));

describe('resource cards', () => {
	test('a card\'s type badge says what its title is: works are kept, tools and sites are not', () => {
		expect(found(card('Course', 'Distributed Systems', 'https://pdos.csail.mit.edu/6.824/')
			+ card('Paper', 'Out of the Tar Pit', 'https://curtclifton.net/papers/MoseleyMarks06a.pdf')
			+ card('Tool', 'Excalidraw', 'https://excalidraw.com/draw') + card('Website', 'The C4 model', 'https://c4model.com/intro')))
			.toMatchObject([
				{title: 'Distributed Systems', kind: 'course'},
				{title: 'Out of the Tar Pit', kind: 'paper'},
			]);
	});

	test('a meta line under a card\'s linked title is its credit; the page\'s own meta line is still no one\'s', () => {
		expect(found(card('Book', 'Fundamentals of Software Architecture', 'https://www.oreilly.com/library/view/fundamentals-of-software/9781492043447/',
			"Mark Richards, Neal Ford · O'Reilly · 2020") + card('Talk', 'Simple Made Easy', 'https://www.infoq.com/presentations/Simple-Made-Easy/',
			'Rich Hickey · Strange Loop 2011'))).toEqual([
			{title: 'Fundamentals of Software Architecture', kind: 'book', authors: ['Mark Richards', 'Neal Ford'],
				publisher: "O'Reilly", publishedAt: '2020'},
			{title: 'Simple Made Easy', kind: 'video', authors: ['Rich Hickey'], publisher: undefined,
				publishedAt: '2011'},
		]);
	});

	test('a credit line\'s venue and year date the work; the venue is the publisher only when it reads as one', () => {
		expect(creditLine('Rich Hickey · Strange Loop 2011'))
			.toEqual({authors: ['Rich Hickey'], contributors: [], publishedAt: '2011'});
		expect(creditLine('Kazuo Ishiguro · Faber 1989'))
			.toEqual({authors: ['Kazuo Ishiguro'], contributors: [], publisher: 'Faber', publishedAt: '1989'});
		expect(creditLine('Rich Hickey · 2 talks in 2011')).toBeUndefined();
	});

	test('a byline under a card\'s linked title is its credit, the title\'s link its page; `Picked by` and `retold by` credit no work', () => {
		const html = `<html><head><title>Staff picks</title></head><body><main class="page-content"><h1>Staff picks</h1>
			<p>Every season each of us picks one book we can't stop pressing into customers' hands, all on the front table.</p>
			<div class="book-card"><h4><a href="/book/9780593798430">James</a></h4><p class="byline">by Percival Everett</p>
			<p class="picked-by">Picked by Dana</p><p>Huckleberry Finn retold by Jim, and it is funny, furious and impossible to put down.</p></div>
			</main></body></html>`;
		const shop = 'https://shop.example/staff-picks';
		expect(harvest(new JSDOM(html, {url: shop}).window.document, shop)
			.map(i => ({title: i.title, url: i.url, authors: i.authors})))
			.toEqual([{title: 'James', url: 'https://shop.example/book/9780593798430', authors: ['Percival Everett']}]);
	});

	test('a database\'s table: the Type column keeps works and drops tools, Creator names the people, Link is the address', () => {
		const html = `<html><head><title>Learning queue</title></head><body><article><h1>Learning queue</h1>
			<p>What I want to learn this year, and where I am with it. Exported from a notes app.</p><table>
			<thead><tr><th>Name</th><th>Type</th><th>Creator</th><th>Link</th></tr></thead><tbody>
			<tr><td><a href="q/Learning%20How%20to%20Learn.html">Learning How to Learn</a></td><td>Course</td><td>Barbara Oakley, Terrence Sejnowski</td>
			<td><a href="https://www.coursera.org/learn/learning-how-to-learn">https://www.coursera.org/learn/learning-how-to-learn</a></td></tr>
			<tr><td><a href="q/Excalidraw.html">Excalidraw</a></td><td>Tool</td><td></td><td><a href="https://excalidraw.com/">https://excalidraw.com/</a></td></tr>
			</tbody></table></article></body></html>`;
		const page = 'https://notes.example/Learning-queue';
		expect(harvest(new JSDOM(html, {url: page}).window.document, page)
			.map(i => ({title: i.title, url: i.url, kind: i.kind, authors: i.authors})))
			.toEqual([{title: 'Learning How to Learn', url: 'https://www.coursera.org/learn/learning-how-to-learn', kind: 'course',
				authors: ['Barbara Oakley', 'Terrence Sejnowski']}]);
	});

	test('a credit line\'s closing length (`48 min`, `320 pages`) is neither publisher nor year', () => {
		expect(creditLine('Bo Ingram · QCon London 2025 · 48 min'))
			.toEqual({authors: ['Bo Ingram'], contributors: [], publishedAt: '2025'});
		expect(creditLine('Priya Desai and Tom Becker · QCon London 2025 · 41 min'))
			.toEqual({authors: ['Priya Desai', 'Tom Becker'], contributors: [], publishedAt: '2025'});
		expect(creditLine('Bo Ingram · 48 min')).toBeUndefined();
	});
	test('a card\'s meta line under its byline, its title unlinked and a button under them, is the card\'s facts', () => {
		const unlinked = (title: string, by: string, meta: string, href: string) => `<div class="course-card"><h3>${title}</h3>
			<p>By ${by}</p><p class="course-card__meta">${meta}</p><p>Why we like it, in a sentence or two.</p>
			<a class="button" href="${href}">Read on O'Reilly</a></div>`;
		expect(found(unlinked('Fundamentals of Data Engineering', 'Joe Reis, Matt Housley', "O'Reilly · Book · 2022",
			'https://www.oreilly.com/library/view/fundamentals-of-data/9781098108298/')
			+ unlinked('Designing Data-Intensive Applications', 'Martin Kleppmann', "O'Reilly · Book · 2017",
				'https://www.oreilly.com/library/view/designing-data-intensive-applications/9781491903063/')))
			.toEqual([
				{title: 'Fundamentals of Data Engineering', kind: 'book', authors: ['Joe Reis', 'Matt Housley'],
					publisher: "O'Reilly", publishedAt: '2022'},
				{title: 'Designing Data-Intensive Applications', kind: 'book', authors: ['Martin Kleppmann'],
					publisher: "O'Reilly", publishedAt: '2017'},
			]);
	});
});
