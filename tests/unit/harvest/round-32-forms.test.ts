import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

const facts = (body: string, lang?: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt]);

describe('a Korean list of books, each heading `N. Author, 『Title』` over its imprint', () => {
	test('the names before the title are its author; the paragraph opening `출판사, 2007.` its imprint', () => {
		expect(facts(`<h3>1. 한강, 『채식주의자』</h3><p>창비, 2007. 다시 읽었는데 훨씬 무서웠다.</p>
			<h3>2. 김영하, 『살인자의 기억법』</h3><p>문학동네, 2013. 두 시간이면 다 읽는다.</p>`, 'ko')).toEqual([
			['채식주의자', ['한강'], undefined, '창비', '2007'],
			['살인자의 기억법', ['김영하'], undefined, '문학동네', '2013'],
		]);
	});

	test('a label closed by its stop before the names (`번외.`), a translator credited before the imprint', () => {
		expect(facts(`<h3>번외. 유발 하라리, 『사피엔스』</h3><p>조현욱 옮김, 김영사, 2015. 소설은 아니지만 넣었다.</p>`, 'ko'))
			.toEqual([['사피엔스', ['유발 하라리'], [{name: '조현욱', role: 'translator'}], '김영사', '2015']]);
	});

	test('a paragraph opening with a sentence that has a year in it gives no imprint', () => {
		expect(facts(`<h3>1. 한강, 『채식주의자』</h3><p>정말 좋았다, 2019년에 처음 읽었다.</p>`, 'ko')).toEqual([
			['채식주의자', ['한강'], undefined, undefined, undefined],
		]);
	});

	test('a store button in the imprint\'s line (`예스24에서 보기`) is the book\'s page, the imprint still read', () => {
		expect(readPost(`<h3>4. 김초엽, 『우리가 빛의 속도로 갈 수 없다면』</h3><p>허블, 2019.
			<a href="https://www.yes24.com/Product/Goods/74261416">예스24에서 보기</a>. 첫 책으로 권한다.</p>`, 'ko')
			.map(w => [w.title, w.url, w.publisher])).toEqual([
			['우리가 빛의 속도로 갈 수 없다면', 'https://www.yes24.com/Product/Goods/74261416', '허블'],
		]);
	});
});

describe('a Chinese post crediting each book in the paragraph under its numbered heading', () => {
	test('`A 著，B、C 译，出版社，2015。` then a comment, with no nationality before the names, is the credit', () => {
		expect(facts(`<h2>一、基础</h2><h3>1. 《你不知道的JavaScript（上卷）》</h3>
			<p>Kyle Simpson 著，赵望野、梁杰 译，人民邮电出版社，2015。作用域、闭包讲得最透的一本。</p>
			<h3>2. 《深入理解计算机系统（原书第3版）》</h3>
			<p>Randal E. Bryant、David R. O'Hallaron 著，龚奕利、贺莲 译，机械工业出版社，2016。很厚。</p>`, 'zh')).toEqual([
			['你不知道的JavaScript（上卷）', ['Kyle Simpson'],
				[{name: '赵望野', role: 'translator'}, {name: '梁杰', role: 'translator'}], '人民邮电出版社', '2015'],
			['深入理解计算机系统（原书第3版）', ['Randal E. Bryant', "David R. O'Hallaron"],
				[{name: '龚奕利', role: 'translator'}, {name: '贺莲', role: 'translator'}], '机械工业出版社', '2016'],
		]);
	});

	test('a comment that calls the book a classic (`这本书是他的名著，`) credits no one', () => {
		expect(facts(`<h3>1. 《代码整洁之道》</h3><p>这本书是他的名著，值得一读。</p>`, 'zh')).toEqual([
			['代码整洁之道', undefined, undefined, undefined, undefined],
		]);
	});
});

describe('a heading naming a course platform over a list of its courses', () => {
	test('the platform publishes each course; the heading is no course of its own', () => {
		expect(facts(`<h3>5. 《图解HTTP》</h3><p>上野宣 著，于均良 译，人民邮电出版社，2014。</p><h3>6. 极客时间专栏</h3><ul>
			<li><a href="https://time.geekbang.org/column/intro/100017301">《数据结构与算法之美》</a> —— 王争，讲得很工程化。</li>
			<li><a href="https://time.geekbang.org/column/intro/100033601">《浏览器工作原理与实践》</a> —— 李兵，必看。</li>
			</ul><h3>7. 《代码整洁之道》</h3><p>Robert C. Martin 著，韩磊 译，人民邮电出版社，2010。</p>`, 'zh')
			.filter(([title]) => !/HTTP|整洁/.test(title as string))).toEqual([
			['数据结构与算法之美', ['王争'], undefined, '极客时间', undefined],
			['浏览器工作原理与实践', ['李兵'], undefined, '极客时间', undefined],
		]);
	});
});

describe('a link to the site\'s own other post', () => {
	test('at the page\'s address but its last part, with nothing said of it, is no recommended work', () => {
		const own = 'https://blog.example/2026/another-post';
		expect(readPost(`<ul><li><a href="https://dataintensive.net/">Designing Data-Intensive Applications</a> by Martin
			Kleppmann</li></ul><p>我之前写的<a href="${own}">《前端面试复盘》</a>也可以参考。</p>`, 'zh').map(w => w.title))
			.toEqual(['Designing Data-Intensive Applications']);
	});

	test('a repository of the same owner as the page\'s is still a work', () => {
		const page = 'https://github.com/someone/awesome';
		const doc = new JSDOM(`<html><body><article><h1>Awesome</h1><ul>
			<li><a href="https://github.com/someone/other-tool">someone/other-tool</a> - a tool I wrote</li>
			<li><a href="https://github.com/rust-lang/rustlings">rust-lang/rustlings</a> - exercises</li>
			</ul></article></body></html>`, {url: page}).window.document;
		expect(harvest(doc, page).map(w => w.title)).toContain('someone/other-tool');
	});
});

describe('a year in brackets after a linked work\'s venue or its byline', () => {
	test('`Name’s <a>“Title”</a> (Venue, 2011)`: the comma before the year still dates the work', () => {
		expect(facts(`<h2>Talks</h2><p>Rich Hickey’s <a href="https://www.infoq.com/presentations/Simple-Made-Easy/">“Simple
			Made Easy”</a> (Strange Loop, 2011) gave me the vocabulary I was missing.</p>`)).toEqual([
			['Simple Made Easy', ['Rich Hickey'], undefined, undefined, '2011'],
		]);
	});

	test('`<a>“Title”</a> by A and B (2006), which…`: the year right after the names is the work\'s', () => {
		expect(facts(`<h2>Papers</h2><p>It pairs well with <a href="http://curtclifton.net/papers/MoseleyMarks06a.pdf">“Out
			of the Tar Pit”</a> by Ben Moseley and Peter Marks (2006), which makes the same argument.</p>`)).toEqual([
			['Out of the Tar Pit', ['Ben Moseley', 'Peter Marks'], undefined, undefined, '2006'],
		]);
	});
});

describe('a linked essay cited author first in a section naming several kinds', () => {
	test('`Name, <a>“Title”</a> (2000)`: the name is its author; a dated permalink there is an article', () => {
		expect(readPost(`<h2>Talks and papers</h2><p>Joel Spolsky,
			<a href="https://www.joelonsoftware.com/2000/04/06/things-you-should-never-do-part-i/">“Things You Should Never
			Do, Part I”</a> (2000).</p>`).map(w => [w.title, w.kind, w.authors, w.publishedAt])).toEqual([
			['Things You Should Never Do, Part I', 'article', ['Joel Spolsky'], '2000'],
		]);
	});
});

describe('a course linked `from School (A, B and C)`', () => {
	test('the school publishes it, the names in brackets made it, and it stays a course', () => {
		expect(readPost(`<h2>Courses</h2><p><a href="https://missing.csail.mit.edu/">The Missing Semester of Your CS
			Education</a> from MIT (Anish Athalye, Jon Gjengset and Jose Javier Gonzalez Ortiz) is the course I wish I’d
			taken.</p>`).map(w => [w.title, w.kind, w.authors, w.publisher])).toEqual([
			['The Missing Semester of Your CS Education', 'course',
				['Anish Athalye', 'Jon Gjengset', 'Jose Javier Gonzalez Ortiz'], 'MIT'],
		]);
	});
});

describe('a show linked in a Korean sentence', () => {
	test('its kind before the link, its hosts (`A 작가와 B 시인이 진행하는`) and its owner (`X의 … 팟캐스트`) after', () => {
		expect(readPost(`<p>책 이야기를 듣는 게 좋다면 팟캐스트 <a href="https://www.podbbang.com/channels/1771386">〈책읽아웃〉</a>도
			추천한다. 김하나 작가와 오은 시인이 진행하는 예스24의 책 팟캐스트로, 출퇴근길에 듣기 좋다.</p>`, 'ko')
			.map(w => [w.title, w.kind, w.authors, w.publisher])).toEqual([['책읽아웃', 'podcast', ['김하나', '오은'], '예스24']]);
	});

	test('a link with neither its kind before it nor its hosts after is no show', () => {
		expect(readPost(`<p>사진은 <a href="https://photos.example/album/12">〈앨범〉</a>에 올려 두었다.</p>`, 'ko')).toEqual([]);
	});
});

describe('a paper cited author first whose only link is a label in brackets', () => {
	const cited = (body: string) => readPost(body).map(w => [w.title, w.url, w.kind, w.authors, w.publishedAt]);

	test('ACL\'s order, `A and B. 2009. Title. <i>Venue</i>. [pdf]`: the title is the text, the label\'s link its url', () => {
		expect(cited(`<h2>Readings</h2><ul><li>Stephen Robertson and Hugo Zaragoza. 2009. The Probabilistic Relevance
			Framework: BM25 and Beyond. <em>Foundations and Trends in Information Retrieval</em> 3(4):333–389.
			[<a href="https://example.org/bm25.pdf">pdf</a>]</li>
			<li>Rodrigo Nogueira and Kyunghyun Cho. 2019. Passage Re-ranking with BERT. <em>arXiv:1901.04085</em>.
			[<a href="https://arxiv.org/abs/1901.04085">arXiv</a>]</li></ul>`)).toEqual([
			['The Probabilistic Relevance Framework: BM25 and Beyond', 'https://example.org/bm25.pdf', 'paper',
				['Stephen Robertson', 'Hugo Zaragoza'], '2009'],
			['Passage Re-ranking with BERT', 'https://arxiv.org/abs/1901.04085', 'paper',
				['Rodrigo Nogueira', 'Kyunghyun Cho'], '2019'],
		]);
	});

	test('the year closing the venue, initials before the surnames: `A. Name and B. Name. Title. Venue, 2019. [pdf]`', () => {
		expect(cited(`<h2>Readings</h2><ul><li>J. Dean and S. Ghemawat. MapReduce: Simplified Data Processing on Large
			Clusters. OSDI, 2004. [<a href="https://example.org/mapreduce.pdf">pdf</a>]</li>
			<li>L. Lamport. Paxos Made Simple. SIGACT News, 2001. [<a href="https://example.org/paxos.pdf">slides</a>]</li>
			</ul>`)).toEqual([
			['MapReduce: Simplified Data Processing on Large Clusters', 'https://example.org/mapreduce.pdf', 'paper',
				['J. Dean', 'S. Ghemawat'], '2004'],
			['Paxos Made Simple', 'https://example.org/paxos.pdf', 'paper', ['L. Lamport'], '2001'],
		]);
	});

	test('a sentence with names and a year before a `[pdf]` of slides is no citation without a venue after its title', () => {
		expect(cited(`<ul><li>Thanks to Ann Lee. Slides from 2019. [<a href="https://example.org/s.pdf">pdf</a>]</li>
			</ul>`).map(([title]) => title)).not.toContain('Slides from 2019');
	});
});

describe('a list item opening with a bold label closed by a stop that names its kind', () => {
	test('`<b>Papers.</b> A and B, <a>“Title”</a> (2006).` is a paper by A and B; `<b>A talk.</b>` a talk', () => {
		expect(readPost(`<h2>Not books, but they belong here</h2><ul><li><strong>Papers.</strong> Ben Moseley and Peter
			Marks, <a href="https://curtclifton.net/papers/MoseleyMarks06a.pdf">“Out of the Tar Pit”</a> (2006). The
			first half is the clearest thing written on the subject.</li><li><strong>A talk.</strong> Gary Bernhardt’s
			<a href="https://www.destroyallsoftware.com/talks/boundaries">Boundaries</a> (SCNA 2012). Half an hour.</li>
			</ul>`).map(w => [w.title, w.kind, w.authors, w.publishedAt])).toEqual([
			['Out of the Tar Pit', 'paper', ['Ben Moseley', 'Peter Marks'], '2006'],
			['Boundaries', 'video', ['Gary Bernhardt'], '2012'],
		]);
	});

	test('a bold sentence closed by a stop naming no kind stays the line\'s own words', () => {
		expect(readPost(`<ul><li><strong>Read slowly.</strong> <a href="https://example.org/deep-work">Deep Work</a> by Cal
			Newport (Grand Central, 2016).</li></ul>`).map(w => [w.title, w.kind])).toEqual([['Deep Work', 'book']]);
	});
});

describe('a book set apart in running prose, its facts further on in its sentence', () => {
	test('`Then <i>Title</i> by A and B (House, 1999)`: the sentence\'s opening word is no part of the title', () => {
		expect(facts(`<p>Then <em>The Pragmatic Programmer</em> by Andrew Hunt and David Thomas (Addison-Wesley, 1999).
			I read it in my first year.</p>`)).toEqual([
			['The Pragmatic Programmer', ['Andrew Hunt', 'David Thomas'], undefined, 'Addison-Wesley', '1999'],
		]);
	});

	test('`<i>Title</i> late, via the second edition (Name, House, 2018)`: the bracket credits the title', () => {
		expect(facts(`<p>I came to <em>Refactoring</em> late, via the second edition (Martin Fowler, Addison-Wesley,
			2018), where the examples are in JavaScript.</p>`)).toEqual([
			['Refactoring', ['Martin Fowler'], undefined, 'Addison-Wesley', '2018'],
		]);
	});

	test('`<i>Title</i>, Name Jr., first published in 1975`: its author and the year it was first published', () => {
		expect(facts(`<p>And <em>The Mythical Man-Month</em>, Frederick P. Brooks Jr., first published in 1975 — get the
			anniversary edition.</p>`)).toEqual([['The Mythical Man-Month', ['Frederick P. Brooks Jr.'], undefined,
			undefined, '1975']]);
	});

	test('a bracket after a second title set apart credits that one, not the first', () => {
		expect(facts(`<p>I liked <em>Dune</em> more than <em>Refactoring</em> (Martin Fowler, Addison-Wesley, 2018).</p>`)
			.filter(([title]) => title === 'Dune')).toEqual([]);
	});
});

describe('a newsletter\'s books as paragraphs, each a line set apart in bold, then a comment after a break', () => {
	test('`<b><i>Title</i></b> — Name<br>comment` is a list\'s item: the title and its author', () => {
		expect(facts(`<h2>The best of the quarter</h2><p><strong><a href="https://bookshop.org/a/1/9780385550369"><em>James
			</em></a></strong> by Percival Everett (Doubleday, 2024)<br> Everyone told me to read it and everyone was right.
			</p><p><strong><em>Middlemarch</em></strong> — George Eliot<br> A re-read, my third. It's still the best novel
			in the English language.</p>`)).toEqual([
			['James', ['Percival Everett'], undefined, 'Doubleday', '2024'],
			['Middlemarch', ['George Eliot'], undefined, undefined, undefined],
		]);
	});

	test('`<b>Name — <i>Title</i></b> (translated by A, House, 2024)`: the italics are the title; the house closes', () => {
		expect(facts(`<h2>The best of the quarter</h2><p><strong>Jenny Erpenbeck — <em>Kairos</em></strong> (translated
			by Michael Hofmann, New Directions, 2024)<br> A love affair in 1980s East Berlin, told with the collapse of the
			GDR as its shadow.</p><p><strong><em>Middlemarch</em></strong> — George Eliot<br> A re-read, my third. It's
			still the best novel in the English language.</p>`)).toEqual([
			['Kairos', ['Jenny Erpenbeck'], [{name: 'Michael Hofmann', role: 'translator'}], 'New Directions', '2024'],
			['Middlemarch', ['George Eliot'], undefined, undefined, undefined],
		]);
	});
});

describe('a newsletter section headed by an emoji in place of its kind\'s word', () => {
	test('under `🎧 In my ears`, `<a>Show</a>, PJ Vogt\'s podcast`: a podcast, its owner\'s initials run together', () => {
		expect(readPost(`<h2>🎧 In my ears</h2><p>I finally caught up on <a href="https://www.searchengine.show/"><strong>
			Search Engine</strong></a>, PJ Vogt's podcast where every episode answers one question that's been bugging
			someone.</p>`).map(w => [w.title, w.kind, w.authors])).toEqual([['Search Engine', 'podcast', ['PJ Vogt']]]);
	});

	test('an emoji heading whose words name tools (`🎙 Gear I use`) lists no shows', () => {
		expect(readPost(`<h2>🎙 Gear I use</h2><ul><li>Mic – Shure MV7: <a href="https://amzn.to/3Qm8PzR">https://amzn.to/3Qm8PzR</a>
			</li><li>Notes – Obsidian: <a href="https://obsidian.md/">https://obsidian.md/</a></li></ul>`)).toEqual([]);
	});
});

describe('a title in quotation marks linked in prose, owned by a full name right before it', () => {
	test('`Name\'s <a>“Title”</a> (2023)` is that person\'s piece, an article dated by the year after it', () => {
		expect(readPost(`<h2>One essay</h2><p>The piece I forwarded most was Ivan Vendrov's <a
			href="https://nothinghuman.substack.com/p/the-tyranny-of-the-marginal-user">“The Tyranny of the Marginal
			User”</a> (2023), about why so much software seems to get worse.</p>`)
			.map(w => [w.title, w.kind, w.authors, w.publishedAt])).toEqual([
			['The Tyranny of the Marginal User', 'article', ['Ivan Vendrov'], '2023'],
		]);
	});

	test('a quoted link owned by no one named in full is not made a work by its quotes', () => {
		expect(readPost(`<p>Everyone's <a href="https://example.org/faq">“frequently asked questions”</a> page is
			down today.</p>`)).toEqual([]);
	});
});

describe('a book in a section of textbooks, owned by two names in italics; a course taught by a named person', () => {
	test('`A and B’s <a><i>Title</i></a>` under `Textbooks` is their book', () => {
		expect(readPost(`<h2>Textbooks</h2><p>If you have never taken an NLP course, skim the chapters in Dan Jurafsky and
			James H. Martin’s <a href="https://web.stanford.edu/~jurafsky/slp3/"><em>Speech and Language Processing</em></a>
			(3rd edition draft) before Week 4.</p>`).map(w => [w.title, w.kind, w.authors])).toEqual([
			['Speech and Language Processing', 'book', ['Dan Jurafsky', 'James H. Martin']],
		]);
	});

	test('a house named for a family after a given name is the person\'s surname: `taught by Christopher Manning`', () => {
		expect(readPost(`<h2>Lectures</h2><ul><li><a href="https://web.stanford.edu/class/cs224n/">Stanford CS224N: Natural
			Language Processing with Deep Learning</a>, taught by Christopher Manning. Watch the lectures on word
			vectors.</li></ul>`).map(w => [w.kind, w.authors, w.publisher])).toEqual([
			['course', ['Christopher Manning'], undefined],
		]);
	});
});

describe('a Chinese post\'s courses and projects linked in passing under headings naming them', () => {
	test('`Name 的 <a>Course</a>` on a school\'s course site under its number (`15445.courses.cs.cmu.edu`)', () => {
		expect(readPost(`<h3>CMU 15-445/645</h3><p>无脑推荐 Andy Pavlo 的 <a href="https://15445.courses.cs.cmu.edu/">CMU
			15-445/645 Database Systems</a>。课程视频每学期都会放到 YouTube 上。</p>`, 'zh')
			.map(w => [w.title, w.kind, w.authors])).toEqual([['CMU 15-445/645 Database Systems', 'course', ['Andy Pavlo']]]);
	});

	test('a repository linked in passing is a work where its section\'s heading names it', () => {
		expect(readPost(`<h3>PingCAP Talent Plan</h3><p>如果更想往分布式方向走，PingCAP 开源的 <a
			href="https://github.com/pingcap/talent-plan">pingcap/talent-plan</a> 很适合接在后面做。</p>
			`, 'zh').map(w => [w.title, w.kind])).toEqual([['pingcap/talent-plan', 'repository']]);
	});

	test('under a heading naming something else it stays a repository named in passing', () => {
		expect(readPost(`<h3>其他</h3><p>如果更想往分布式方向走，PingCAP 开源的 <a
			href="https://github.com/pingcap/talent-plan">pingcap/talent-plan</a> 很适合接在后面做。</p>`, 'zh')).toEqual([]);
	});
});

describe('a paper cited title first in quotation marks, then its authors and its venue\'s year', () => {
	test('Chinese commas and `等`: `“Title”，P. Griffiths Selinger 等，SIGMOD 1979。comment`', () => {
		expect(readPost(`<h2>三、论文</h2><ul><li>“Access Path Selection in a Relational Database Management System”，P.
			Griffiths Selinger 等，SIGMOD 1979。System R 的优化器论文。</li><li>“The Design of POSTGRES”，Michael
			Stonebraker, Lawrence A. Rowe，SIGMOD 1986。</li></ul>`, 'zh').map(w => [w.title, w.kind, w.authors, w.publishedAt]))
			.toEqual([
				['Access Path Selection in a Relational Database Management System', 'paper', ['P. Griffiths Selinger'], '1979'],
				['The Design of POSTGRES', 'paper', ['Michael Stonebraker', 'Lawrence A. Rowe'], '1986'],
			]);
	});

	test('a quoted phrase then words that name no one is no citation', () => {
		expect(readPost(`<ul><li>“Move fast and break things”, said everyone, 2014 and after.</li></ul>`)).toEqual([]);
	});
});

describe('a numbered heading setting a short Han name before its 《title》', () => {
	const credit = (n: number, title: string) => `<h3>${n}. 《${title}》</h3><p>Robert C. Martin 著，韩磊 译，人民邮电出版社，2010。</p>`;

	test('the name is its author where two sibling headings\' works are credited', () => {
		expect(facts(`${credit(1, '代码整洁之道')}${credit(2, '重构')}<h3>3. 阮一峰《JavaScript 教程》</h3>
			<p>免费的网道文档，中文写得清楚。</p>`, 'zh').map(([title, authors]) => [title, authors])).toEqual([
			['代码整洁之道', ['Robert C. Martin']], ['重构', ['Robert C. Martin']], ['JavaScript 教程', ['阮一峰']],
		]);
	});

	test('with no credited sibling it waits: no author', () => {
		expect(facts(`<h3>1. 阮一峰《JavaScript 教程》</h3><p>免费的网道文档。</p><h3>2. 《重构》</h3><p>很好。</p>`, 'zh')
			.map(([title, authors]) => [title, authors])).toEqual([['JavaScript 教程', undefined], ['重构', undefined]]);
	});
});

describe('the prose closing a list of heading works', () => {
	const book = (n: number, name: string, title: string) => `<h3>${n}. ${name}, 『${title}』</h3><p>창비, 2007. 좋았다.</p>`;

	test('a title it names bare, two paragraphs below the last heading\'s work, is no item of the list', () => {
		expect(readPost(`${book(1, '한강', '채식주의자')}${book(2, '김영하', '살인자의 기억법')}${book(3, '정세랑', '피프티 피플')}
			<p>책 이야기를 좋아한다면 다른 글도 읽어 보자.</p><p>내년에는 『작별하지 않는다』를 다시 읽어 볼 생각이다.</p>`, 'ko')
			.map(w => w.title)).toEqual(['채식주의자', '살인자의 기억법', '피프티 피플']);
	});

	test('a title with its people there is still read', () => {
		expect(readPost(`${book(1, '한강', '채식주의자')}${book(2, '김영하', '살인자의 기억법')}${book(3, '정세랑', '피프티 피플')}
			<p>하나 더.</p><p>『Deep Work』 by Cal Newport (Grand Central, 2016)도 추천한다.</p>`, 'ko').map(w => w.title))
			.toContain('Deep Work');
	});
});

describe('a further author credited `with` after a byline\'s names', () => {
	test('`by A and B with C (House, 2nd ed. 1996)`: all three wrote it', () => {
		expect(facts(`<p><a href="https://mitpress.mit.edu/sicp"><em>Structure and Interpretation of Computer Programs</em>
			</a>, by Harold Abelson and Gerald Jay Sussman with Julie Sussman (MIT Press, 2nd ed. 1996). I worked through
			the first three chapters.</p>`).map(([title, authors]) => [title, authors])).toEqual([
			['Structure and Interpretation of Computer Programs', ['Harold Abelson', 'Gerald Jay Sussman', 'Julie Sussman']],
		]);
	});

	test('`with` before words that name no one ends the names', () => {
		expect(facts(`<ul><li><em>Deep Work</em> by Cal Newport with my own notes in the margins (Grand Central, 2016)</li>
			</ul>`).map(([, authors]) => authors)).toEqual([['Cal Newport']]);
	});
});

describe('a list item opening with its title in bold, its facts after, its only link an address written out', () => {
	test('`<b>Title</b> (School, 2021) — Name’s lecture series … Materials: <a>github.com/…</a>`', () => {
		expect(readPost(`<h2>Lecture videos from elsewhere</h2><ul><li><strong>Advanced Information Retrieval</strong> (TU
			Wien, 2021) — Sebastian Hofstätter’s lecture series on neural re-ranking. Materials: <a
			href="https://github.com/sebastian-hofstaetter/teaching">github.com/sebastian-hofstaetter/teaching</a>.</li>
			</ul>`).map(w => [w.title, w.url, w.kind, w.authors, w.publisher, w.publishedAt])).toEqual([
			['Advanced Information Retrieval', 'https://github.com/sebastian-hofstaetter/teaching', 'video',
				['Sebastian Hofstätter'], 'TU Wien', '2021'],
		]);
	});

	test('a bold lead with no owner after its bracket is left to the other readers', () => {
		expect(readPost(`<ul><li><strong>Note</strong> (Fall, 2021) — see <a href="https://github.com/a/b">github.com/a/b
			</a>.</li></ul>`).map(w => w.title)).not.toContain('Note');
	});
});

describe('a book set apart in Chinese prose, its author\'s full name and 的 before it', () => {
	test('`Brendan Burns 的 <i>Title</i> 也值得一翻`', () => {
		expect(facts(`<p>另外 Brendan Burns 的 <em>Designing Distributed Systems</em> 也值得一翻，篇幅不长，把 sidecar 这些模式讲得很清楚。</p>`,
			'zh').map(([title, authors]) => [title, authors])).toEqual([['Designing Distributed Systems', ['Brendan Burns']]]);
	});

	test('a word that names no one before 的 credits no one', () => {
		expect(facts(`<p>另外 Kubernetes 的 <em>Pod</em> 概念很重要。</p>`, 'zh')).toEqual([]);
	});
});

describe('a linked repository glossed after a Chinese dash by whose it is', () => {
	test('`<a>owner/repo</a> —— Name 的经典教程`: the name is its author', () => {
		expect(readPost(`<ol><li><a href="https://github.com/kelseyhightower/kubernetes-the-hard-way">kelseyhightower/kubernetes-the-hard-way</a>
			—— Kelsey Hightower 的经典教程，手动生成证书。</li></ol>`, 'zh').map(w => [w.title, w.authors])).toEqual([
			['kelseyhightower/kubernetes-the-hard-way', ['Kelsey Hightower']],
		]);
	});

	test('`—— 宋净超（Jimmy Song）维护的《Title》`: the name before its other name; the 《title》 is no second work', () => {
		expect(readPost(`<ol><li><a href="https://github.com/rootsongjc/kubernetes-handbook">rootsongjc/kubernetes-handbook</a>
			—— 宋净超（Jimmy Song）维护的《Kubernetes 中文指南——云原生应用架构实战手册》，中文资料里最全的一份。</li></ol>`, 'zh')
			.map(w => [w.title, w.authors])).toEqual([['rootsongjc/kubernetes-handbook', ['宋净超']]]);
	});
});

describe('a Chinese credit line giving the year as a field of its own after the people\'s role', () => {
	test('`《Title》第 5 版，A、B 编，2015 年，在线免费` is dated 2015', () => {
		expect(facts(`<ul><li>《Readings in Database Systems》第 5 版，Peter Bailis、Joseph M. Hellerstein 编，2015 年，在线免费。</li>
			</ul>`, 'zh').map(([title, , , , date]) => [title, date])).toEqual([['Readings in Database Systems', '2015']]);
	});
});
