import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('store and list tiles', () => {
	test('the authors alone on the line under a heading linked on its whole title are its people', () => {
		expect(read('<p class="curator">A list by <a href="/lists/ann-lee">Ann Lee</a>, editor</p>'
			+ '<h3><a href="https://bookshop.org/p/books/the-manager-s-path/1">The Manager\'s Path</a></h3>'
			+ '<p>Camille Fournier</p><p>$29.99</p><div><a href="/cart/add/1">Add to cart</a></div>'
			+ '<h3><a href="https://bookshop.org/p/books/team-topologies/2">Team Topologies</a></h3>'
			+ '<p>Matthew Skelton, Manuel Pais</p><p>$35.99</p><div><a href="/cart/add/2">Add to cart</a></div>'))
			.toMatchObject([
				{title: 'The Manager\'s Path', kind: 'book', authors: ['Camille Fournier']},
				{title: 'Team Topologies', kind: 'book', authors: ['Matthew Skelton', 'Manuel Pais']},
			]);
	});
});

describe('quoted titles with their people before them', () => {
	test('a list written author first, the title in «» after a dash or none, then `(Publisher, Year)`', () => {
		expect(read('<ol><li>Роберт Мартин — «Чистый код. Создание, анализ и рефакторинг» (Питер, 2019). Классика.</li>'
			+ '<li>Эндрю Таненбаум, Херберт Бос «Современные операционные системы» (Питер, 2015)</li></ol>', 'ru'))
			.toMatchObject([
				{title: 'Чистый код. Создание, анализ и рефакторинг', kind: 'book', authors: ['Роберт Мартин'],
					publisher: 'Питер', publishedAt: '2019'},
				{title: 'Современные операционные системы', kind: 'book', authors: ['Эндрю Таненбаум', 'Херберт Бос'],
					publisher: 'Питер', publishedAt: '2015'},
			]);
	});

	test('a title in quotation marks owned by a full name in a sentence, a venue\'s year after it', () => {
		expect(read('<p>And one I can\'t find a good recording of any more: Joe Armstrong\'s “The Mess We\'re In” '
			+ '(Strange Loop 2014). Send me a link if you have one.</p>'))
			.toMatchObject([{title: 'The Mess We\'re In', authors: ['Joe Armstrong'], publishedAt: '2014'}]);
	});

	test('a word in quotation marks after a name in running text is no work', () => {
		expect(read('<p>As Kent Beck said, “Make it work, make it right, make it fast”, and that was that.</p>'))
			.toEqual([]);
	});
});

describe('a work\'s facts in a table of labels under its heading', () => {
	const facts = (rows: string[][]) => `<table><thead><tr><th>項目</th><th>内容</th></tr></thead><tbody>${
		rows.map(([label, value]) => `<tr><td>${label}</td><td>${value}</td></tr>`).join('')}</tbody></table>`;

	test('`著者`, `訳者`, `出版社`, `発売日` rows give the heading\'s work its people, publisher and day', () => {
		expect(read('<h2>書籍</h2><h3>1. ちょうぜつソフトウェア設計入門</h3>'
			+ facts([['著者', '田中ひさてる'], ['出版社', '技術評論社'], ['発売日', '2022/12/1']])
			+ '<p>イラストが多くて読みやすい。</p><h3>2. Clean Architecture</h3>'
			+ facts([['著者', 'Robert C. Martin'], ['訳者', '角征典、髙木正弘'], ['出版社', 'KADOKAWA'], ['発売日', '2018/7/27']])
			+ '<p>コンポーネントの話が中心でした。</p>', 'ja'))
			.toMatchObject([
				{title: 'ちょうぜつソフトウェア設計入門', kind: 'book', authors: ['田中ひさてる'], publisher: '技術評論社',
					publishedAt: '2022-12-01'},
				{title: 'Clean Architecture', kind: 'book', authors: ['Robert C. Martin'],
					contributors: [{name: '角征典', role: 'translator'}, {name: '髙木正弘', role: 'translator'}],
					publisher: 'KADOKAWA', publishedAt: '2018-07-27'},
			]);
	});

	test('in English too: `Author` and `Publisher` rows under a book\'s heading', () => {
		expect(read('<h3>Release It!</h3><table><tr><th>Author</th><td>Michael T. Nygard</td></tr>'
			+ '<tr><th>Publisher</th><td>Pragmatic Bookshelf</td></tr></table><p>Stability patterns.</p>'))
			.toMatchObject([{title: 'Release It!', authors: ['Michael T. Nygard'], publisher: 'Pragmatic Bookshelf'}]);
	});
});

describe('facts named by class', () => {
	test('a reading list\'s record: author, date and publisher in spans named by class, no labels', () => {
		const record = (id: string, title: string, author: string, date: string, more: string) =>
			`<li class="item"><div class="item-metadata"><a class="item-title" href="/items/${id}">${title}</a> `
			+ `<span class="item-author">${author}</span> <span class="item-date">${date}</span> ${more}</div>`
			+ '<div class="item-importance">Optional</div></li>';
		expect(read(`<ol class="items">${record('1', 'Software engineering', 'Sommerville, Ian', '2016',
			'<span class="item-format">Book</span> <span class="item-publisher">Pearson</span>')}${
			record('2', 'Site Reliability Engineering', 'Beyer, Betsy; Jones, Chris', '2016',
				'<span class="item-format">Webpage</span>')}</ol>`))
			.toMatchObject([
				{title: 'Software engineering', authors: ['Ian Sommerville'], publisher: 'Pearson', publishedAt: '2016'},
				{title: 'Site Reliability Engineering', authors: ['Betsy Beyer', 'Chris Jones'], publishedAt: '2016'},
			]);
	});

	test('a record\'s format field says its kind (`Article`)', () => {
		expect(read('<ol class="items"><li class="item"><div class="item-metadata"><a class="item-title" href="/items/7">'
			+ 'No silver bullet</a> <span class="item-author">Brooks, Frederick P.</span> <span class="item-date">1987</span> '
			+ '<span class="item-format">Article</span> <span class="item-journal">Computer</span></div></li></ol>'))
			.toMatchObject([
				{title: 'No silver bullet', kind: 'article', authors: ['Frederick P. Brooks'], publishedAt: '1987'},
			]);
	});

	test('a byline whose link is the author field names no work', () => {
		expect(read('<p class="meta"><span class="author"><a href="https://news.example.fr/auteur/5631-ann-lee">Ann Lee</a>'
			+ '</span> et <span class="author"><a href="https://news.example.fr/auteur/17350-jean-piette">Jean Piette</a>'
			+ '</span> — <span class="date"><time datetime="2017-11-24">24 novembre 2017</time></span></p>', 'fr'))
			.toEqual([]);
	});
});

describe('the year a dash clause gives a linked work', () => {
	test('`— a talk by X from Venue Year`, `— Surname\'s Year lecture`, `— Name, lower-case-venue Year`', () => {
		expect(read('<ul><li>📺 <a href="https://www.youtube.com/watch?v=SxdOUGdseq4">Simple Made Easy</a> — a talk by Rich '
			+ 'Hickey from Strange Loop 2011.</li><li>📄 <a href="https://www.cs.utexas.edu/~EWD/ewd03xx/EWD340.html">The '
			+ 'Humble Programmer</a> — Dijkstra\'s 1972 Turing lecture, still sharp.</li>'
			+ '<li><a href="https://www.youtube.com/watch?v=IcgmSRJHu_8">Making Impossible States Impossible</a> — Richard '
			+ 'Feldman, elm-conf 2016</li></ul>'))
			.toMatchObject([
				{title: 'Simple Made Easy', authors: ['Rich Hickey'], publishedAt: '2011'},
				{title: 'The Humble Programmer', authors: ['Dijkstra'], publishedAt: '1972'},
				{title: 'Making Impossible States Impossible', authors: ['Richard Feldman'], publishedAt: '2016'},
			]);
	});
});

describe('a course page\'s textbook lines', () => {
	test('`<i>Title: Subtitle</i>, 3rd edition, Names. Publisher, Year.` and `Surnames. <i>Title</i>, 10th ed. Wiley, 2018.`',
		() => {
			expect(read('<h2>Textbooks</h2><p><b>Optional</b></p><ul>'
				+ '<li><i>Computer Systems: A Programmer\'s Perspective</i>, 3rd edition, Randal E. Bryant and David R. '
				+ 'O\'Hallaron. Pearson, 2015. ISBN 978-0134092669.</li>'
				+ '<li>Silberschatz, Galvin and Gagne. <i>Operating System Concepts</i>, 10th ed. Wiley, 2018.</li></ul>'))
				.toMatchObject([
					{title: 'Computer Systems: A Programmer\'s Perspective', kind: 'book',
						authors: ['Randal E. Bryant', 'David R. O\'Hallaron'], publisher: 'Pearson', publishedAt: '2015'},
					{title: 'Operating System Concepts', kind: 'book', authors: ['Silberschatz', 'Galvin', 'Gagne'],
						publisher: 'Wiley', publishedAt: '2018'},
				]);
		});
});

describe('people around a link in a sentence', () => {
	test('`Name\'s <a>Title</a> course`, and `(Two Words and Surname, Year)` after a linked paper', () => {
		expect(read('<p>If you like lectures, Alex Aiken\'s <a href="https://www.edx.org/learn/computer-science/stanford-'
			+ 'university-compilers">Compilers</a> course (Stanford, on edX) is the classic.</p><p>And the paper '
			+ '<a href="https://www.cs.tufts.edu/comp/150FP/archive/simon-peyton-jones/inliner.pdf">Secrets of the Glasgow '
			+ 'Haskell Compiler inliner</a> (Peyton Jones and Marlow, 2002) changed how I think about inlining.</p>'))
			.toMatchObject([
				{title: 'Compilers', kind: 'course', authors: ['Alex Aiken']},
				{title: 'Secrets of the Glasgow Haskell Compiler inliner', authors: ['Peyton Jones', 'Marlow'],
					publishedAt: '2002'},
			]);
	});
});

describe('titles set apart beside links in a sentence', () => {
	test('`<a>A</a> by X … <em>B</em> by Y and Z`: each its own people', () => {
		expect(read('<p>Start with <a href="https://craftinginterpreters.com/">Crafting Interpreters</a> by Bob Nystrom — '
			+ 'it is free online. After that, <em>Engineering a Compiler</em> by Keith Cooper and Linda Torczon is the one '
			+ 'I would pick for theory.</p>'))
			.toMatchObject([
				{title: 'Crafting Interpreters', authors: ['Bob Nystrom']},
				{title: 'Engineering a Compiler', kind: 'book', authors: ['Keith Cooper', 'Linda Torczon']},
			]);
	});

	test('`(<em>Title: Subtitle</em>, A, B, C and D, 2nd ed., 2006)` is a book apart from a linked work its title opens with',
		() => {
			expect(read('<p>Alex Aiken\'s <a href="https://www.edx.org/learn/computer-science/stanford-university-compilers">'
				+ 'Compilers</a> course is the classic. The Dragon Book (<em>Compilers: Principles, Techniques, and Tools</em>, '
				+ 'Aho, Lam, Sethi and Ullman, 2nd ed., 2006) is still the reference.</p>'))
				.toMatchObject([
					{title: 'Compilers', kind: 'course', authors: ['Alex Aiken']},
					{title: 'Compilers: Principles, Techniques, and Tools', kind: 'book',
						authors: ['Aho', 'Lam', 'Sethi', 'Ullman'], publishedAt: '2006'},
				]);
		});
});

describe('a post of talks', () => {
	test('a page in a talks folder is a video; a repository the sentence says is used is a tool, not a work', () => {
		expect(read('<h2>Talks worth your lunch break</h2><p>Durations as on YouTube; I watch most at 1.25× with '
			+ '<a href="https://github.com/igrigorik/videospeed">Video Speed Controller</a>.</p><h3>Short ones</h3><ul>'
			+ '<li>▶ [4:17] <a href="https://www.destroyallsoftware.com/talks/wat">Wat</a> — Gary Bernhardt, CodeMash 2012'
			+ '</li></ul>'))
			.toMatchObject([{title: 'Wat', kind: 'video', authors: ['Gary Bernhardt'], publishedAt: '2012'}]);
	});
});

describe('a title in «» in a sentence telling to read it', () => {
	test('`Обязательно прочитайте «Title» …` is a work; a quoted word in another sentence is none', () => {
		expect(read('<p>Обязательно прочитайте «Мифический человеко-месяц» Фредерика Брукса — книге почти пятьдесят лет.'
			+ '</p><p>Менеджер ответил «Нет» и ушёл на обед.</p>', 'ru'))
			.toMatchObject([{title: 'Мифический человеко-месяц', kind: 'book'}]);
	});
});
