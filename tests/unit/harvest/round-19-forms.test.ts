import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('Arabic and Vietnamese labels of a book\'s facts', () => {
	test('an Arabic heading numbered `٢.` over bold `تأليف:`/`ترجمة:`/`الناشر:`/`سنة النشر:` lines', () => {
		expect(read('<h2>فكر</h2><h3>٢. «حديقة المعاني»</h3><p><strong>تأليف:</strong> سلمى النجار<br>'
			+ '<strong>ترجمة:</strong> باسم الحداد، ليلى بن عمر<br><strong>الناشر:</strong> دار الورق<br>'
			+ '<strong>سنة النشر:</strong> 2015</p><p>كتاب جميل عن اللغة والحدائق، قرأته مرتين.</p>', 'ar'))
			.toEqual([{title: 'حديقة المعاني', url: undefined, kind: 'book', authors: ['سلمى النجار'],
				contributors: [{name: 'باسم الحداد', role: 'translator'}, {name: 'ليلى بن عمر', role: 'translator'}],
				publisher: 'دار الورق', publishedAt: '2015'}]);
	});

	test('a Vietnamese heading over `Tác giả:`, `Dịch giả:` and `NXB: Publisher, year` lines', () => {
		expect(read('<h2>1. Khu vườn của những con số</h2><div><b>Tác giả:</b> Ada Quinn</div>'
			+ '<div><b>Dịch giả:</b> Lan Anh</div><div><b>NXB:</b> Trẻ, 2018</div>'
			+ '<div>Cuốn này đọc nhẹ nhàng, hợp với bạn mới học.</div>', 'vi'))
			.toEqual([{title: 'Khu vườn của những con số', url: undefined, kind: 'book', authors: ['Ada Quinn'],
				contributors: [{name: 'Lan Anh', role: 'translator'}], publisher: 'Trẻ', publishedAt: '2018'}]);
	});
});

describe('a translation\'s title', () => {
	test('the original\'s English title in brackets after it is not part of the title', () => {
		expect(read('<h2>3. Người làm vườn chậm rãi (The Slow Gardener)</h2><div><b>Tác giả:</b> Ada Quinn, Ben Ortiz</div>'
			+ '<div>Cuốn này dạy cách nghĩ nhiều hơn là dạy kỹ thuật.</div>', 'vi'))
			.toMatchObject([{title: 'Người làm vườn chậm rãi', kind: 'book', authors: ['Ada Quinn', 'Ben Ortiz']}]);
		expect(read('<h2>Reading</h2><ul><li><a href="https://books.example/1">Gardens (The Slow Way)</a> by Ada Quinn</li>'
			+ '</ul>')).toMatchObject([{title: 'Gardens (The Slow Way)'}]);
	});
});

describe('numbered headings', () => {
	test('an unlinked `N. «Title» – Name` heading is a list\'s item when its level\'s headings number on', () => {
		expect(read('<h2>Novels</h2><h3>1. «The Slow Garden» – Ada Quinn</h3><p>A short novel that never ends, read '
			+ 'twice this year.</p><figure><img src="https://img.example/cover.jpg" alt=""></figure><p>Another note on it, '
			+ 'at some length.</p><h3>2. «Harbour Lights» – Ben Ortiz</h3><p>An epic, long but worth it.</p>'))
			.toMatchObject([{title: 'The Slow Garden', authors: ['Ada Quinn']},
				{title: 'Harbour Lights', authors: ['Ben Ortiz']}]);
	});

	test('numbered in Arabic-Indic digits (`١.`, `٢.`); a heading alone, or out of sequence, is still no list', () => {
		expect(read('<h3>١. «موسم الهجرة إلى الشمال» – الطيب صالح</h3><p>رواية قصيرة لكنها لا تنتهي.</p>'
			+ '<p>قرأتها للمرة الثانية هذه السنة.</p><h3>٢. «فن اللامبالاة» – مارك مانسون</h3><p>عنوانه مستفز.</p>', 'ar'))
			.toMatchObject([{title: 'موسم الهجرة إلى الشمال', authors: ['الطيب صالح']},
				{title: 'فن اللامبالاة', authors: ['مارك مانسون']}]);
		expect(read('<h3>1. «The Slow Garden» – Ada Quinn</h3><p>A short novel that never ends.</p><p>Read twice.</p>'
			+ '<h3>5. «Harbour Lights» – Ben Ortiz</h3><p>An epic, long but worth it.</p>')).toEqual([]);
	});
});

describe('Arabic credits', () => {
	test('`ل` joined to a name after a «»-quoted title credits its author, in a heading or a sentence', () => {
		expect(read('<h3>٥. «حديقة المعاني» لسلمى النجار</h3><p>أفضل كتاب قرأته عن اللغة.</p><h3>٦. «بيت الورق» لباسم '
			+ 'الحداد</h3><p>عملي جدًا.</p><p>وأنصح أيضًا بـ«نهر الحبر» ليوسف زيدان، وقد فازت بجائزة.</p>', 'ar'))
			.toMatchObject([{title: 'حديقة المعاني', authors: ['سلمى النجار']},
				{title: 'بيت الورق', authors: ['باسم الحداد']},
				{title: 'نهر الحبر', authors: ['يوسف زيدان']}]);
		// (a word opening with `ل` that runs the sentence on is no name)
		expect(read('<p>قرأت «نهر الحبر» لكنها لم تعجبني كثيرا هذه السنة.</p>', 'ar')).toEqual([]);
	});
});

describe('Vietnamese credits', () => {
	test('`của` after a linked title as `by`, `và` between names as `and`', () => {
		expect(read('<div>Cuốn thứ hai là <a href="https://books.example/vi/1">Khu vườn chậm</a> của Quinn, Ortiz và '
			+ 'Park (Lark Press, 2022). Đọc bản gốc nhé.</div><div>Cuốn thứ ba là <a href="https://books.example/vi/2">'
			+ 'Làm việc sâu</a> của Cal Newport. Giúp mình tập trung hơn hẳn.</div>', 'vi'))
			.toMatchObject([{title: 'Khu vườn chậm', authors: ['Quinn', 'Ortiz', 'Park']},
				{title: 'Làm việc sâu', authors: ['Cal Newport']}]);
	});
});

describe('a heading\'s section', () => {
	test('is the heading over its level, not the sibling heading before it (each book\'s linked `<h3>` under `Books`)', () => {
		expect(read('<h2>Books</h2><h3><a href="https://www.cs.example/~ada/garden/">Practical Foundations of Gardens</a>'
			+ '</h3><p>Denser than the others, and worth it.</p><h3><a href="https://www.cis.example/~ben/paths/">Paths '
			+ 'and Languages</a></h3><p>The one everybody means.</p>'))
			.toMatchObject([{title: 'Practical Foundations of Gardens', kind: 'book'},
				{title: 'Paths and Languages', kind: 'book'}]);
	});
});

describe('an Emacs Org-mode export', () => {
	test('a heading\'s section number, `DONE`/`TODO` keyword and `:tag:`s are no part of its title', () => {
		const heading = (n: string, state: string, url: string, title: string) => `<h3><span class="section-number-3">`
			+ `${n}</span> <span class="${state.toLowerCase() === 'done' ? 'done' : 'todo'} ${state}">${state}</span> `
			+ `<a href="${url}">${title}</a>&#xa0;&#xa0;&#xa0;<span class="tag"><span class="rec">rec</span></span></h3>`
			+ '<p>The one everybody means, with a note.</p>';
		expect(read('<h2><span class="section-number-2">1.</span> Books</h2>'
			+ heading('1.1.', 'DONE', 'https://www.cs.example/~ada/garden/', 'Practical Foundations of Gardens')
			+ heading('1.2.', 'TODO', 'https://www.cis.example/~ben/paths/', 'Paths and Languages')))
			.toMatchObject([{title: 'Practical Foundations of Gardens', kind: 'book'},
				{title: 'Paths and Languages', kind: 'book'}]);
	});
});

describe('a definition list of a work\'s facts', () => {
	test('each term (`Author`, `Publisher`) labels the definition after it', () => {
		expect(read('<h2>Books</h2><h3><a href="https://www.cs.example/~ada/garden/">Practical Foundations of Gardens</a>'
			+ '</h3><dl class="org-dl"><dt>Author</dt><dd>Ada Quinn</dd><dt>Publisher</dt><dd>Lark Press, 2002</dd></dl>'
			+ '<p>The one everybody means, with a note.</p>'))
			.toMatchObject([{title: 'Practical Foundations of Gardens', kind: 'book', authors: ['Ada Quinn'],
				publisher: 'Lark Press', publishedAt: '2002'}]);
	});
});

describe('papers cited author first', () => {
	test('`Name, <a>Title</a>, <i>Journal</i>, 1978.` and `A and B, <a>Title</a>, CONF 1982.`', () => {
		expect(read('<h2>Papers</h2><ol><li>Ada Quinn, <a href="https://papers.example/garden.pdf">A Theory of Garden '
			+ 'Paths</a>, <i>Journal of Plant Systems</i>, 1978.</li><li>Ben Ortiz and Ada Quinn, <a href="https://'
			+ 'papers.example/paths.pdf">Principal path-schemes</a>, GARDEN 1982.</li></ol>'))
			.toMatchObject([{title: 'A Theory of Garden Paths', kind: 'paper', authors: ['Ada Quinn'],
				publisher: 'Journal of Plant Systems', publishedAt: '1978'},
			{title: 'Principal path-schemes', authors: ['Ben Ortiz', 'Ada Quinn'], publisher: undefined,
				publishedAt: '1982'}]);
	});
});

describe('a possessive crediting a linked work', () => {
	test('`Name’s paper <a>…</a> (Venue Year). It builds…` and `Name’ talk “<a>…</a>” (Venue Year)`', () => {
		expect(read('<h2>Compilers</h2><p>After that, Ada Quinn’s paper <a href="https://papers.example/garden.pdf">An '
			+ 'Incremental Approach to Garden Paths</a> (Garden Workshop 2006). It builds a compiler in tiny steps.</p>'
			+ '<p>For motivation, Cleo Parks’ talk “<a href="https://www.youtube.com/watch?v=abc123">Paths for the Next 40 '
			+ 'Years</a>” (PathConf 2019) is great to send to your manager.</p>'))
			.toMatchObject([{title: 'An Incremental Approach to Garden Paths', authors: ['Ada Quinn'], publishedAt: '2006'},
				{title: 'Paths for the Next 40 Years', kind: 'video', authors: ['Cleo Parks'], publishedAt: '2019'}]);
	});
});

describe('a link\'s appositive naming its kind', () => {
	test('`<a>Name</a>, a community podcast.` is a podcast; `, a note-taking app` names no work', () => {
		expect(read('<h2>Listening</h2><p><a href="https://garden-station.example/">Garden Station</a>, a community '
			+ 'podcast. I listen to the episodes with growers.</p><p>I keep notes in <a href="https://notes.example/">'
			+ 'Quire</a>, a note-taking app.</p>'))
			.toEqual([{title: 'Garden Station', url: 'https://garden-station.example/', kind: 'podcast', authors: undefined,
				contributors: undefined, publisher: undefined, publishedAt: undefined}]);
	});
});
