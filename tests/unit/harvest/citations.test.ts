import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {parseCitation} from '../../../src/extract/harvest/citation.ts';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

const url = 'https://blog.example/posts/reading-list/';
const post = (body: string) => `<html><head><title>What I read</title></head><body><article><h1>What I read this year</h1>
<p>Here is what I read and would give to a friend, with a line on each where I had one.</p>${body}<p>Thanks for reading.</p></article></body></html>`;
const found = (body: string) => harvest(new JSDOM(post(body), {url}).window.document, url);
const list = (...items: string[]) => `<ul>${items.map(item => `<li>${item}</li>`).join('')}</ul>`;

describe('works listed as citations', () => {
	test('MLA: the title set in italics, the people in natural order, the publisher and the year', () => {
		expect(found(list(
			'Newport, Cal. <i>Deep Work: Rules for Focused Success in a Distracted World</i>. Grand Central, 2016.',
			'Hunt, Andrew, and David Thomas. <i>The Pragmatic Programmer</i>. Addison-Wesley, 1999.',
		))).toEqual([
			{title: 'Deep Work: Rules for Focused Success in a Distracted World', kind: 'book', authors: ['Cal Newport'],
				publisher: 'Grand Central', publishedAt: '2016', context: expect.any(String)},
			{title: 'The Pragmatic Programmer', kind: 'book', authors: ['Andrew Hunt', 'David Thomas'],
				publisher: 'Addison-Wesley', publishedAt: '1999', context: expect.any(String)},
		]);
	});

	test('MLA without italics: the title is the sentence after the people (an abbreviation\'s dot is no end)', () => {
		expect(found(list(
			'Newport, Cal. Deep Work. Grand Central, 2016.',
			"Sloan, Robin. Mr. Penumbra's 24-Hour Bookstore. Farrar, Straus and Giroux, 2012.",
		))).toMatchObject([
			{title: 'Deep Work', authors: ['Cal Newport'], publisher: 'Grand Central', publishedAt: '2016'},
			{title: "Mr. Penumbra's 24-Hour Bookstore", authors: ['Robin Sloan'], publisher: 'Farrar, Straus and Giroux',
				publishedAt: '2012'},
		]);
	});

	test('APA: the year in brackets after the people, initials and `&`, an edition note left out of the title', () => {
		expect(found(list(
			'Newport, C. (2016). <em>Deep work: Rules for focused success in a distracted world</em>. Grand Central.',
			'Hunt, A., &amp; Thomas, D. (2019). The pragmatic programmer (20th anniversary ed.). Addison-Wesley.',
		))).toMatchObject([
			{title: 'Deep work: Rules for focused success in a distracted world', authors: ['C. Newport'], publisher: 'Grand Central', publishedAt: '2016'},
			{title: 'The pragmatic programmer', authors: ['A. Hunt', 'D. Thomas'], publisher: 'Addison-Wesley',
				publishedAt: '2019'},
		]);
	});

	test('Chicago: the year as a sentence after the people (author-date), or after the city and publisher; a translator', () => {
		expect(found(list(
			'Newport, Cal. 2016. <cite>Deep Work</cite>. New York: Grand Central.',
			"Kleppmann, Martin. Designing Data-Intensive Applications. Sebastopol, CA: O'Reilly Media, 2017.",
			'García Márquez, Gabriel. One Hundred Years of Solitude. Translated by Gregory Rabassa. New York: Harper Perennial, 2006.',
		))).toMatchObject([
			{title: 'Deep Work', authors: ['Cal Newport'], publisher: 'Grand Central', publishedAt: '2016'},
			{title: 'Designing Data-Intensive Applications', authors: ['Martin Kleppmann'], publisher: "O'Reilly Media",
				publishedAt: '2017'},
			{title: 'One Hundred Years of Solitude', authors: ['Gabriel García Márquez'],
				contributors: [{name: 'Gregory Rabassa', role: 'translator'}],
				publisher: 'Harper Perennial', publishedAt: '2006'},
		]);
	});

	test('a title in quotes is an article: in a journal it is a paper, with no publisher', () => {
		const items = found(list(
			'Lamport, Leslie. "Time, Clocks, and the Ordering of Events in a Distributed System." Communications of the ACM, vol. 21, no. 7, 1978, pp. 558-565.',
			'Graham, Paul (2009). "Maker\'s Schedule, Manager\'s Schedule". Retrieved 2020-01-02.',
		));
		expect(items).toEqual([
			expect.objectContaining({title: 'Time, Clocks, and the Ordering of Events in a Distributed System', kind: 'paper',
				authors: ['Leslie Lamport'], publishedAt: '1978'}),
			expect.objectContaining({title: "Maker's Schedule, Manager's Schedule", kind: 'article', authors: ['Paul Graham'],
				publishedAt: '2009'}),
		]);
		expect(items[0]!.publisher).toBeUndefined();
	});

	test('a footnote\'s back-links go; the link is the title\'s, not the one on the author\'s name', () => {
		const items = found(`<h2>References</h2><ol><li>^ a b <a href="https://wiki.example/Theodore_Frankel">Frankel, Theodore</a> (2004).
			<a href="https://books.example/geometry">The Geometry of Physics</a>. Cambridge University Press. p. 652. ISBN 0-521-53927-7.</li></ol>`);
		expect(items).toEqual([expect.objectContaining({title: 'The Geometry of Physics', url: 'https://books.example/geometry', authors: ['Theodore Frankel'],
			publisher: 'Cambridge University Press', publishedAt: '2004', isbn: ['9780521539272']})]);
	});

	test('Harvard: `(Year)` with no full stop after it; the city before the publisher', () => {
		expect(found('<ol><li>Newport, C. (2016) Deep work. London: Piatkus.</li><li>Clear, J. (2018) Atomic habits. New York: Avery.</li></ol>')).toMatchObject([
			{title: 'Deep work', authors: ['C. Newport'], publisher: 'Piatkus', publishedAt: '2016'},
			{title: 'Atomic habits', authors: ['J. Clear'], publisher: 'Avery', publishedAt: '2018'},
		]);
	});

	test('a linked title keeps its link; an edition in brackets after an italic title is neither title nor publisher', () => {
		expect(found(list(
			'Newport, Cal. <a href="https://shop.example/deep-work">Deep Work</a>. Grand Central, 2016.',
			'Clear, J. (2018). <a href="https://shop.example/atomic-habits"><i>Atomic habits</i></a> (1st ed.). Avery.',
		))).toMatchObject([
			{title: 'Deep Work', url: 'https://shop.example/deep-work', authors: ['Cal Newport'], publisher: 'Grand Central', publishedAt: '2016'},
			{title: 'Atomic habits', url: 'https://shop.example/atomic-habits', authors: ['J. Clear'], publisher: 'Avery', publishedAt: '2018'},
		]);
	});

	test('a bibliography written as lines of one paragraph, or as numbered paragraphs', () => {
		const works = [
			{title: 'Deep Work', authors: ['Cal Newport'], publisher: 'Grand Central', publishedAt: '2016'},
			{title: 'Atomic Habits', authors: ['James Clear'], publisher: 'Avery', publishedAt: '2018'},
		];
		expect(found('<p>Newport, Cal. <i>Deep Work</i>. Grand Central, 2016.<br>Clear, James. Atomic Habits. Avery, 2018.</p>')).toMatchObject(works);
		expect(found('<p>[1] Newport, Cal. Deep Work. Grand Central, 2016.</p><p>[2] Clear, James. Atomic Habits. Avery, 2018.</p>')).toMatchObject(works);
	});

	test('one citation-shaped paragraph in running text is no list; under a references heading it is a work', () => {
		const line = '<p>Newport, Cal. Deep Work. Grand Central, 2016.</p>';
		expect(found(`<p>Some thoughts on focus, in a long paragraph of their own about nothing in particular.</p>${line}`)).toEqual([]);
		expect(found(`<h2>Further reading</h2>${line}`)).toMatchObject([{title: 'Deep Work', authors: ['Cal Newport']}]);
	});
});

describe('parseCitation', () => {
	test('names in the forms citations write them, turned to natural order', () => {
		const authors = (line: string) => parseCitation(line)?.authors;
		expect(authors('Martin, Robert C. Clean Code. Prentice Hall, 2008.')).toEqual(['Robert C. Martin']);
		expect(authors('Tolkien, J. R. R. The Hobbit. George Allen & Unwin, 1937.')).toEqual(['J. R. R. Tolkien']);
		expect(authors('Le Guin, Ursula K. The Dispossessed. Harper & Row, 1974.')).toEqual(['Ursula K. Le Guin']);
		expect(authors('van Rossum, Guido, and Fred L. Drake. Python Tutorial. Python Software Foundation, 2009.')).toEqual(['Guido van Rossum', 'Fred L. Drake']);
		expect(authors('Brooks, Frederick P., Jr. The Mythical Man-Month. Addison-Wesley, 1975.')).toEqual(['Frederick P. Brooks Jr.']);
		expect(authors('Horn, Roger A.; Johnson, Charles R. (2013). Matrix Analysis. Cambridge University Press.')).toEqual(['Roger A. Horn', 'Charles R. Johnson']);
		expect(authors('Hunt, Andrew, David Thomas, and Dave Smith. A Title. Some Press, 1999.')).toEqual(['Andrew Hunt', 'David Thomas', 'Dave Smith']);
		expect(authors('Gamma, Erich, et al. Design Patterns. Addison-Wesley, 1994.')).toEqual(['Erich Gamma']);
	});

	test('the particles of a surname are the same in a citation and in a list of names (one list)', () => {
		const authors = (line: string) => parseCitation(line)?.authors;
		expect(authors('bin Talal, Hassan. A Study of Jerusalem. Longman, 1979.')).toEqual(['Hassan bin Talal']);
		expect(authors('ter Borch, Gerard, and Ann Lee. Painting. Some Press, 1999.')).toEqual(['Gerard ter Borch', 'Ann Lee']);
		expect(found(list('Painting Light - Gerard ter Borch', 'Dutch Interiors - Pieter de Hooch'))).toMatchObject([
			{title: 'Painting Light', authors: ['Gerard ter Borch']},
			{title: 'Dutch Interiors', authors: ['Pieter de Hooch']},
		]);
	});

	test('editors are named as such, not as authors: `(Eds.).` in APA, `, editors.` in MLA', () => {
		const apa = parseCitation("Beyer, B., Jones, C., Petoff, J., & Murphy, N. R. (Eds.). (2016). Site reliability engineering. O'Reilly Media.");
		expect(apa).toMatchObject({title: 'Site reliability engineering', authors: [], publisher: "O'Reilly Media",
			publishedAt: '2016'});
		expect(apa?.contributors.map(c => `${c.role}:${c.name}`))
			.toEqual(['editor:B. Beyer', 'editor:C. Jones', 'editor:J. Petoff', 'editor:N. R. Murphy']);
		expect(parseCitation("Beyer, Betsy, and Chris Jones, editors. Site Reliability Engineering. O'Reilly Media, 2016.")).toMatchObject({
			authors: [], contributors: [{name: 'Betsy Beyer', role: 'editor'}, {name: 'Chris Jones', role: 'editor'}],
		});
	});

	test('a sentence opening with two capitalised words and a comma is no citation', () => {
		expect(parseCitation('However, Newport. Deep work matters a lot, 2016.')).toBeUndefined();
		expect(parseCitation('Paris, France. It was lovely there in 2016.')).toBeUndefined();
		// (a year alone after the title names no publisher: too little to tell a citation)
		expect(parseCitation('Newport, Cal. Deep Work. 2016.')).toBeUndefined();
	});

	test('computing reading lists: authors in natural order, the title linked, in italics or in quotes, then the venue', () => {
		expect(found(list(
			'Leslie Lamport. <a href="https://papers.example/clocks.pdf">Time, Clocks, and the Ordering of Events in a Distributed System</a>. '
				+ 'Communications of the ACM, 1978.',
			'Diego Ongaro and John Ousterhout. <a href="https://papers.example/raft.pdf">In Search of an Understandable Consensus Algorithm</a>. '
				+ 'USENIX ATC, 2014.',
			'Giuseppe DeCandia et al. <a href="https://papers.example/dynamo.pdf">Dynamo: Amazon\'s Highly Available Key-value Store</a>. SOSP, 2007.',
		))).toMatchObject([
			{title: 'Time, Clocks, and the Ordering of Events in a Distributed System', kind: 'paper', authors: ['Leslie Lamport'], publishedAt: '1978',
				url: 'https://papers.example/clocks.pdf'},
			{title: 'In Search of an Understandable Consensus Algorithm', kind: 'paper', authors: ['Diego Ongaro', 'John Ousterhout'],
				publishedAt: '2014'},
			{title: 'Dynamo: Amazon\'s Highly Available Key-value Store', kind: 'paper', authors: ['Giuseppe DeCandia'], publishedAt: '2007'},
		]);
		const book = 'Martin Kleppmann. Designing Data-Intensive Applications. O\'Reilly Media, 2017.';
		const italic = {start: book.indexOf('Designing'), end: book.indexOf('. O\'')};
		expect(parseCitation(book, [italic]))
			.toMatchObject({title: 'Designing Data-Intensive Applications', authors: ['Martin Kleppmann'],
				publisher: 'O\'Reilly Media', publishedAt: '2017'});
		expect(parseCitation('J. Dean and S. Ghemawat, "MapReduce: Simplified Data Processing on Large Clusters," in Proc. OSDI, 2004.'))
			.toMatchObject({title: 'MapReduce: Simplified Data Processing on Large Clusters', authors: ['J. Dean', 'S. Ghemawat'], type: 'J'});
	});

	test('names in natural order need their title set apart: a sentence opening with capitalised words is none', () => {
		expect(parseCitation('The Best Books. Deep Work is one of them. Grand Central, 2016.')).toBeUndefined();
		expect(parseCitation('Top Picks Of The Year. Deep Work. Portfolio, 2016.')).toBeUndefined();
	});

	test('a line of capitalised words and commas is read in linear time', () => {
		const natural = `${'Aaaa Bbbb Cccc, '.repeat(30)}and Dddd Eeee Ffff 2016`;
		const started = performance.now();
		expect(parseCitation(natural)).toBeUndefined();
		expect(performance.now() - started).toBeLessThan(100);
		const line = `Aaaa Bbbb, ${'Cccc Dddd, '.repeat(34)}2016`;
		const start = performance.now();
		expect(parseCitation(line)).toBeUndefined();
		expect(performance.now() - start).toBeLessThan(100);
	});
});

describe('CS1 citations (Wikipedia\'s templates)', () => {
	test('the date in brackets to the month or the day, the names surname first parted by semicolons', () => {
		expect(parseCitation('Quinn, Ada; Ortiz, Ben D. (1996-07-12). Slow Gardens (1 ed.). Wiley. ISBN 978-0-47194148-4.',
			[{start: 42, end: 54}])).toMatchObject({title: 'Slow Gardens', authors: ['Ada Quinn', 'Ben D. Ortiz'],
			publisher: 'Wiley', publishedAt: '1996-07-12'});
		expect(parseCitation('Quinn, Ada; Hart, C. S. (November 1978). "Harbour lights: an exercise". Journal of '
			+ 'Gardens. 21 (11): 966–975.')).toMatchObject({title: 'Harbour lights: an exercise',
			authors: ['Ada Quinn', 'C. S. Hart'], publishedAt: '1978-11'});
	});
});

describe('a notebook\'s references: names in natural order, the year in brackets', () => {
	test('`Names (Year). <a>Title</a>. Venue.`, `<em>Title</em>, revised edition. Publisher.`, `Blog post.`', () => {
		expect(readPost('<h2>References</h2><ol><li>Ada Quinn, Ben Ortiz, Cleo Hart (2017). <a '
			+ 'href="https://papers.example/abs/1">Slow Gardens</a>. <em>NeurIPS 2017</em>.</li>'
			+ '<li>Dan Ross (2018). <a href="https://dan.example/slow/">The Slow Garden, Illustrated</a>. Blog post.</li>'
			+ '<li>Eve Lang, Finn Moss, Gil Park (2022). <em>Harbour Lights</em>, revised edition. Tide Media.</li>'
			+ '</ol>'))
			.toMatchObject([
				{title: 'Slow Gardens', authors: ['Ada Quinn', 'Ben Ortiz', 'Cleo Hart'], publishedAt: '2017'},
				{title: 'The Slow Garden, Illustrated', kind: 'article', authors: ['Dan Ross'], publisher: undefined,
					publishedAt: '2018'},
				{title: 'Harbour Lights', kind: 'book', authors: ['Eve Lang', 'Finn Moss', 'Gil Park'],
					publisher: 'Tide Media', publishedAt: '2022'}]);
	});
});
