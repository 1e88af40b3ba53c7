import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';

// Issue 19: one minimal page per rule, for posts that list works without links and curated lists mixing works with
// tools
const url = 'https://blog.example/posts/reading/';
const post = (body: string) => `<html><head><title>Reading</title></head><body><article><h1>What to read</h1>
<p>A few things I recommend, with a line on each where I had one.</p>${body}<p>Thanks for reading.</p></article></body></html>`;
const found = (body: string) => harvest(new JSDOM(post(body), {url}).window.document, url);
/** Each work's title and the facts read for it, as JSON drops what is undefined. */
const facts = (body: string) => found(body).map(({title, authors, contributors, publisher, publishedAt}) =>
	JSON.parse(JSON.stringify({title, authors, contributors, publisher, publishedAt})) as Record<string, unknown>);

describe('tables headed in other words', () => {
	test('`Written by` / `Taught by` columns name the people; a `Published` cell names the publisher before the year', () => {
		expect(facts(`<table><tr><th>#</th><th>Book</th><th>Written by</th><th>Published</th></tr>
			<tr><td>1</td><td>Database Internals</td><td>Alex Petrov</td><td>O'Reilly, 2019</td></tr>
			<tr><td>2</td><td>The Art of Statistics</td><td>David Spiegelhalter</td><td>March 2019</td></tr></table>`)).toMatchObject([
			{title: 'Database Internals', authors: ['Alex Petrov'], publisher: "O'Reilly", publishedAt: '2019'},
			{title: 'The Art of Statistics', authors: ['David Spiegelhalter'], publishedAt: '2019'},
		]);
		expect(found(`<table><tr><th>Course</th><th>Taught by</th></tr><tr><td>Database Systems</td><td>Andy Pavlo</td></tr></table>`))
			.toMatchObject([{title: 'Database Systems', kind: 'course', authors: ['Andy Pavlo']}]);
	});

	test('a table of tools names no works', () => {
		expect(found(`<table><tr><th>Tool</th><th>Language</th><th>Used for</th></tr><tr><td>dbt</td><td>SQL</td><td>Transformations</td></tr></table>`))
			.toEqual([]);
	});
});

describe('one heading per work, a credit line under it', () => {
	test('`Name · Publisher, Year`, `Name (Publisher, Year)`, `Name | Publisher | Year` under the title heading', () => {
		expect(facts(`<h3>The Remains of the Day</h3><p>Kazuo Ishiguro · Faber and Faber, 1989</p><p>A butler drives across England.</p>
			<h3>Gilead</h3><p>Marilynne Robinson (Farrar, Straus and Giroux, 2004)</p>
			<h3>Lonesome Dove</h3><p><em>Larry McMurtry | Simon &amp; Schuster | 1985</em></p>`)).toEqual([
			{title: 'The Remains of the Day', authors: ['Kazuo Ishiguro'], publisher: 'Faber and Faber',
				publishedAt: '1989'},
			{title: 'Gilead', authors: ['Marilynne Robinson'], publisher: 'Farrar, Straus and Giroux', publishedAt: '2004'},
			{title: 'Lonesome Dove', authors: ['Larry McMurtry'], publisher: 'Simon & Schuster', publishedAt: '1985'},
		]);
	});

	test('names alone, a sentence, or a date under a heading are no credit line', () => {
		expect(found(`<h3>About the author</h3><p>Helen Ashdown edits the books section, since 2019.</p>
			<h3>Thanks</h3><p>Ann Lee and Bo Chen</p><h3>Updates</h3><p>Ann Lee · November 20, 2023</p>`)).toEqual([]);
	});
});

describe('Markdown lists of books', () => {
	test('`Title, Full Name` lines: the title runs to the comma after which only full names follow', () => {
		expect(facts(`<ul><li>The Overstory, Richard Powers</li><li>Thinking, Fast and Slow, Daniel Kahneman</li>
			<li>Range: Why Generalists Triumph, David Epstein</li><li>Station Eleven, Emily St. John Mandel</li>
			<li>High Output Management, Andrew S. Grove (Random House, 1983)</li></ul>`)).toEqual([
			{title: 'The Overstory', authors: ['Richard Powers']},
			{title: 'Thinking, Fast and Slow', authors: ['Daniel Kahneman']},
			{title: 'Range: Why Generalists Triumph', authors: ['David Epstein']},
			{title: 'Station Eleven', authors: ['Emily St. John Mandel']},
			{title: 'High Output Management', authors: ['Andrew S. Grove'], publisher: 'Random House', publishedAt: '1983'},
		]);
	});

	test('a comma before no names, or a single such line, is no work', () => {
		expect(found('<ul><li>Paris, France</li><li>Read slowly, it helps</li><li>Coffee, lots of it</li></ul>')).toEqual([]);
		expect(found('<ul><li>Photos, Jane Doe</li></ul><p>A paragraph of prose follows the list, about something else.</p>')).toEqual([]);
	});

	test('`*Title* — Name (Publisher, Year)`: the citation after the people names the publisher, commas and all', () => {
		expect(facts(`<ul><li><em>Klara and the Sun</em> — Kazuo Ishiguro (Faber &amp; Faber, 2021)</li>
			<li><em>Gilead</em> — Marilynne Robinson (Farrar, Straus and Giroux, 2004)</li></ul>`)).toEqual([
			{title: 'Klara and the Sun', authors: ['Kazuo Ishiguro'], publisher: 'Faber & Faber', publishedAt: '2021'},
			{title: 'Gilead', authors: ['Marilynne Robinson'], publisher: 'Farrar, Straus and Giroux', publishedAt: '2004'},
		]);
	});
});

describe('numbered lines in a paragraph', () => {
	test('a first line ending in a colon introduces the lines; the lines are still read as a list', () => {
		expect(facts('<p>And two classics older than me:<br>13. High Output Management, Andrew S. Grove<br>14. The Goal - Eliyahu M. Goldratt</p>'))
			.toEqual([
				{title: 'High Output Management', authors: ['Andrew S. Grove']},
				{title: 'The Goal', authors: ['Eliyahu M. Goldratt']},
			]);
		expect(found('<p>A few rules I follow:<br>1. One chapter a day - no more<br>2. Write down one thing to try on Monday</p>')).toEqual([]);
	});
});

describe('curated lists mixing works with tools, sites and people', () => {
	test('in a section of tools, sites or people, home pages and code hosts\' pages are not works, whatever their description says', () => {
		const titles = (heading: string, body: string) => found(`<h2>${heading}</h2><ul>${body}</ul>`).map(w => w.title);
		const sites = `<li><a href="https://paperswithcode.example/">Papers with Code</a>: papers next to their code</li>
			<li><a href="https://jq.example/jq/">jq</a> - a lightweight command-line JSON processor</li>`;
		expect(titles('🌐 Sites and tools', sites)).toEqual([]);
		expect(titles('网站', `<li><a href="https://paperswithcode.example/">Papers with Code</a>：论文和代码对照</li>`)).toEqual([]);
		expect(titles('Tools', '<li><a href="https://github.com/someone/fastgrep">fastgrep</a> — searches directories fast</li>')).toEqual([]);
		// Elsewhere a line's words still say what a link is
		expect(titles('Resources', '<li><a href="https://book.example/ostep">OSTEP</a> — a free operating systems book</li>')).toEqual(['OSTEP']);
	});

	test('a few Han characters after a dash are an author only when they read as a person\'s name', () => {
		expect(facts(`<h2>课程</h2><ul><li><a href="https://ml.example/2023">机器学习 2023</a>：台大的课，讲得很生动</li>
			<li><a href="https://ml.example/spec">Machine Learning Specialization</a> —— 吴恩达，经典入门课</li></ul>`)).toEqual([
			{title: '机器学习 2023'}, {title: 'Machine Learning Specialization', authors: ['吴恩达']},
		]);
	});

	test('a year closing the people of a linked work is its date (`— Name, 1978`, `— Names (Venue 2003)`)', () => {
		expect(facts(`<h2>Papers</h2><ul><li><a href="https://p.example/time.pdf">Time, Clocks</a> — Leslie Lamport, 1978</li>
			<li><a href="https://p.example/gfs">The Google File System</a> — Sanjay Ghemawat, Howard Gobioff (SOSP 2003)</li></ul>`)).toEqual([
			{title: 'Time, Clocks', authors: ['Leslie Lamport'], publishedAt: '1978'},
			{title: 'The Google File System', authors: ['Sanjay Ghemawat', 'Howard Gobioff'], publishedAt: '2003'},
		]);
	});

	test('a repository its line says someone wrote (著) or translated (译) is a book', () => {
		const kinds = found(`<h2>书籍</h2><ul><li><a href="https://github.com/d2l/d2l-zh">动手学深度学习</a>：阿斯顿·张、李沐 等著</li>
			<li><a href="https://github.com/someone/vite-tool">Vite</a> —— 构建工具</li></ul>`).map(w => [w.title, w.kind]);
		expect(kinds).toEqual([['动手学深度学习', 'book'], ['Vite', 'repository']]);
	});
});

describe('people read from their own item', () => {
	test('`Title (Full Name)` lines, a co-author `with` a name; a bracket of other words is no byline', () => {
		expect(facts(`<p>• Breath: The New Science of a Lost Art (James Nestor)<br>• Outlive (Peter Attia, with Bill Gifford)<br>
			• Why We Sleep (Matthew Walker)</p>`)).toEqual([
			{title: 'Breath: The New Science of a Lost Art', authors: ['James Nestor']},
			{title: 'Outlive', authors: ['Peter Attia', 'Bill Gifford']},
			{title: 'Why We Sleep', authors: ['Matthew Walker']},
		]);
		expect(found('<ul><li>Easy runs (three a week)</li><li>Long run: Sunday (slowly building)</li></ul>')).toEqual([]);
	});

	test('`作者：Name，译者：Name`: a label\'s names end at the next label after a comma; a publisher is no author', () => {
		expect(facts(`<ul><li>《Spring 实战》，作者：Craig Walls，译者：张卫滨</li><li>《高性能 MySQL》，作者：Baron Schwartz 等，电子工业出版社</li></ul>`))
			.toEqual([
				{title: 'Spring 实战', authors: ['Craig Walls'], contributors: [{name: '张卫滨', role: 'translator'}]},
				{title: '高性能 MySQL', authors: ['Baron Schwartz'], publisher: '电子工业出版社'},
			]);
	});

	test('a talk\'s year after its venue closes the people of a linked work (`— Name, JSConf EU 2014`)', () => {
		expect(facts(`<h2>Talks</h2><ul><li><a href="https://v.example/loop">The event loop</a> — Philip Roberts, JSConf EU 2014</li></ul>`))
			.toEqual([{title: 'The event loop', authors: ['Philip Roberts'], publishedAt: '2014'}]);
	});
});

describe('linked people', () => {
	test('`<a>Title</a> by <a>Name</a> and <a>Name</a>`: the linked names are the work\'s authors, not works', () => {
		expect(facts(`<ul><li><a href="https://www.amazon.com/dp/1">Deep Work</a> by <a href="https://people.example/cal">Cal Newport</a></li>
			<li><a href="https://www.amazon.com/dp/2">The Goal</a> by Eliyahu M. Goldratt and <a href="https://people.example/cox">Jeff Cox</a></li></ul>
			<p>I also loved <a href="https://www.amazon.com/dp/3">Atomic Habits</a> by <a href="https://people.example/clear">James Clear</a>.</p>`)).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport']},
			{title: 'The Goal', authors: ['Eliyahu M. Goldratt', 'Jeff Cox']},
			{title: 'Atomic Habits', authors: ['James Clear']},
		]);
	});

	test('`<a>Title</a> — <a>Name</a> and <a>Name</a>`, and after a comma names linked to people\'s pages, are the authors', () => {
		expect(facts(`<ul><li><a href="https://www.amazon.com/dp/1">Nudge</a> — <a href="https://thaler.example/">Richard Thaler</a> and
			<a href="https://people.example/sunstein">Cass Sunstein</a></li><li><a href="https://www.amazon.com/dp/2">Superforecasting</a>,
			<a href="https://news.example/author/tetlock">Philip Tetlock</a>, <a href="https://gardner.example/">Dan Gardner</a></li></ul>`)).toEqual([
			{title: 'Nudge', authors: ['Richard Thaler', 'Cass Sunstein']},
			{title: 'Superforecasting', authors: ['Philip Tetlock', 'Dan Gardner']},
		]);
		// Two works linked side by side: the second's page is a work's, not a person's; after a comma, a home page may
		// be a place's
		expect(facts(`<ul><li><a href="https://x.example/tokyo">Tokyo</a>, <a href="https://kyoto.example/">Kyoto Station</a></li>
			<li><a href="https://x.example/osaka">Osaka</a>, <a href="https://nara.example/">Nara Park</a></li></ul>`)).toEqual([]);
		expect(facts(`<h2>Books</h2><ul><li><a href="https://www.amazon.com/dp/3">Deep Work</a>, <a href="https://www.amazon.com/dp/4">Atomic Habits</a></li></ul>`))
			.toEqual([{title: 'Deep Work'}, {title: 'Atomic Habits'}]);
	});

	test('in running text, `<a>a concept</a> by <a>a company</a>` (a wiki\'s prose) is no work', () => {
		expect(found(`<p>In the spring of that year the code base was released as <a href="/wiki/Open_source">open source software</a> by
			<a href="/wiki/Netscape">Netscape Communications</a> in 1998, and most of it was later rewritten from scratch by volunteers.</p>`)).toEqual([]);
	});
});

describe('what a curated list\'s line says a link is', () => {
	test('a curriculum, lessons, a workshop are courses; an edition, a textbook are books; a runtime is neither', () => {
		const kinds = found(`<h2>Learn</h2><ul><li><a href="https://odin.example/">The Odin Project</a> - a free full-stack curriculum</li>
			<li><a href="https://branching.example/">Learn Git Branching</a> - interactive lessons on git</li>
			<li><a href="https://eloquent.example/">Eloquent JavaScript</a> - 4th edition, free online</li>
			<li><a href="https://runtime.example/">Node.js</a> - JavaScript runtime</li></ul>`).map(w => [w.title, w.kind]);
		expect(kinds).toEqual([
			['The Odin Project', 'course'], ['Learn Git Branching', 'course'], ['Eloquent JavaScript', 'book'],
		]);
	});

	test('`by Name, translated by Name`: the translator after the author\'s clause', () => {
		expect(facts('<ul><li>The Name of the Rose by Umberto Eco, translated by William Weaver</li><li>Invisible Cities by Italo Calvino</li></ul>'))
			.toEqual([
				{title: 'The Name of the Rose', authors: ['Umberto Eco'],
					contributors: [{name: 'William Weaver', role: 'translator'}]},
				{title: 'Invisible Cities', authors: ['Italo Calvino']},
			]);
	});
});

describe('a work owned by a name', () => {
	test('`<a>Title</a> — Name\'s book series` names its author; an organisation owning it (`The Linux Foundation\'s`) does not', () => {
		expect(facts(`<h2>Learn</h2><ul><li><a href="https://github.com/someone/ydkjs">You Don't Know JS Yet</a> — Kyle Simpson's book series</li>
			<li><a href="https://www.coursera.org/learn/ml">Machine Learning</a> — Andrew Ng's course</li>
			<li><a href="https://www.edx.org/learn/k8s">Introduction to Kubernetes</a> - The Linux Foundation's free course on edX.</li></ul>`))
			.toEqual([
				{title: "You Don't Know JS Yet", authors: ['Kyle Simpson']},
				{title: 'Machine Learning', authors: ['Andrew Ng']},
				{title: 'Introduction to Kubernetes'},
			]);
	});
});

describe('Markdown reading logs and lists', () => {
	test('a rating after the name (`, by Name ★★★★`), a note after a second dash (`Title — Name — ★★★`)', () => {
		expect(facts(`<ul><li><em>Piranesi</em>, by Susanna Clarke ★★★★</li><li><em>Circe</em>, by Madeline Miller ⭐⭐⭐</li></ul>
			<ul><li>The Three-Body Problem — Cixin Liu — ★★★</li><li>The Midnight Library — Matt Haig — ★★ (did not finish)</li></ul>`)).toEqual([
			{title: 'Piranesi', authors: ['Susanna Clarke']}, {title: 'Circe', authors: ['Madeline Miller']},
			{title: 'The Three-Body Problem', authors: ['Cixin Liu']},
			{title: 'The Midnight Library', authors: ['Matt Haig']},
		]);
	});

	test('a double dash (`——`) before the people, names parted by slashes', () => {
		expect(facts(`<ol><li>深入理解计算机系统 —— Randal E. Bryant、David R. O'Hallaron</li><li>操作系统导论 —— Remzi H. Arpaci-Dusseau</li></ol>
			<ul><li><strong>计算机程序的构造和解释</strong> - Harold Abelson / Gerald Jay Sussman</li><li><strong>编码</strong> - Charles Petzold</li></ul>`)).toEqual([
			{title: '深入理解计算机系统', authors: ['Randal E. Bryant', "David R. O'Hallaron"]},
			{title: '操作系统导论', authors: ['Remzi H. Arpaci-Dusseau']},
			{title: '计算机程序的构造和解释', authors: ['Harold Abelson', 'Gerald Jay Sussman']},
			{title: '编码', authors: ['Charles Petzold']},
		]);
	});

	test('a paper\'s `— Name et al., Year` and `— Name et al., Venue Year`', () => {
		expect(facts(`<h2>Papers</h2><ul><li><a href="https://arxiv.org/abs/1706.03762">Attention Is All You Need</a> - Vaswani et al., 2017.</li>
			<li><a href="https://papers.example/debt">Hidden Technical Debt</a> - Sculley et al., NeurIPS 2015.</li></ul>`)).toEqual([
			{title: 'Attention Is All You Need', authors: ['Vaswani'], publishedAt: '2017'},
			{title: 'Hidden Technical Debt', authors: ['Sculley'], publishedAt: '2015'},
		]);
	});
});

describe('Chinese lists without markers', () => {
	test('`书名 作者：X` with no 《》: the title runs to the label', () => {
		expect(facts('<ul><li>人类简史 作者：尤瓦尔·赫拉利</li><li>活着 作者：余华</li></ul>')).toEqual([
			{title: '人类简史', authors: ['尤瓦尔·赫拉利']}, {title: '活着', authors: ['余华']},
		]);
	});

	test('a list item `《书名》Name` with no marker: a dotted or short name right after the title; a word there is none', () => {
		expect(facts('<ol><li>《原则》瑞·达利欧</li><li>《红楼梦》曹雪芹</li><li>《三体》很好看</li></ol>')).toEqual([
			{title: '原则', authors: ['瑞·达利欧']}, {title: '红楼梦', authors: ['曹雪芹']}, {title: '三体'},
		]);
	});

	test('`《书名》（Name）` in running text names a work and its author; a Latin name in the brackets does not', () => {
		expect(facts('<p>《三体》（刘慈欣）、《球状闪电》（刘慈欣）都值得一看。</p>')).toEqual([
			{title: '三体', authors: ['刘慈欣']}, {title: '球状闪电', authors: ['刘慈欣']},
		]);
		expect(found('<p>据《纽约时报》（The New York Times）报道，这家公司今年的营收增长了百分之三十，超过了市场的普遍预期。</p>')).toEqual([]);
	});
});

describe('a card: the title on one line, its credit on the next', () => {
	test('`<b>Title</b><br>Name, Year` in a list item; names alone are no credit', () => {
		expect(facts('<ul><li><b>Deep Work</b><br>Cal Newport, 2016</li><li><b>Atomic Habits</b><br>James Clear · Avery, 2018</li></ul>')).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport'], publishedAt: '2016'},
			{title: 'Atomic Habits', authors: ['James Clear'], publisher: 'Avery', publishedAt: '2018'},
		]);
		expect(found('<ul><li><b>Note</b><br>Ann Lee and Bo Chen</li><li><b>Thanks</b><br>to everyone, 2016</li></ul>')).toEqual([]);
	});
});

describe('what reads like a list of works but is not', () => {
	test('a feature list (`Includes Authentication, Sending Email and AJAX REST API`) names no people', () => {
		expect(found(`<ul><li>Includes Authentication, Sending Email and AJAX REST API</li>
			<li>All Source Code — Completed Examples, Exercises, Webpack files and npm scripts</li></ul>`)).toEqual([]);
	});

	test('footnotes opening with a back-link caret are notes; `(The Freewheelin\' Bob Dylan)` is no name', () => {
		expect(found(`<ol><li>^ Erlewine, Stephen Thomas. "Together Through Life". AllMusic. Retrieved May 1, 2010.</li>
			<li>^ Jones, Mary Ann. "Another Review". Some Site. Retrieved May 2, 2010.</li>
			<li>Paul got the record (The Freewheelin' Bob Dylan)</li><li>We bought it (The Basement Tapes)</li></ol>`)).toEqual([]);
	});

	test('under a discography\'s heading, `Name (1962)` credits no one', () => {
		expect(found('<h2>Discography</h2><p>Bob Dylan (1962)</p><p>Another Side of Bob Dylan (1964)</p>')).toEqual([]);
	});

	test('an initial\'s dot does not end the sentence naming a linked work\'s people', () => {
		expect(facts(`<ul><li><a href="https://db.example/title/1">The Mechanical Mice</a> • (1941) • novelette by
			<a href="https://db.example/name/2">Maurice G. Hugi</a> and <a href="https://db.example/name/3">Eric Frank Russell</a></li></ul>`))
			.toEqual([{title: 'The Mechanical Mice', authors: ['Maurice G. Hugi', 'Eric Frank Russell']}]);
	});
});

describe('lists that name the author first', () => {
	test('`Name – Title`: where only the first side reads as names the list is author first, its either-way items too', () => {
		expect(facts(`<ul><li>Cal Newport – Deep Work (Grand Central, 2016)</li><li>Yuval Noah Harari – Sapiens</li>
			<li>Andrew Hunt and David Thomas — The Pragmatic Programmer</li></ul>`)).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport'], publisher: 'Grand Central', publishedAt: '2016'},
			{title: 'Sapiens', authors: ['Yuval Noah Harari']},
			{title: 'The Pragmatic Programmer', authors: ['Andrew Hunt', 'David Thomas']},
		]);
		expect(facts('<ul><li>Cal Newport: Deep Work</li><li>James Clear: Atomic Habits</li></ul>')).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport']}, {title: 'Atomic Habits', authors: ['James Clear']},
		]);
	});

	test('a title-first list stays title first; a subtitle, a job or a remark after a name is no title', () => {
		expect(found('<ul><li>Deep Work – Newport</li><li>Atomic Habits – Clear</li><li>Sapiens – Harari</li></ul>')).toEqual([]);
		expect(facts('<ul><li>Deep Work — Cal Newport, 2016</li><li>Sapiens — Yuval Noah Harari, Harper</li></ul>')).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport'], publishedAt: '2016'},
			{title: 'Sapiens', authors: ['Yuval Noah Harari']},
		]);
		expect(facts(`<ul><li>Deep Work – Cal Newport</li><li>Sapiens – Yuval Noah Harari</li><li>Clean Code – Martin</li></ul>`)).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport']}, {title: 'Sapiens', authors: ['Yuval Noah Harari']},
		]);
		expect(found(`<ul><li>Deep Work: Rules for Focused Success</li></ul><p>A paragraph of prose follows the list, about another thing.</p>
			<ul><li>Ann Lee – Product Manager</li><li>Bo Chen – Lead Designer</li></ul>
			<ul><li>Ann Lee – my first teacher. Thanks!</li><li>Bo Chen – the one who got me reading</li></ul>
			<ul><li>Design Patterns: Elements of Reusable Software</li><li>Domain Driven Design: Tackling Complexity</li></ul>
			<ul><li>New York – 3 days</li><li>San Francisco – 2 days</li></ul>`)).toEqual([]);
	});
});

describe('lists that name the author first, then a comma', () => {
	test('`Name, Title` under a heading naming works, with a year or a citation after, or with the title in italics', () => {
		expect(facts(`<h2>Books</h2><ul><li>Cal Newport, Deep Work</li><li>Yuval Noah Harari, Sapiens</li>
			<li>Daniel Kahneman, Thinking, Fast and Slow</li><li>Douglas Hofstadter, Gödel, Escher, Bach</li></ul>`)).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport']}, {title: 'Sapiens', authors: ['Yuval Noah Harari']},
			{title: 'Thinking, Fast and Slow', authors: ['Daniel Kahneman']},
			{title: 'Gödel, Escher, Bach', authors: ['Douglas Hofstadter']},
		]);
		expect(facts('<ul><li>Cal Newport, Deep Work, 2016</li><li>Tara Westover, Educated (Random House, 2018)</li></ul>')).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport'], publishedAt: '2016'},
			{title: 'Educated', authors: ['Tara Westover'], publisher: 'Random House', publishedAt: '2018'},
		]);
		// (a Chicago note: the italic title settles the order even when both sides read as names)
		expect(facts(`<ul><li>Cal Newport, <i>Deep Work</i> (New York: Grand Central, 2016).</li>
			<li>Martin Kleppmann, <i>Designing Data-Intensive Applications</i> (Sebastopol, CA: O'Reilly Media, 2017).</li>
			<li>Jenny Odell, <i>How to Do Nothing</i> (Brooklyn: Melville House, 2019).</li></ul>`)).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport'], publisher: 'Grand Central', publishedAt: '2016'},
			{title: 'Designing Data-Intensive Applications', authors: ['Martin Kleppmann'], publisher: "O'Reilly Media",
				publishedAt: '2017'},
			{title: 'How to Do Nothing', authors: ['Jenny Odell'], publisher: 'Melville House', publishedAt: '2019'},
		]);
	});

	test('a title-first list with commas in its titles stays title first; titles alone are not parted at their commas', () => {
		expect(facts(`<h2>Books</h2><ul><li>Thinking, Fast and Slow, Daniel Kahneman</li><li>Gödel, Escher, Bach, Douglas Hofstadter</li>
			<li>Deep Work, Cal Newport</li></ul>`)).toEqual([
			{title: 'Thinking, Fast and Slow', authors: ['Daniel Kahneman']},
			{title: 'Gödel, Escher, Bach', authors: ['Douglas Hofstadter']},
			{title: 'Deep Work', authors: ['Cal Newport']},
		]);
		expect(found('<h2>Books</h2><ul><li>Gödel, Escher, Bach</li><li>Guns, Germs, and Steel</li><li>Eats, Shoots and Leaves</li></ul>')).toEqual([]);
	});

	test('a list of people and their employers or jobs, or a lone `Name, Name` line with nothing saying works, names no works', () => {
		expect(found(`<h2>Speakers</h2><ul><li>Jane Doe, Stanford University</li><li>John Roe, Mozilla Foundation</li>
			<li>Ann Lee, Product Manager</li></ul>`)).toEqual([]);
		expect(found('<ul><li>Cal Newport, Deep Work</li></ul><p>Some prose between the lists, about another thing.</p>')).toEqual([]);
	});
});

describe('a name written surname first, a year closing the title, a publisher\'s sentence after the byline', () => {
	test('`Newport, Cal — Deep Work`: a catalogue\'s inverted name opens an author-first item, turned to natural order', () => {
		expect(facts('<ul><li>Newport, Cal — Deep Work</li><li>Harari, Yuval Noah — Sapiens</li></ul>')).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport']}, {title: 'Sapiens', authors: ['Yuval Noah Harari']},
		]);
	});

	test('`Cal Newport\'s Deep Work` under a heading naming works, with a year or an italic title; a place\'s or a phrase is no work', () => {
		const works = [
			{title: 'Deep Work', authors: ['Cal Newport']},
			{title: 'Sapiens', authors: ['Yuval Noah Harari']},
		];
		expect(facts("<h2>Books</h2><ul><li>Cal Newport's Deep Work</li><li>Yuval Noah Harari's Sapiens</li></ul>")).toEqual(works);
		expect(facts("<ul><li>Cal Newport’s <i>Deep Work</i></li><li>Yuval Noah Harari’s <i>Sapiens</i></li></ul>")).toEqual(works);
		expect(found(`<ul><li>Cal Newport's Deep Work</li><li>Yuval Noah Harari's Sapiens</li></ul>
			<h2>Places</h2><ul><li>New York's Best Pizza</li><li>San Francisco's Golden Gate</li></ul>
			<h2>Books</h2><ul><li>Cal Newport's new book on focus</li><li>Yuval Noah Harari's history of us</li></ul>`)).toEqual([]);
	});

	test('`Title (Year) by Name`: the year is the work\'s, not its title\'s', () => {
		expect(facts('<ul><li><b>Deep Work</b> (2016) by Cal Newport</li><li><b>Sapiens</b> (2011) by Yuval Noah Harari</li></ul>')).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport'], publishedAt: '2016'},
			{title: 'Sapiens', authors: ['Yuval Noah Harari'], publishedAt: '2011'},
		]);
	});

	test('`Title by Name. Publisher, Year.` names the publisher whatever its name; a sentence opening with a date does not', () => {
		expect(facts('<ul><li>Stoner by John Williams. Viking, 1965.</li><li>Sapiens by Yuval Noah Harari. Harper, 2015.</li></ul>')).toEqual([
			{title: 'Stoner', authors: ['John Williams'], publisher: 'Viking', publishedAt: '1965'},
			{title: 'Sapiens', authors: ['Yuval Noah Harari'], publisher: 'Harper', publishedAt: '2015'},
		]);
		expect(facts('<ul><li>Stoner by John Williams. In March, 2015 I read it.</li><li>Sapiens by Yuval Noah Harari</li></ul>')).toEqual([
			{title: 'Stoner', authors: ['John Williams']}, {title: 'Sapiens', authors: ['Yuval Noah Harari']},
		]);
	});
});

describe('brackets after an unlinked title', () => {
	test('`Title (Publisher, Year)` and `Title (Publisher)` name the publisher and year, not authors; a name stays an author', () => {
		expect(facts(`<ul><li>Deep Work (Grand Central, 2016)</li><li>Sapiens (Vintage)</li><li>Clean Code (Robert C. Martin)</li>
			<li>Stoner (Penguin Books, 1965)</li></ul>`)).toEqual([
			{title: 'Deep Work', publisher: 'Grand Central', publishedAt: '2016'},
			{title: 'Sapiens', publisher: 'Vintage'},
			{title: 'Clean Code', authors: ['Robert C. Martin']},
			{title: 'Stoner', publisher: 'Penguin Books', publishedAt: '1965'},
		]);
		expect(facts('<ul><li><a href="https://b.example/deep-work">Deep Work</a> (Picador, 2016)</li></ul>')).toEqual([
			{title: 'Deep Work', publisher: 'Picador', publishedAt: '2016'},
		]);
	});
});

describe('a note after the byline', () => {
	test('`Title by Name: a note` ends the names at the colon', () => {
		expect(facts(`<ul><li>Deep Work by Cal Newport: a book about focus and work.</li>
			<li>Sapiens by Yuval Noah Harari: the history of us, in one go.</li></ul>`)).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport']}, {title: 'Sapiens', authors: ['Yuval Noah Harari']},
		]);
	});
});

describe('a year after the people or the title', () => {
	test('`Title, Name (Year)`, `Title — Name (Year)`, `Name — Title (Year)` date the work', () => {
		expect(facts(`<ul><li>Deep Work, Cal Newport (2016)</li><li>Sapiens, Yuval Noah Harari (2011)</li></ul>
			<p>Then two more, each a line of its own, after a paragraph between the lists.</p>
			<ul><li>Educated — Tara Westover (2018)</li><li>Range — David Epstein (2019)</li></ul>
			<p>And the last two, with the author first this time, as the shop lists them.</p>
			<ul><li>Cal Newport — Digital Minimalism (2019)</li><li>Yuval Noah Harari — Nexus (2024)</li></ul>`)).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport'], publishedAt: '2016'},
			{title: 'Sapiens', authors: ['Yuval Noah Harari'], publishedAt: '2011'},
			{title: 'Educated', authors: ['Tara Westover'], publishedAt: '2018'},
			{title: 'Range', authors: ['David Epstein'], publishedAt: '2019'},
			{title: 'Digital Minimalism', authors: ['Cal Newport'], publishedAt: '2019'},
			{title: 'Nexus', authors: ['Yuval Noah Harari'], publishedAt: '2024'},
		]);
	});
});
