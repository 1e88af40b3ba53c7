import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://blog.example/posts/books-i-loved/';
const post = (body: string) => `<html><head><title>Books I loved</title></head><body><article><h1>Books I loved this year</h1>
<p>Here is what I read and would give to a friend, with a line on each where I had one.</p>${body}<p>Thanks for reading.</p></article></body></html>`;
const found = (body: string) => harvest(new JSDOM(post(body), {url}).window.document, url)
	.map(i => ({title: i.title, authors: i.authors, contributors: i.contributors, publisher: i.publisher,
		publishedAt: i.publishedAt}));

describe('works listed without links', () => {
	test('a Markdown list of "Title - Author" (dashes of any width, several authors)', () => {
		expect(found(`<h2>Books</h2><ul><li>Designing Data-Intensive Applications - Martin Kleppmann</li>
			<li>The Pragmatic Programmer – Andrew Hunt and David Thomas</li><li>Thinking in Systems — Donella Meadows</li></ul>`)).toEqual([
			{title: 'Designing Data-Intensive Applications', authors: ['Martin Kleppmann']},
			{title: 'The Pragmatic Programmer', authors: ['Andrew Hunt', 'David Thomas']},
			{title: 'Thinking in Systems', authors: ['Donella Meadows']},
		].map(w => ({...w, contributors: undefined, publisher: undefined, publishedAt: undefined})));
	});

	test('a numbered list, the publisher and year read from each item', () => {
		const items = found(`<ol><li>Refactoring - Martin Fowler (Addison-Wesley, 2018)</li><li>Working Effectively with Legacy Code - Michael Feathers (Prentice Hall, 2004)</li></ol>`);
		expect(items).toMatchObject([
			{title: 'Refactoring', authors: ['Martin Fowler'], publisher: 'Addison-Wesley', publishedAt: '2018'},
			{title: 'Working Effectively with Legacy Code', authors: ['Michael Feathers'], publisher: 'Prentice Hall',
				publishedAt: '2004'},
		]);
	});

	test('a title set apart in bold or italics before the author, and an author in brackets; initials are part of a name', () => {
		const works = [
			{title: 'Clean Code', authors: ['Robert C. Martin']},
			{title: 'Refactoring', authors: ['Martin Fowler']},
		];
		expect(found('<ul><li><strong>Clean Code</strong> — Robert C. Martin</li><li><strong>Refactoring</strong> — Martin Fowler</li></ul>')).toMatchObject(works);
		expect(found('<ul><li><em>Clean Code</em>, Robert C. Martin</li><li><em>Refactoring</em>, Martin Fowler</li></ul>')).toMatchObject(works);
		expect(found('<ul><li>Clean Code (Robert C. Martin, 2008)</li><li>Refactoring (Martin Fowler, 1999)</li></ul>')).toMatchObject(works);
		expect(found('<ul><li><em>Note</em>, this part matters</li><li><b>Tip</b> - read it twice</li></ul>')).toEqual([]);
	});

	test('one unlinked "Title - Name" line alone is a caption or a credit, not a list of works; a handle is not a name', () => {
		expect(found('<ul><li>Sunset over the bay - Ann Writer</li></ul><p>More text follows here, in its own paragraph.</p>')).toEqual([]);
		expect(found('<ul><li>Terrain updates - TOGoS</li><li>Stock image - Shutterstock</li></ul>')).toEqual([]);
	});

	test('a table of Title | Author', () => {
		expect(found(`<table><tr><th>Title</th><th>Author</th></tr><tr><td>Gödel, Escher, Bach</td><td>Douglas Hofstadter</td></tr>
			<tr><td>The Design of Everyday Things</td><td>Don Norman</td></tr></table>`)).toMatchObject([
			{title: 'Gödel, Escher, Bach', authors: ['Douglas Hofstadter']},
			{title: 'The Design of Everyday Things', authors: ['Don Norman']},
		]);
	});

	test('《》 titles with 著 and 译 in the same item', () => {
		expect(found('<ul><li>《深入理解计算机系统》 Randal E. Bryant 著，龚奕利 译</li><li>《人月神话》[美] 布鲁克斯 著；汪颖 译</li></ul>')).toMatchObject([
			{title: '深入理解计算机系统', authors: ['Randal E. Bryant'], contributors: [{name: '龚奕利', role: 'translator'}]},
			{title: '人月神话', authors: ['布鲁克斯'], contributors: [{name: '汪颖', role: 'translator'}]},
		]);
	});

	test('`《三体》，刘慈欣，重庆出版社，2008`: after a comma, a name opening with a surname is the author', () => {
		expect(found('<ol><li>《三体》，刘慈欣，重庆出版社，2008</li><li>《活着》, 余华, 作家出版社, 2012</li></ol>')).toMatchObject([
			{title: '三体', authors: ['刘慈欣'], publisher: '重庆出版社', publishedAt: '2008'},
			{title: '活着', authors: ['余华'], publisher: '作家出版社', publishedAt: '2012'},
		]);
		expect(found('<ol><li>《三体》，科幻小说</li><li>《活着》，推荐</li></ol>').map(w => w.authors)).toEqual([undefined, undefined]);
	});

	test('a catalogue\'s line of facts between spaced slashes: title / people (with roles) / publisher / year', () => {
		expect(found(`<ul><li>深入理解计算机系统（原书第3版） / [美] Randal E. Bryant 著 / 龚奕利 译 / 机械工业出版社 / 2016</li>
			<li>三体 / 刘慈欣 / 重庆出版社 / 2008-1</li><li>Sapiens / Yuval Noah Harari / Harper / 2015</li></ul>`)).toMatchObject([
			{title: '深入理解计算机系统', authors: ['Randal E. Bryant'], contributors: [{name: '龚奕利', role: 'translator'}],
				publisher: '机械工业出版社', publishedAt: '2016'},
			{title: '三体', authors: ['刘慈欣'], publisher: '重庆出版社', publishedAt: '2008-01'},
			{title: 'Sapiens', authors: ['Yuval Noah Harari'], publisher: 'Harper', publishedAt: '2015'},
		]);
		expect(found('<ul><li>Home / Blog / About / 2016</li><li>input / output / error / 2020</li></ul>')).toEqual([]);
	});

	test('a GB/T reference without its type code, in a list of such lines: `刘慈欣. 三体. 重庆出版社, 2008.`', () => {
		expect(found('<ol><li>刘慈欣. 三体. 重庆出版社, 2008.</li><li>余华. 活着. 北京: 作家出版社, 2012.</li></ol>')).toMatchObject([
			{title: '三体', authors: ['刘慈欣'], publisher: '重庆出版社', publishedAt: '2008'},
			{title: '活着', authors: ['余华'], publisher: '作家出版社', publishedAt: '2012'},
		]);
		expect(found('<ol><li>我读了很多书. 最喜欢的是这本. 重庆出版社出版于2008年.</li></ol>')).toEqual([]);
	});

	test('《》 titles after their people (`余华《活着》`, `[美] 布鲁克斯：《人月神话》`); a word before the title is no one', () => {
		expect(found('<ul><li>余华《活着》</li><li>尤瓦尔·赫拉利：《人类简史》</li><li>[美] 布鲁克斯 的《人月神话》</li></ul>')).toMatchObject([
			{title: '活着', authors: ['余华']}, {title: '人类简史', authors: ['尤瓦尔·赫拉利']}, {title: '人月神话', authors: ['布鲁克斯']},
		]);
		expect(found('<ul><li>推荐《活着》</li><li>必读：《三体》</li></ul>').map(w => w.authors)).toEqual([undefined, undefined]);
	});

	test('a list item\'s one bar parts the title and the people as a dash does; a menu\'s bars do not', () => {
		expect(found('<ul><li>Deep Work | Cal Newport</li><li>Sapiens | Yuval Noah Harari</li></ul>')).toMatchObject([
			{title: 'Deep Work', authors: ['Cal Newport']}, {title: 'Sapiens', authors: ['Yuval Noah Harari']},
		]);
		expect(found('<ul><li>Home | About</li><li>Blog | Contact</li></ul>')).toEqual([]);
	});

	test('a line that is not a work (a dash between two plain words, a sentence) is not harvested', () => {
		expect(found('<ul><li>Read slowly - it helps</li><li>Coffee - lots of it</li><li>Take notes as you go - they add up over a year</li></ul>')).toEqual([]);
	});
});

describe('a curated list mixing links to works with links to tools and sites', () => {
	test('the works are kept, with their people; the tools and the sites are not', () => {
		const items = found(`<h2>Resources</h2><ul>
			<li><a href="https://www.docker.com/">Docker</a> - Container platform for shipping apps.</li>
			<li><a href="https://news.ycombinator.com/">Hacker News</a> - A news site for hackers.</li>
			<li><a href="https://sicp.example.org/">Structure and Interpretation of Computer Programs</a> - Harold Abelson and Gerald Jay Sussman</li>
			<li><a href="https://www.youtube.com/watch?v=abc">The Mother of All Demos</a> - Douglas Engelbart's 1968 talk.</li>
			<li><a href="https://www.crafting.example/">Crafting Interpreters</a> by Robert Nystrom</li></ul>`);
		expect(items.map(i => i.title)).toEqual(['Structure and Interpretation of Computer Programs', 'The Mother of All Demos', 'Crafting Interpreters']);
		expect(items[0]!.authors).toEqual(['Harold Abelson', 'Gerald Jay Sussman']);
		expect(items[2]!.authors).toEqual(['Robert Nystrom']);
	});
});

describe('lists written without list markup, tables headed in other words, and home pages in curated lists', () => {
	test('numbered lines of one paragraph, broken by <br>, are a list: each line is read as an item', () => {
		expect(found('<p>1. Sapiens - Yuval Noah Harari<br>2. Educated - Tara Westover<br>3. Thinking, Fast and Slow - Daniel Kahneman</p>')).toMatchObject([
			{title: 'Sapiens', authors: ['Yuval Noah Harari']}, {title: 'Educated', authors: ['Tara Westover']},
			{title: 'Thinking, Fast and Slow', authors: ['Daniel Kahneman']},
		]);
		expect(found('<p>1、《万历十五年》黄仁宇 著<br>2、《乡土中国》费孝通 著</p>')).toMatchObject([
			{title: '万历十五年', authors: ['黄仁宇']}, {title: '乡土中国', authors: ['费孝通']},
		]);
	});

	test('a work\'s details on lines (作者: X<br>出版社: Y) stay one block; prose lines are not a list', () => {
		expect(found('<h3>Kubernetes 权威指南</h3><div>作者: 龚正<br>出版社: 电子工业出版社<br>出版年: 2016-10</div>')).toMatchObject([
			{title: 'Kubernetes 权威指南', authors: ['龚正'], publisher: '电子工业出版社', publishedAt: '2016-10'},
		]);
		expect(found('<p>We walked to the harbour at dawn<br>and the boats were already out - Ann said<br>it would rain by noon</p>')).toEqual([]);
	});

	test('a table headed Book | Author(s) | Publisher | Year, and one headed Course | Platform | Instructor', () => {
		expect(found(`<table><tr><th>Book</th><th>Author(s)</th><th>Publisher</th><th>Year</th></tr>
			<tr><td>The Soul of a New Machine</td><td>Tracy Kidder</td><td>Little, Brown</td><td>1981</td></tr></table>`)).toMatchObject([
			{title: 'The Soul of a New Machine', authors: ['Tracy Kidder'], publisher: 'Little, Brown', publishedAt: '1981'},
		]);
		const courses = harvest(new JSDOM(post(`<table><tr><th>Course</th><th>Platform</th><th>Instructor</th></tr>
			<tr><td>Learning How to Learn</td><td>Coursera</td><td>Barbara Oakley</td></tr></table>`), {url}).window.document, url);
		expect(courses).toMatchObject([
			{title: 'Learning How to Learn', kind: 'course', provider: 'Coursera', authors: ['Barbara Oakley']},
		]);
	});

	test('an edition note between the 《title》 and its author does not hide the author', () => {
		expect(found('<ul><li>《编程珠玑》（第2版）Jon Bentley 著</li><li>《代码大全》（第2版）Steve McConnell 著</li></ul>')).toMatchObject([
			{title: '编程珠玑', authors: ['Jon Bentley']}, {title: '代码大全', authors: ['Steve McConnell']},
		]);
	});

	test('in a curated list, a link to a site\'s home page is a work only when its line says it is a book or a course or names its authors', () => {
		const titles = (body: string) => found(`<h2>Resources</h2><ul>${body}</ul>`).map(w => w.title);
		expect(titles(`<li><a href="https://git-scm.com/">Git</a> — distributed version control.</li>
			<li><a href="https://stackoverflow.com/">Stack Overflow</a></li><li><a href="https://jvns.ca/">Julia Evans' blog</a> — zines and posts</li>`)).toEqual([]);
		expect(titles(`<li><a href="https://learnyouahaskell.com/">Learn You a Haskell for Great Good!</a> — a gentle Haskell book</li>
			<li><a href="https://craftinginterpreters.com/">Crafting Interpreters</a> by Robert Nystrom</li>
			<li><a href="https://missing.csail.mit.edu/">The Missing Semester</a> — a course on the tools</li>
			<li><a href="https://www.manning.com/books/grokking-algorithms">Grokking Algorithms</a></li>`))
			.toEqual(['Learn You a Haskell for Great Good!', 'Crafting Interpreters', 'The Missing Semester', 'Grokking Algorithms']);
	});
});

describe('citations in list items, and each work\'s facts read from its own item', () => {
	test('an unlinked citation naming a publisher: `Title (Surname, Surname, Publisher, Year)`, `Title, Name, Publisher, Year`', () => {
		expect(found(`<ul><li><em>The Elements of Statistical Learning</em> (Hastie, Tibshirani, Friedman, Springer, 2009)</li>
			<li>The Art of Computer Programming, Donald Knuth, Addison-Wesley, 1968</li></ul>`)).toMatchObject([
			{title: 'The Elements of Statistical Learning', authors: ['Hastie', 'Tibshirani', 'Friedman'],
				publisher: 'Springer', publishedAt: '2009'},
			{title: 'The Art of Computer Programming', authors: ['Donald Knuth'], publisher: 'Addison-Wesley', publishedAt: '1968'},
		]);
		// Without a publisher, a comma after a plain title is a sentence
		expect(found('<ul><li>Note to self, Ann Lee said so</li><li>Coffee first, then Bob Smith</li></ul>')).toEqual([]);
	});

	test('a linked title then `by Name — a note`, or `(Name, Publisher, Year)`', () => {
		expect(found(`<ol><li><a href="https://www.goodreads.com/book/show/1">Data Science from Scratch</a> by Joel Grus — the one I start people on.</li>
			<li><a href="https://www.amazon.com/dp/1098125975">Hands-On Machine Learning</a> (Aurélien Géron, O'Reilly, 2022)</li></ol>`)).toMatchObject([
			{title: 'Data Science from Scratch', authors: ['Joel Grus']},
			{title: 'Hands-On Machine Learning', authors: ['Aurélien Géron'], publisher: 'O\'Reilly', publishedAt: '2022'},
		]);
	});

	test('`Title (Name) — a note`: the title ends at the brackets; an unlinked line among linked works is in a list', () => {
		expect(found(`<ol><li><a href="https://www.goodreads.com/book/show/1">Data Science from Scratch</a> by Joel Grus</li>
			<li>Storytelling with Data (Cole Nussbaumer Knaflic) — how to make a chart that says something.</li></ol>`).map(w => [w.title, w.authors]))
			.toEqual([['Data Science from Scratch', ['Joel Grus']], ['Storytelling with Data', ['Cole Nussbaumer Knaflic']]]);
	});

	test('short paragraphs opening with a bold title: `**Title**, Name (Publisher, Year).`', () => {
		expect(found('<p><strong>The Dispossessed</strong> by Ursula K. Le Guin. Slow.</p><p><strong>Piranesi</strong>, Susanna Clarke (Bloomsbury, 2020). Strange.</p>'))
			.toMatchObject([
				{title: 'The Dispossessed', authors: ['Ursula K. Le Guin']},
				{title: 'Piranesi', authors: ['Susanna Clarke']},
			]);
	});

	test('the post\'s closing `Written by` line after a list is not the last item\'s author', () => {
		const items = found(`<h2>Podcasts</h2><ul><li><a href="https://lineardigressions.example/">Linear Digressions</a> — a podcast on ML</li></ul>
			<p>Written by Priya Raman - data lead at Example Corp.</p>`);
		expect(items).toMatchObject([{title: 'Linear Digressions', authors: undefined}]);
	});

	test('a tools section: home pages described by what they do, in any language, are not works, nor a code host\'s page',
		() => {
			const items = found(`<h2>工具和网站</h2><ul><li><a href="https://caniuse.com/">Can I use</a> - 查兼容性</li>
				<li><a href="https://code.visualstudio.com/">VS Code</a> - 编辑器</li><li><a href="https://github.com/vitejs/vite">Vite</a> - 构建工具</li></ul>`);
			expect(items).toEqual([]);
		});

	test('nor under a heading whose section is under `Tools`; a code host\'s page of a work\'s people still is one', () => {
		const items = found(`<h2>Tools</h2><h3>Metrics</h3><ul><li><a href="https://github.com/prometheus/prometheus">Prometheus</a>
			- The monitoring system and time series database.</li><li><a href="https://github.com/thanos-io/thanos">Thanos</a>
			- Highly available Prometheus setup.</li></ul><h3>Tracing</h3><ul><li><a href="https://github.com/a/tracing-book">
			Tracing in Practice</a> - Ann Lee and Bo Chen (2024)</li><li><a href="https://github.com/jaegertracing/jaeger">
			Jaeger</a> - CNCF distributed tracing platform.</li></ul>`);
		expect(items.map(w => [w.title, w.authors])).toEqual([['Tracing in Practice', ['Ann Lee', 'Bo Chen']]]);
	});
});

describe('people as lists write them', () => {
	test('labels in one line: a label\'s names end at the next label', () => {
		expect(found('<p>1.《被讨厌的勇气》 作者：岸见一郎 / 古贺史健 译者：渠海霞</p><p>2.《置身事内》 作者：兰小欢 出版社：上海人民出版社</p>')).toMatchObject([
			{title: '被讨厌的勇气', authors: ['岸见一郎', '古贺史健'], contributors: [{name: '渠海霞', role: 'translator'}]},
			{title: '置身事内', authors: ['兰小欢'], publisher: '上海人民出版社'},
		]);
	});

	test('a list item\'s `<a>Title</a>, Name and Name`; in running text a comma goes on with the sentence', () => {
		expect(found(`<ul><li><a href="https://www.goodreads.com/book/show/4099">The Pragmatic Programmer</a>, Andrew Hunt and David Thomas</li>
			<li><a href="https://www.goodreads.com/book/show/85009">Design Patterns</a>, Erich Gamma, Richard Helm (Addison-Wesley, 1994)</li></ul>`)).toMatchObject([
			{title: 'The Pragmatic Programmer', authors: ['Andrew Hunt', 'David Thomas']},
			{title: 'Design Patterns', authors: ['Erich Gamma', 'Richard Helm'], publisher: 'Addison-Wesley',
				publishedAt: '1994'},
		]);
		expect(found('<p>Sources: Wikimedia Commons, <a href="https://www.flickr.com/photos/1">the Association</a>, MIT Museum</p>')).toEqual([]);
	});

	test('a dash clause\'s names end where something else starts (`— Gary Bernhardt, CodeMash 2012`)', () => {
		expect(found('<ul><li><a href="https://talks.example/wat">Wat</a> — Gary Bernhardt, CodeMash 2012</li></ul>')).toMatchObject([
			{title: 'Wat', authors: ['Gary Bernhardt']},
		]);
	});

	test('after a byline, `(Publisher, Year)` names the publisher whatever its name; a format or an edition does not', () => {
		expect(found(`<dl><dt>Accelerate</dt><dd>by Nicole Forsgren, Jez Humble and Gene Kim (IT Revolution, 2018).</dd>
			<dt>Dune</dt><dd>by Frank Herbert (Hardcover, 2019).</dd></dl>`)).toMatchObject([
			{title: 'Accelerate', authors: ['Nicole Forsgren', 'Jez Humble', 'Gene Kim'], publisher: 'IT Revolution',
				publishedAt: '2018'},
			{title: 'Dune', authors: ['Frank Herbert'], publisher: undefined},
		]);
	});

	test('a list item\'s label naming a kind of work (`Talks`) heads its nested list; the outer heading holds after it', () => {
		const kinds = (body: string) => harvest(new JSDOM(post(body), {url}).window.document, url)
			.map(w => [w.title, w.kind]);
		expect(kinds(`<h2>Books</h2><ul><li>Talks<ul><li><a href="https://talks.example/wat">Wat</a> — Gary Bernhardt</li></ul></li>
			<li><a href="https://books.example/dune">Dune</a> — Frank Herbert</li></ul>`)).toEqual([['Wat', 'video'], ['Dune', 'book']]);
	});

	test('a list of 《titles》 followed by `：Name`: a name opening with a surname, not a word (`：推荐`)', () => {
		expect(found('<ul><li><strong>《活着》</strong>：余华</li><li><strong>《长安的荔枝》</strong>：马伯庸</li><li>《某书》：推荐</li></ul>')).toMatchObject([
			{title: '活着', authors: ['余华']}, {title: '长安的荔枝', authors: ['马伯庸']}, {title: '某书', authors: undefined},
		]);
	});

	test('a definition list\'s term and its `by` description; a numbered heading and the byline further on in the line under it', () => {
		expect(found('<dl><dt>Release It!</dt><dd>by Michael T. Nygard. How systems fail.</dd></dl>')).toMatchObject([
			{title: 'Release It!', authors: ['Michael T. Nygard']},
		]);
		expect(found('<h3>2. The Phoenix Project</h3><p>A novel about IT, by Gene Kim, Kevin Behr and George Spafford.</p>')).toMatchObject([
			{title: 'The Phoenix Project', authors: ['Gene Kim', 'Kevin Behr', 'George Spafford']},
		]);
	});
});

test('a sentence naming two titles set apart, each with its byline: `<em>A</em> by X and <em>B</em> by Y and Z`', () => {
	expect(found(`<ul><li><a href="https://books.example/a">Accelerate</a> by Nicole Forsgren</li></ul>
		<p>Honourable mentions: <em>The Mythical Man-Month</em> by Fred Brooks and <em>Peopleware</em> by Tom DeMarco and
		Timothy Lister, both older than most of my team.</p>`).slice(1)).toEqual([
		{title: 'The Mythical Man-Month', authors: ['Fred Brooks']},
		{title: 'Peopleware', authors: ['Tom DeMarco', 'Timothy Lister']},
	].map(w => ({...w, contributors: undefined, publisher: undefined, publishedAt: undefined})));
});

describe('what a listed work is', () => {
	const kinds = (body: string) => harvest(new JSDOM(post(body), {url}).window.document, url)
		.map(i => [i.title, i.kind]);

	test('a word that names a kind is a plain word of the title when a phrase runs on from it', () => {
		expect(kinds(`<ul><li>“Lessons in Chemistry” – Bonnie Garmus</li>
			<li>“What I Talk About When I Talk About Running” – Haruki Murakami</li>
			<li>“A Course in Miracles” – Helen Schucman</li></ul>`)).toEqual([
			['Lessons in Chemistry', 'book'], ['What I Talk About When I Talk About Running', 'book'],
			['A Course in Miracles', 'book'],
		]);
	});

	test('a word that closes the title still names its kind', () => {
		expect(kinds(`<ul><li>“Lessons in Chemistry” – Bonnie Garmus</li><li>“Systems Design Talks” – Ben Reader</li>
			<li>“Talk to Me” – Ann Lindqvist</li></ul>`)).toEqual([
			['Lessons in Chemistry', 'book'], ['Systems Design Talks', 'video'], ['Talk to Me', 'book'],
		]);
	});
	test('video games are no videos', () => {
		// (a thread: no heading above says what its works are)
		const tweet = (text: string) => `<div class="tweet"><div class="content-tweet">${text}</div></div>`;
		const thread = `<html><head><title>Thread</title></head><body><div class="t-main">${tweet('The best books I read'
			+ ' this year, one tweet each')}${tweet('1/ Tomorrow, and Tomorrow, and Tomorrow by Gabrielle Zevin. A love story'
			+ ' about making video games, and the best novel about friendship I have read.')}${tweet('2/ The Wager by David'
			+ ' Grann. Shipwreck, mutiny, court martial.')}</div></body></html>`;
		const at = 'https://threads.example/t/1';
		expect(harvest(new JSDOM(thread, {url: at}).window.document, at).map(i => [i.title, i.kind])).toEqual([
			['Tomorrow, and Tomorrow, and Tomorrow', 'book'], ['The Wager', 'book']]);
	});

});

describe('a description after a dash is no one\'s name', () => {
	test('a word alone before the clause goes on in lower case, or a sentence\'s `Like`, names no one', () => {
		const items = found(`<h2>Reading</h2><ul><li><a href="https://a.example/tsdb">VictoriaMetrics</a> - Fast,
			cost-effective Prometheus-compatible TSDB.</li><li><a href="https://b.example/loki">Loki</a> - Like Prometheus,
			but for logs.</li><li><a href="https://c.example/paper">Attention Is All You Need</a> - Vaswani et al., 2017.</li>
			</ul>`);
		expect(items.map(w => [w.title, w.authors])).toEqual([
			['VictoriaMetrics', undefined], ['Loki', undefined], ['Attention Is All You Need', ['Vaswani']],
		]);
	});
});

describe('links a Chinese sentence installs, looks up or sits are no works', () => {
	test('`装 <a>…</a>`, `去 <a>…</a> 上看`, a title ending in 文档 or 认证', () => {
		const items = found(`<h2>课程</h2><p>动手环境推荐直接装 <a href="https://www.docker.com/products/docker-desktop/">Docker
			Desktop</a>。官方文档：<a href="https://kubernetes.io/zh-cn/docs/home/">Kubernetes 中文文档</a>。打算考
			<a href="https://training.example.org/cka/">CKA 认证</a> 的话，先学 <a href="https://time.geekbang.org/column/intro/100015201">深入剖析
			Kubernetes</a>。工具太多，去 <a href="https://landscape.cncf.io/">CNCF Landscape</a> 上看。</p>`);
		expect(items.map(w => w.title)).toEqual(['深入剖析 Kubernetes']);
	});
});
