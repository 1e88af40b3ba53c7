import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {askedFor} from '../../../src/extract/harvest/asked.ts';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://forum.example/t/4821';
const page = (title: string, body: string) => new JSDOM(`<html lang="en"><head><title>${title}</title></head><body>
	<main><h1>${title}</h1>${body}</main></body></html>`, {url}).window.document;
/** A thread: the question's heading, then each answer a comment of its own. */
const thread = (title: string, ...answers: string[]) => page(title, answers.map((text, i) =>
	`<div class="comment" id="c${i}"><div class="byline"><a href="/u/user${i}">user${i}</a> 3 days ago</div>
	<div class="comment_text">${text}</div></div>`).join('\n'));
const read = (doc: Document) => harvest(doc, url).map(({title, kind, authors, publisher, publishedAt}) =>
	({title, kind, authors, publisher, publishedAt}));
const ASK = 'What resources actually taught you how to write a compiler?';

describe('a page asking for works', () => {
	test('the question asks for works of one kind, several, or none', () => {
		expect(askedFor(page('What book changed how you write software?', ''))).toBe('book');
		expect(askedFor(page('Looking for courses + books on operating systems', ''))).toBe('work');
		expect(askedFor(page(ASK, ''))).toBe('work');
		// (a question asking for no work, and a heading asking nothing, ask for none)
		expect(askedFor(page('Why is my build slow?', ''))).toBeUndefined();
		expect(askedFor(page('The best books of 2024', ''))).toBeUndefined();
	});

	test('an answer links a title in passing: a work, not a tool it says one works in, nor one word', () => {
		const answers = ['<p>The obvious answer is <a href="https://craftinginterpreters.com/">Crafting Interpreters</a>. The '
			+ 'second half is exactly the step you are describing.</p>',
		'<p>Do the homework in <a href="https://colab.research.google.com/">Google Colab</a>, and ask me on '
			+ '<a href="https://hachyderm.io/@me">Mastodon</a>.</p>'];
		expect(read(thread(ASK, ...answers)).map(w => [w.title, w.kind])).toEqual([['Crafting Interpreters', 'book']]);
		// (where the page asks for nothing, a link in passing is no work)
		expect(read(thread('Weekend plans', ...answers))).toEqual([]);
	});

	test('an answer\'s sentences name titles before `by` and a full name, or before their people in brackets', () => {
		const works = read(thread(ASK, '<p>Since you are moving into staff: Staff Engineer by Will Larson and The Staff '
			+ 'Engineer\'s Path by Tanya Reilly. Read both, the second one is better, more about the actual day to day.</p>',
		'<p>Computer Systems: A Programmer\'s Perspective (Bryant &amp; O\'Hallaron) is the book I wish I had read first. '
			+ 'Get the 3rd edition, and avoid the global edition, its exercises are full of errors.</p>',
		'<p>The Linux Programming Interface by Michael Kerrisk. 1500 pages, No Starch Press, 2010. It is a reference '
			+ 'more than a read-through, but every chapter on processes and signals is gold.</p>'));
		expect(works).toEqual([
			{title: 'Staff Engineer', kind: 'book', authors: ['Will Larson'], publisher: undefined,
				publishedAt: undefined},
			{title: 'The Staff Engineer\'s Path', kind: 'book', authors: ['Tanya Reilly'], publisher: undefined,
				publishedAt: undefined},
			{title: 'Computer Systems: A Programmer\'s Perspective', kind: 'book', authors: ['Bryant', 'O\'Hallaron'],
				publisher: undefined, publishedAt: undefined},
			{title: 'The Linux Programming Interface', kind: 'book', authors: ['Michael Kerrisk'],
				publisher: 'No Starch Press', publishedAt: '2010'},
		]);
		// (elsewhere, a capitalised run before `by` in a long paragraph is as often a product's or a company's)
		expect(read(page('Release notes', '<p>This month the Search Console by Jane Smith team shipped many small '
			+ 'fixes, and Staff Engineer by Will Larson was mentioned in passing during the long all-hands meeting.</p>')))
			.toEqual([]);
	});

	test('an answer\'s title set apart, owned by a surname before it', () => {
		expect(read(thread(ASK, '<p>Also Appel’s <em>Modern Compiler Implementation in ML</em> if you don’t mind ML. '
			+ 'The Java and C versions are worse.</p>'))).toEqual([{title: 'Modern Compiler Implementation in ML',
			kind: 'book', authors: ['Appel'], publisher: undefined, publishedAt: undefined}]);
	});
});

describe('forms read on any page', () => {
	test('a title set apart, its authors\' surnames joined in brackets after it', () => {
		expect(read(page('Team reading', '<p>Pair it with <em>Peopleware</em> (DeMarco &amp; Lister). The chapter about '
			+ 'the furniture police is still painfully relevant.</p>')).map(w => w.authors)).toEqual([['DeMarco', 'Lister']]);
	});

	test('a quoted title closing the words before a link of no title of its own, its owner and year before it', () => {
		expect(read(page('Team reading', '<p>Also Butler Lampson\'s "Hints for Computer System Design" (1983), <a href='
			+ '"https://research.example/acrobat-17.pdf">pdf here</a>. Forty years old and I still find a new hint in it.</p>'))
			.map(w => [w.title, w.authors, w.publishedAt])).toEqual([['Hints for Computer System Design', ['Butler Lampson'],
			'1983']]);
	});

	test('a course\'s number says it is a course; a series written over years is dated by its first', () => {
		const works = read(page('Compilers, a reading list', '<ul><li>Jack Crenshaw, <a href="https://compilers.iecc.com/'
			+ 'crenshaw/">“Let’s Build a Compiler”</a> (1988–1995). Nobody explains recursive descent better.</li>'
			+ '<li><a href="https://pdos.csail.mit.edu/6.1810/">MIT 6.1810</a>: the xv6 labs.</li></ul>'));
		expect(works.map(w => [w.title, w.authors, w.publishedAt])).toEqual([
			['Let’s Build a Compiler', ['Jack Crenshaw'], '1988'], ['MIT 6.1810', undefined, undefined]]);
		expect(works[1]!.kind).toBe('course');
	});
});
