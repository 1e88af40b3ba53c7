import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

/** A publication list's record as jekyll-scholar and al-folio render it: classed parts, the address in a button. */
const entry = (title: string, authors: string, venue: string, button = '') => `<li><div class="row">
	<div class="col-sm-2 abbr"><abbr class="badge">VIS</abbr></div><div class="col-sm-8">
	<div class="title">${title}</div><div class="author">${authors}</div><div class="periodical">${venue}</div>
	<div class="links"><a class="bibtex btn" role="button">Bib</a>${button}</div></div></div></li>`;

describe('records whose parts the markup names by class', () => {
	test('a publication list: title, people, venue and date, the address its PDF or DOI button\'s', () => {
		const works = readPost(`<h2 class="bibliography">Papers</h2><ol class="bibliography">
			${entry('Graphical Perception: Theory and Application ★', 'William S. Cleveland, and Robert McGill',
		'<em>Journal of the American Statistical Association</em>, Sep 1984',
		'<a class="btn" href="https://doi.org/10.1080/01621459.1984.10478080">DOI</a>')}
			${entry('Vega-Lite: A Grammar of Interactive Graphics', 'Arvind Satyanarayan, and Jeffrey Heer',
		'<em>In Proceedings of IEEE VIS</em>, Jan 2017', '<a class="btn" href="https://vis.example/vl.pdf">PDF</a>')}
			${entry('Visualization Analysis and Design', 'Tamara Munzner', '<em>A K Peters/CRC Press</em>, 2014')}</ol>`);
		expect(works.map(({title, kind, authors, publisher, publishedAt, url}) =>
			({title, kind, authors, publisher, publishedAt, url}))).toEqual([
			{title: 'Graphical Perception: Theory and Application', kind: 'paper',
				authors: ['William S. Cleveland', 'Robert McGill'], publisher: 'Journal of the American Statistical Association',
				publishedAt: '1984-09', url: 'https://doi.org/10.1080/01621459.1984.10478080'},
			{title: 'Vega-Lite: A Grammar of Interactive Graphics', kind: 'paper',
				authors: ['Arvind Satyanarayan', 'Jeffrey Heer'], publisher: undefined, publishedAt: '2017-01',
				url: 'https://vis.example/vl.pdf'},
			{title: 'Visualization Analysis and Design', kind: 'book', authors: ['Tamara Munzner'],
				publisher: 'A K Peters/CRC Press', publishedAt: '2014', url: undefined},
		]);
	});

	test('a theme\'s book card: its parts classed `book-title`, `book-author`, `book-meta`, names in any script', () => {
		const works = readPost(`<h2>Βιβλία</h2><div class="book-card"><div class="book-body">
			<p class="book-title"><a href="https://books.example.gr/logicomix">Λογικομικς</a></p>
			<p class="book-author">Απόστολος Δοξιάδης, Χρίστος Παπαδημητρίου</p>
			<p class="book-meta">Ίκαρος · 2008 · ★★★★★</p><p class="book-note">Κόμικ για τον Russell.</p></div></div>`, 'el');
		expect(works.map(({title, authors, publisher, publishedAt}) => ({title, authors, publisher, publishedAt})))
			.toEqual([{title: 'Λογικομικς', authors: ['Απόστολος Δοξιάδης', 'Χρίστος Παπαδημητρίου'], publisher: 'Ίκαρος',
				publishedAt: '2008'}]);
	});

	test('a post\'s own header, its byline dated, is no record', () => {
		expect(readPost('<div class="entry"><div class="post-title">Two programmers and the birth of chaos theory</div>'
			+ '<div class="post-author">By Joshua Sokol May 20, 2019</div></div>')).toEqual([]);
	});
});

describe('tables and kinds in other languages', () => {
	test('a table headed in Vietnamese, Spanish or Russian is read by its columns, its kind from its title\'s head', () => {
		const table = (heads: string[], row: string[]) => `<table><thead><tr>${heads.map(h => `<th>${h}</th>`).join('')}
			</tr></thead><tbody><tr>${row.map(c => `<td>${c}</td>`).join('')}</tr></tbody></table>`;
		const works = readPost(`<h2>Tài liệu</h2>${table(['Khóa học', 'Giảng viên', 'Nền tảng'],
			['<a href="https://cs231n.stanford.edu/">CS231n: Deep Learning for Computer Vision</a>',
				'Fei-Fei Li, Justin Johnson', 'Stanford'])}<h2>Libros</h2>${table(['Título', 'Autor', 'Editorial', 'Año'],
			['Estructuras de datos en Java', 'Mark Allen Weiss', 'Pearson', '2013'])}
			<h2>Курсы</h2>${table(['Курс', 'Преподаватель', 'Платформа'],
			['<a href="https://stepik.example/course/67">Программирование на Python</a>', 'Тимофей Хирьянов', 'Stepik'])}`);
		const read = works.map(({title, kind, authors, publisher, publishedAt}) =>
			({title, kind, authors, publisher, publishedAt}));
		expect(read).toEqual([
				{title: 'CS231n: Deep Learning for Computer Vision', kind: 'course',
					authors: ['Fei-Fei Li', 'Justin Johnson'], publisher: undefined, publishedAt: undefined},
				{title: 'Estructuras de datos en Java', kind: 'book', authors: ['Mark Allen Weiss'], publisher: 'Pearson',
					publishedAt: '2013'},
				{title: 'Программирование на Python', kind: 'course', authors: ['Тимофей Хирьянов'], publisher: undefined,
					publishedAt: undefined},
			]);
	});
});

describe('a Korean post\'s labelled facts', () => {
	test('`저자:` names all its authors, `외` closing them; `역자:` its translators; `출판사: X (Year)` both', () => {
		const [work] = readPost('<h3>2. <a href="https://www.yes24.com/Product/Goods/15381085">HTTP 완벽 가이드</a></h3>'
			+ '<ul><li>저자: 데이빗 고울리, 브라이언 토티 외</li><li>역자: 이응준, 정상일</li><li>출판사: 인사이트 (2014)</li></ul>'
			+ '<p>벽돌책입니다. 전부 읽을 필요는 없어요.</p>', 'ko');
		expect(work).toMatchObject({title: 'HTTP 완벽 가이드', authors: ['데이빗 고울리', '브라이언 토티'],
			contributors: [{name: '이응준', role: 'translator'}, {name: '정상일', role: 'translator'}], publisher: '인사이트',
			publishedAt: '2014'});
	});
});

describe('a title\'s volume note', () => {
	test('`(1, 2권)`, `(vols. 1–2)` close no title', () => {
		expect(readPost('<h3>4. Real MySQL 8.0 (1, 2권)</h3><ul><li>저자: 백은빈, 이성욱</li><li>출판사: 위키북스 (2021)</li></ul>'
			+ '<h3>5. The Art of Computer Programming (vols. 1–3)</h3><p>by Donald Knuth, Addison-Wesley, 1997.</p>')
			.map(w => w.title)).toEqual(['Real MySQL 8.0', 'The Art of Computer Programming']);
	});
});

describe('a work cited in passing', () => {
	test('a title-case run before brackets citing its people and year, in a paragraph or a chat\'s message', () => {
		const works = readPost('<p>For the backend side nothing beats Engineering a Compiler (Cooper &amp; Torczon, 3rd ed., '
			+ 'Morgan Kaufmann 2022). Way more readable than the rest imo.</p><div>also the lambda papers: start with Lambda: '
			+ 'The Ultimate Imperative (Steele &amp; Sussman, 1976), short and fun.</div>');
		expect(works.map(w => [w.title, w.authors, w.publishedAt])).toEqual([
			['Engineering a Compiler', ['Cooper', 'Torczon'], '2022'],
			['Lambda: The Ultimate Imperative', ['Steele', 'Sussman'], '1976'],
		]);
		// (a byline's names before their imprint are no title: `, de A y B (House, 2022)`)
		expect(readPost('<p><strong>El programador pragmático</strong>, de David Thomas y Andrew Hunt (Anaya Multimedia, '
			+ '2022). Lo releo cada dos años.</p>', 'es').map(w => w.title)).toEqual(['El programador pragmático']);
	});
});
