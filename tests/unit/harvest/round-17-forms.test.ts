import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('a thread of one post per work', () => {
	test('`N/ Speaker, “Title” (Venue Year).` names a talk; the address alone under it is its page', () => {
		expect(read('<p>2/ Ada Quinn, “Growing a Garden” (PLCon 1998). Watch it before reading about it.</p>'
			+ '<p><a href="https://www.youtube.com/watch?v=abc123"><span class="invisible">https://www.</span>'
			+ '<span class="ellipsis">youtube.com/watch?v=abc</span><span class="invisible">123</span></a></p>'
			+ '<p>3/ Ben Ortiz, “Debugging by Hand” (Clojure/conj 2015). No link handy, search for it.</p>'))
			.toMatchObject([
				{title: 'Growing a Garden', url: 'https://www.youtube.com/watch?v=abc123', kind: 'video',
					authors: ['Ada Quinn'], publishedAt: '1998'},
				{title: 'Debugging by Hand', url: undefined, kind: 'video', authors: ['Ben Ortiz'],
					publishedAt: '2015'},
			]);
	});
});

describe('a Taiwanese booklist\'s labels', () => {
	test('`<br>`-broken `作者：`, `譯者：`, `出版日期：2019/06/01` under a numbered heading: ‧ names, a translator, the day', () => {
		expect(read('<h2>1.《小習慣的力量》</h2><p>作者：約翰‧史密斯<br>譯者：王小明<br>出版社：遠流<br>'
			+ '出版日期：2019/06/01</p><p>老生常談但真的有用。</p>', 'zh-TW'))
			.toMatchObject([{title: '小習慣的力量', kind: 'book', authors: ['約翰‧史密斯'],
				contributors: [{name: '王小明', role: 'translator'}], publisher: '遠流', publishedAt: '2019-06-01'}]);
	});
});

describe('a card of labelled lines in a language of Europe', () => {
	test('`Autori:`, `Editore:`, `Anno:` under a numbered heading, then a store\'s button, credit its work', () => {
		expect(read('<h3>1. Il giardino dei numeri</h3><ul><li><strong>Autori:</strong> Anna Rossi, Marco Bianchi</li>'
			+ '<li><strong>Editore:</strong> Zanichelli</li><li><strong>Anno:</strong> 2004</li>'
			+ '<li><strong>Pagine:</strong> 320</li></ul><p>Sottile e denso, da leggere con calma.</p>'
			+ '<div><a href="https://www.amazon.it/dp/8800000001">Vedi su Amazon</a></div>'
			+ '<h3>2. Ordine e caos</h3><ul><li><strong>Autore:</strong> Luca Verdi</li>'
			+ '<li><strong>Editore:</strong> Einaudi</li><li><strong>Anno:</strong> 2019</li></ul>', 'it'))
			.toEqual([
				{title: 'Il giardino dei numeri', url: 'https://www.amazon.it/dp/8800000001', kind: 'book',
					authors: ['Anna Rossi', 'Marco Bianchi'], contributors: undefined, publisher: 'Zanichelli',
					publishedAt: '2004'},
				{title: 'Ordine e caos', url: undefined, kind: 'book', authors: ['Luca Verdi'], contributors: undefined,
					publisher: 'Einaudi', publishedAt: '2019'},
			]);
	});
});

describe('titles set apart in a sentence', () => {
	test('a second `<cite>` in the sentence has its own byline, which ends where the sentence runs on', () => {
		expect(read('<p>Next up: <cite>Slow Days</cite> by Cal Newport, and <cite>Rust for Crabs</cite> by Jon '
			+ 'Gjengset once I stop fighting the borrow checker.</p>'))
			.toMatchObject([{title: 'Slow Days', authors: ['Cal Newport']},
				{title: 'Rust for Crabs', authors: ['Jon Gjengset']}]);
	});
});

describe('shows and courses linked in a sentence', () => {
	test('`Podcasts …: <a>A</a> with X, and <a>B</a> (Y and Z)`; `<a>C</a> from the University of W`', () => {
		expect(read('<h2>Listening</h2><p>Podcasts on the commute: <a href="https://news.example/decoded-show">Decoded'
			+ '</a> with Nina Patel, and <a href="https://shows.example/friends">Pals and Friends</a> (Brian Cantor and '
			+ 'Ada Levant), which is better live.</p><h2>Learning</h2><p>Working through <a href="https://stackcourse.example'
			+ '/en/">Full Stack Course</a> from the University of Helsinki in the evenings.</p>'))
			.toMatchObject([
				{title: 'Decoded', kind: 'podcast', authors: ['Nina Patel']},
				{title: 'Pals and Friends', kind: 'podcast', authors: ['Brian Cantor', 'Ada Levant']},
				{title: 'Full Stack Course', kind: 'course', authors: undefined},
			]);
	});
});

describe('works a sentence calls someone\'s', () => {
	test('`Name’s <a>Course</a>` on a course host, then `his <a>Book</a> (Publisher, 5th ed., 2016)`', () => {
		expect(read('<p>Gil Strand’s <a href="https://ocw.mit.edu/courses/18-06-linear-algebra-spring-2010/">MIT 18.06 '
			+ 'Linear Algebra</a> on OpenCourseWare is still the best lecture series, and it goes with his <a '
			+ 'href="https://math.example.edu/~gs/ila5/">Introduction to Matrices</a> (Wellesley Press, 5th ed., 2016).</p>'))
			.toMatchObject([
				{title: 'MIT 18.06 Linear Algebra', kind: 'course', authors: ['Gil Strand']},
				{title: 'Introduction to Matrices', authors: ['Gil Strand'], publishedAt: '2016'},
			]);
	});

	test('a store named alone under a Taiwanese book\'s labels (`👉 博客來`) is its page', () => {
		expect(read('<h2>1.《小習慣的力量》</h2><p>作者：約翰‧史密斯<br>出版社：遠流</p><p>老生常談但真的有用。</p>'
			+ '<p>👉 <a href="https://www.books.com.tw/products/0010822522">博客來</a></p>', 'zh-TW'))
			.toMatchObject([{title: '小習慣的力量', url: 'https://www.books.com.tw/products/0010822522'}]);
	});
});

describe('a citation written author first in a paragraph', () => {
	test('`Name, <em>Title</em>, 3rd ed., Publisher, Year.` closes on its year after commas', () => {
		expect(read('<p>If you later want the classic treatment:</p><p>Stella Roman, <em>Modules Made Hard</em>, 3rd ed., '
			+ 'Springer, 2008.</p><p>Hard going for self-study.</p>'))
			.toMatchObject([{title: 'Modules Made Hard', kind: 'book', authors: ['Stella Roman'], publisher: 'Springer',
				publishedAt: '2008'}]);
	});
});

describe('a 《title》 and its people after a slash', () => {
	test('`《Title》／A、B：comment`: the names end at the colon, Japanese names and ‧ names alike', () => {
		expect(read('<h2>其他也很推薦的</h2><ul><li>《勇氣之書》／岸田一郎、古川史健：第三次重讀，每次都有新的體會。</li>'
			+ '<li>《練習之道》／安德魯‧艾瑞森、羅伯‧普林：想練任何技能之前先讀這本。</li></ul>', 'zh-TW'))
			.toMatchObject([{title: '勇氣之書', authors: ['岸田一郎', '古川史健']},
				{title: '練習之道', authors: ['安德魯‧艾瑞森', '羅伯‧普林']}]);
	});
});

describe('a work linked in a Taiwanese sentence with its teacher or host', () => {
	test('`課程：X老師的<a>《Title》</a>` is X\'s course; `<a>Show</a>，主持人Y，…` is Y\'s', () => {
		expect(read('<h2>不是書，但也推薦</h2><p>🎧 Podcast：<a href="https://podcasts.apple.com/tw/podcast/id1">股海 Talk</a>'
			+ '，主持人謝大同，通勤必聽。</p><p>📺 課程：台大王明德老師的<a href="https://speech.example.edu.tw/ml.html">《機器學習'
			+ ' 2023》</a>，PM 也能聽得懂。</p>', 'zh-TW'))
			.toMatchObject([{title: '股海 Talk', kind: 'podcast', authors: ['謝大同']},
				{title: '機器學習 2023', kind: 'course', authors: ['王明德']}]);
	});
});

describe('Italian bylines in a sentence', () => {
	test('`<em>Title</em> di A, B, C e D`; `<a>Course</a> tenuto da X è …`', () => {
		expect(read('<p>Per un soffio: <em>Schemi di progetto</em> di Gamma, Helm, Johnson e Vlissides (la famosa banda), '
			+ 'da consultare.</p><p>Se preferite un corso, il <a href="https://www.edx.org/learn/computer-science/cs50x">CS50'
			+ ' di Harvard</a> tenuto da David J. Malan è gratuito e sottotitolato.</p>', 'it'))
			.toMatchObject([{title: 'Schemi di progetto', authors: ['Gamma', 'Helm', 'Johnson', 'Vlissides']},
				{title: 'CS50 di Harvard', kind: 'course', authors: ['David J. Malan']}]);
	});
});

describe('a work a sentence names by its kind', () => {
	test('`…: the Name podcast by X.` is the podcast Name, by X', () => {
		expect(read('<p>8/ Not a talk, but it belongs here: the CoRecursion podcast by Adam Gordon Bell. Start with the '
			+ 'episode on the Apollo guidance computer.</p>'))
			.toMatchObject([{title: 'CoRecursion', kind: 'podcast', authors: ['Adam Gordon Bell']}]);
	});
});

describe('the sentence around a work', () => {
	test('ends at a full stop: the next sentence\'s words (`your course`) say nothing of its kind', () => {
		expect(read('<p><a href="https://jh.example.edu/linearmaps/">Linear Maps</a> by Jim Hefton. Free, with a full '
			+ 'solutions manual, and the jump from your course is small.</p>'))
			.toMatchObject([{title: 'Linear Maps', kind: 'book', authors: ['Jim Hefton']}]);
	});
});
