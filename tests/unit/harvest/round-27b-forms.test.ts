import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('ISO 690 citations with surnames in capitals', () => {
	test('a book: the first SURNAME inverted, the others natural, the title in italics, translator and imprint', () => {
		expect(read('<ul><li>QUINN, Ada M. <em>Přístavy severu</em>. Praha: Argo, 2011. ISBN 978-80-257-0001-1.</li>'
			+ '<li>ORTIZ, Ben, Cleo MARSH a Dov LUND. <em>Zahrady státu: průvodce</em>. Přeložil Jan NOVÁK. '
			+ 'Brno: Host, 2003.</li></ul>', 'cs')).toMatchObject([
			{title: 'Přístavy severu', authors: ['Ada M. Quinn'], publisher: 'Argo', publishedAt: '2011'},
			{title: 'Zahrady státu: průvodce', authors: ['Ben Ortiz', 'Cleo Marsh', 'Dov Lund'],
				contributors: [{name: 'Jan Novák', role: 'translator'}], publisher: 'Host', publishedAt: '2003'}]);
	});
	test('an article: its title unmarked, its journal in italics the publisher, the year after it', () => {
		expect(read('<ul><li>QUINN, Ada. Tides of Trade. <em>Harbour Review</em>. 1988, roč. 12, č. 2, s. 10–31. '
			+ 'Dostupné z: <a href="https://doi.org/10.1000/tides">doi:10.1000/tides</a></li>'
			+ '<li>ORTIZ, Ben. Walled Gardens. <em>Garden History</em>. 1962, roč. 3, s. 1–9.</li></ul>', 'cs'))
			.toMatchObject([
				{title: 'Tides of Trade', url: 'https://doi.org/10.1000/tides', kind: 'paper', authors: ['Ada Quinn'],
					publisher: 'Harbour Review', publishedAt: '1988'},
				{title: 'Walled Gardens', kind: 'paper', authors: ['Ben Ortiz'], publisher: 'Garden History',
					publishedAt: '1962'}]);
	});
});

describe('a bibliography in BibTeX\'s plain or unsrt style', () => {
	test('the title unmarked before its venue in italics: a journal is the publisher, proceedings none', () => {
		expect(read('<h2>Bibliography</h2><p>Ada Quinn and Ben K. Ortiz. Tides of trade in a small harbour. '
			+ '<em>Harbour Review</em>, 12(2):10–31, 1988. <a href="https://doi.org/10.1000/tides">doi:10.1000/tides</a>.</p>'
			+ '<p>Cleo Marsh, Dov Lund, and Eve Stone. Gardens of state. In <em>Proceedings of the 3rd Symposium on '
			+ 'Gardens</em>, GS \'09, 75–88. 2009.</p>')).toMatchObject([
			{title: 'Tides of trade in a small harbour', url: 'https://doi.org/10.1000/tides', kind: 'paper',
				authors: ['Ada Quinn', 'Ben K. Ortiz'], publisher: 'Harbour Review', publishedAt: '1988'},
			{title: 'Gardens of state', kind: 'paper', authors: ['Cleo Marsh', 'Dov Lund', 'Eve Stone'],
				publisher: undefined, publishedAt: '2009'}]);
	});
	test('a preprint: the year alone after its title, its arXiv link the address', () => {
		expect(read('<h2>Bibliography</h2><p>Ada Quinn and Ben Ortiz. Counting tides with sketches. 2019. '
			+ '<a href="https://arxiv.org/abs/1902.00001">arXiv:1902.00001</a>.</p>')).toMatchObject([
			{title: 'Counting tides with sketches', url: 'https://arxiv.org/abs/1902.00001', kind: 'paper',
				authors: ['Ada Quinn', 'Ben Ortiz'], publishedAt: '2019'}]);
	});
});

describe('a work its owner names in the sentence around its link', () => {
	test('`Name\'s blog post <a>Title</a> (2012)` is an article by that name', () => {
		expect(read('<p>The gentlest introduction is Ada Quinn’s blog post <a href="https://quinn.example/2012/05/01/tides/">'
			+ 'Tides of Trade</a> (2012), which covers most of it with pictures.</p>')).toMatchObject([
			{title: 'Tides of Trade', kind: 'article', authors: ['Ada Quinn'], publishedAt: '2012'}]);
	});
	test('`<a>Title</a>, Name\'s talk at Event Year` credits the speaker and dates it by the event', () => {
		expect(read('<ul><li><a href="https://talks.example/v/harbours">Harbours of Time</a>, Ada Quinn’s talk at '
			+ 'PyCon US 2019 (30 min), which uses an early version of this library.</li></ul>')).toMatchObject([
			{title: 'Harbours of Time', authors: ['Ada Quinn'], publishedAt: '2019'}]);
	});
	test('a course\'s school and term in brackets after its link date it (`(Harvard, Fall 2015)`)', () => {
		expect(read('<ul><li>Ada Quinn’s course <a href="https://school.example/~quinn/tides/">Tides 101: Harbours</a> '
			+ '(Harvard, Fall 2015): lecture notes and videos.</li></ul>')).toMatchObject([
			{title: 'Tides 101: Harbours', kind: 'course', authors: ['Ada Quinn'], publishedAt: '2015'}]);
	});
});

describe('an in-text citation\'s label after a byline', () => {
	test('`by A and B [QO20]` ends the names before the bracket', () => {
		expect(read('<p>Two books cover it. <em>Harbours of the North Sea</em> by Ada Quinn and Ke Yi '
			+ '<span>[<a href="#id21">QY20</a>]</span> is the closest thing to a reference manual.</p>')).toMatchObject([
			{title: 'Harbours of the North Sea', authors: ['Ada Quinn', 'Ke Yi']}]);
	});
});

describe('a Czech table whose second cell says what its first cell links', () => {
	const row = (href: string, title: string, what: string) =>
		`<tr><td><a href="${href}">${title}</a></td><td>${what}</td><td>k opakování</td></tr>`;
	test('`přednáší Name` and a kind before a name in the genitive (`video Joshe Starmera`) credit its maker', () => {
		expect(read('<h3>Online kurzy a videa</h3><table><tr><th>Zdroj</th><th>Co to je</th><th>K čemu</th></tr>'
			+ row('https://harbours.example/course', 'Harbours of Time', 'kurz na webu, přednáší Ada Quinn (anglicky)')
			+ row('https://school.example/tides', 'NPFL101 Tides', 'předmět MFF UK, záznamy přednášek Milana Straky')
			+ row('https://gardens.example/video', 'Gardens of State', 'video Joshe Starmera z kanálu Gardens')
			+ '</table>', 'cs')).toMatchObject([
			{title: 'Harbours of Time', authors: ['Ada Quinn']},
			{title: 'NPFL101 Tides', kind: 'course', authors: ['Milan Straka']},
			{title: 'Gardens of State', authors: ['Josh Starmer']}]);
	});
});

describe('a Czech heading\'s plural names its section\'s works', () => {
	test('`Online kurzy` makes a linked title under it a course', () => {
		expect(read('<h3>Online kurzy</h3><ul><li><a href="https://school.example/tides">Tides and Harbours</a></li>'
			+ '</ul>', 'cs')).toMatchObject([{title: 'Tides and Harbours', kind: 'course'}]);
	});
});

describe('a repository the sentence says keeps something\'s code', () => {
	test('`the code is in the repository <a>owner/name</a>` names no work', () => {
		expect(read('<ul><li><a href="https://books.example/harbours">Harbours of Time</a> by Ada Quinn</li></ul>'
			+ '<h3>Software</h3><p>The exercises from the book are in the repository '
			+ '<a href="https://github.com/quinn/harbours-book-code">quinn/harbours-book-code</a>.</p>'))
			.toMatchObject([{title: 'Harbours of Time'}]);
		expect(read('<h3>Software</h3><p>Kódy ke knize jsou v repozitáři '
			+ '<a href="https://github.com/quinn/harbours-book-code">quinn/harbours-book-code</a>.</p>', 'cs')).toEqual([]);
	});
});

describe('a link of no title in brackets after the words naming the work', () => {
	test('`And Name\'s talk "Title" from Venue 2021 (<a>video</a>)` is that talk, its speaker\'s, of the venue\'s year', () => {
		expect(read('<p>Good stuff above.</p><p>And Ada Quinn\'s talk "Harbours of Time" from OSFC 2021 '
			+ '(<a href="https://talks.example/v/harbours">video</a>) is a great look at a real system.</p>')).toMatchObject([
			{title: 'Harbours of Time', authors: ['Ada Quinn'], publishedAt: '2021'}]);
	});
});

describe('an edition note in brackets after a byline in running text', () => {
	test('`<i>Title</i> by Name (2nd edition, 2022) made…` dates the edition meant', () => {
		expect(read('<p>Start lower. <i>Harbours of the North Sea</i> by Ada Quinn (2nd edition, 2022) made '
			+ 'everything click for me.</p>')).toMatchObject([
			{title: 'Harbours of the North Sea', authors: ['Ada Quinn'], publishedAt: '2022'}]);
	});
});

describe('a show\'s hosts in a thread\'s reply', () => {
	test('`the <a>Show</a> podcast with Name`: the host after the kind word', () => {
		expect(read('<p>Try the <a href="https://tides.example/">Tides.fm</a> podcast with Ben Ortiz, which is great '
			+ 'for a feel of the field.</p>')).toMatchObject([{title: 'Tides.fm', kind: 'podcast', authors: ['Ben Ortiz']}]);
	});
	test('`She also co-hosts <a>…</a>` after a work credited to one person: she is that person', () => {
		expect(read('<p>The best start is <a href="https://books.example/harbours">Harbours of Time</a> by Ada Quinn. '
			+ 'The second edition added a lot.</p><p>She also co-hosts the <a href="https://tides.example/">Tides.fm</a> '
			+ 'podcast with Ben Ortiz, which is great for a feel of the field.</p>')).toMatchObject([
			{title: 'Harbours of Time', authors: ['Ada Quinn']},
			{title: 'Tides.fm', kind: 'podcast', authors: ['Ada Quinn', 'Ben Ortiz']}]);
	});
});

describe('a link joined in one sentence to a work linked on the same site', () => {
	test('`<a>The Harbour Book</a> targets …, and <a>Tides</a> (the short version)` is another of the site\'s works', () => {
		expect(read('<p>Since you know boats: <a href="https://docs.harbours.example/book/">The Harbour Book</a> targets '
			+ 'a big ship, and <a href="https://docs.harbours.example/tides/dinghy/">Tides</a> (the dinghy version) is '
			+ 'gentler.</p>')).toMatchObject([
			{title: 'The Harbour Book', kind: 'book'}, {title: 'Tides', kind: 'book'}]);
	});
	test('not in the next sentence, nor on a code host (a repository\'s discussions)', () => {
		expect(read('<p>Read <a href="https://docs.harbours.example/book/">The Harbour Book</a> first. Then see '
			+ '<a href="https://docs.harbours.example/faq/">Questions</a>.</p>').map(i => i.title))
			.toEqual(['The Harbour Book']);
	});
});

describe('a syllabus\'s APA readings, each after its week', () => {
	test('`Week 3: ` opens no citation; an unmarked title before proceedings in italics is a paper', () => {
		expect(read('<ul><li>Week 3: Quinn, A., &amp; Ortiz, B. (1990). Tides of trade. <em>Proceedings of the '
			+ 'Harbour Conference</em>, 249–256. <a href="https://school.example/files/77/download">quinn-1990.pdf</a></li>'
			+ '<li>Week 6: Marsh, C. (2006). Walled gardens. <em>Proceedings of GARDEN 2006</em>, 541–550.</li></ul>'))
			.toMatchObject([
				{title: 'Tides of trade', url: 'https://school.example/files/77/download', kind: 'paper',
					authors: ['A. Quinn', 'B. Ortiz'], publisher: undefined, publishedAt: '1990'},
				{title: 'Walled gardens', kind: 'paper', authors: ['C. Marsh'], publishedAt: '2006'}]);
	});
	test('a chapter assigned after the title is no publisher (`, Ch. 2 "Title". House.`)', () => {
		expect(read('<ul><li>Week 9: Lund, D. (2007). <em>Sketching Harbours</em>, Ch. 2 "The Anatomy of Piers". '
			+ 'Morgan Kaufmann. (scan in Files)</li><li>Week 10: Stone, E. (2011). <em>Gardens of State</em>. '
			+ 'Beacon Press.</li></ul>')).toMatchObject([
			{title: 'Sketching Harbours', authors: ['D. Lund'], publisher: 'Morgan Kaufmann', publishedAt: '2007'},
			{title: 'Gardens of State', authors: ['E. Stone'], publisher: 'Beacon Press', publishedAt: '2011'}]);
	});
});
