import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string, lang?: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt]);

/** An outliner's line: a `div` whose every character is a span of its own, as Scrapbox renders them. */
const line = (text: string, inner = (s: string) => s) => `<div class="line">${inner([...text]
	.map(ch => `<span class="c">${ch}</span>`).join(''))}</div>`;

describe('an outliner\'s title lines over their colophons', () => {
	test('`『Title』` then `A、B 著／C 訳` and `Publisher、Year`, the address alone under them; the note page no address', () => {
		const note = (s: string) => `<a class="page-link" href="https://blog.example/notes/x">${s}</a>`;
		const body = `<div class="lines">${line('Books')}<div class="line">『${note('Alpha Book')} 第2版』</div>${line('山田太郎、鈴木花子 著／佐藤一郎 訳')}`
			+ `${line('技術評論社、2021')}${line('https://publisher.example/books/1')}${line('とても良かった')}`
			+ `${line('『ベータの本』')}${line('田中次郎 著')}${line('翔泳社、2019')}${line('何度も読んだ')}</div>`;
		expect(readPost(body, 'ja').map(w => [w.title, w.url, w.authors, w.contributors, w.publisher, w.publishedAt]))
			.toEqual([
				['Alpha Book 第2版', 'https://publisher.example/books/1', ['山田太郎', '鈴木花子'],
					[{name: '佐藤一郎', role: 'translator'}], '技術評論社', '2021'],
				['ベータの本', undefined, ['田中次郎'], undefined, '翔泳社', '2019'],
			]);
	});

	test('`Name（A さんのポッドキャスト） <address>`: the owner its maker, the gloss\'s kind its kind', () => {
		expect(readPost('<div class="line">deep.fm（山田太郎さんのポッドキャスト） <a href="https://deep.example/">'
			+ `https://deep.example/</a></div>${line('散歩のお供')}`, 'ja').map(w => [w.title, w.url, w.kind, w.authors]))
			.toEqual([['deep.fm', 'https://deep.example/', 'podcast', ['山田太郎']]]);
	});

	test('a title line with no colophon under it is no work (a bought, unread pile)', () => {
		expect(facts(`${line('『ベータの本』')}${line('まだ読んでいない')}`, 'ja')).toEqual([]);
	});

	test('`Maker（handle）「Title」` with its address alone on the line under it: the maker\'s piece', () => {
		expect(readPost(`${line('山田太郎（yamada）「設計の話」')}<div class="line">`
			+ '<a href="https://slides.example/yamada/design">https://slides.example/yamada/design</a></div>'
			+ `${line('チームで見た')}`, 'ja').map(w => [w.title, w.url, w.authors])).toEqual([
			['設計の話', 'https://slides.example/yamada/design', ['山田太郎']],
		]);
	});
});

describe('a heading per work over its shop page\'s preview and its labelled facts', () => {
	test('the heading names the work, the preview\'s link is its page, its labelled lines its facts', () => {
		const card = (href: string, title: string) => `<figure data-ke-type="opengraph"><a href="${href}">`
			+ `<div class="og-text"><p class="og-title">${title}</p><p class="og-desc">A blurb from the shop.</p>`
			+ '<p class="og-host">shop.example</p></div></a></figure>';
		expect(readPost(`<h2>설계</h2><h3>📘 1. 첫 번째 책</h3>${card('https://shop.example/goods/1', '첫 번째 책 - 서점')}
			<ul><li>저자: 김철수</li><li>역자: 이영희(별명)</li><li>출판사: 인사이트(insight)</li><li>출간: 2015년 6월</li></ul>
			<p>좋은 책이에요.</p><h3>📘 2. 두 번째 책</h3>${card('https://shop.example/goods/2', '두 번째 책 | 박민수 - 서점')}
			<ul><li>저자: 박민수</li><li>출판사: 위키북스</li></ul><p>추천합니다.</p>`, 'ko')
			.map(w => [w.title, w.url, w.authors, w.contributors, w.publisher, w.publishedAt])).toEqual([
			['첫 번째 책', 'https://shop.example/goods/1', ['김철수'], [{name: '이영희', role: 'translator'}], '인사이트',
				'2015-06'],
			['두 번째 책', 'https://shop.example/goods/2', ['박민수'], undefined, '위키북스', undefined],
		]);
	});
});

describe('a work quoted in a paragraph over its page\'s preview', () => {
	test('`강의 「Title」` over a preview titled `Title 강의 | Maker - Site`: a course, its maker, the site its publisher', () => {
		const card = '<figure data-ke-type="opengraph"><a href="https://school.example/course/1"><p>스프링 기초 - 입문편 강의 | '
			+ '김철수 - 스쿨</p><p>예제로 배우는 강의입니다.</p><p>school.example</p></a></figure>';
		expect(readPost(`<h2>번외</h2><p>책은 아니지만 김철수 님의 강의 「스프링 기초 - 입문편」입니다. 추천해요.</p>${card}`, 'ko')
			.map(w => [w.title, w.url, w.kind, w.authors, w.publisher])).toEqual([
			['스프링 기초 - 입문편', 'https://school.example/course/1', 'course', ['김철수'], '스쿨'],
		]);
	});
});

describe('a table of works whose title cell has no link', () => {
	const table = (rows: string) => `<h2>Table</h2><table><tr><th>Курс</th><th>Кто ведёт</th><th>Где</th><th>Часы</th>
		</tr>${rows}</table>`;
	test('the people\'s and the link\'s columns known by what their cells hold; a term closing the title its date', () => {
		expect(readPost(table(`<tr><td>Intro to Systems (Spring 2020)</td><td>Ada Lovelace, Alan Turing</td>
			<td><a href="https://www.learnhub.example/systems">Learnhub, Example University</a></td><td>~40</td></tr>
			<tr><td>Операционные системы</td><td>Кирилл Кринкин</td>
			<td><a href="https://video.example/list/1">Video, лекции CS Center</a></td><td>~35</td></tr>
			<tr><td>Databases (formerly 6.830)</td><td>Grace Hopper</td><td><a href="https://db.example/">MIT</a></td>
			<td>~90</td></tr>`), 'ru').map(w => [w.title, w.url, w.kind, w.authors, w.publisher, w.publishedAt])).toEqual([
			['Intro to Systems', 'https://www.learnhub.example/systems', 'course', ['Ada Lovelace', 'Alan Turing'],
				'Example University', 'Spring 2020'],
			['Операционные системы', 'https://video.example/list/1', 'course', ['Кирилл Кринкин'], 'CS Center', undefined],
			['Databases', 'https://db.example/', 'course', ['Grace Hopper'], 'MIT', undefined],
		]);
	});

	test('a cell linking a title and citing it after is the work, no place: the table is read as before', () => {
		const read = readPost(`<table><tr><th>Date</th><th>Paper</th><th>Presenter</th></tr>
			<tr><td>Jan 15</td><td><a href="https://arxiv.org/abs/1706.03762">Attention Is All You Need</a> (Vaswani et al.,
			2017)</td><td>Maria Lopez</td></tr><tr><td>Jan 22</td><td><a href="https://arxiv.org/abs/2001.08361">Scaling Laws
			for Neural Language Models</a> (Kaplan et al., 2020)</td><td>Aisha Khan</td></tr></table>`);
		expect(read.map(w => w.title)).toEqual(['Attention Is All You Need', 'Scaling Laws for Neural Language Models']);
		expect(read.map(w => w.authors)).not.toContainEqual(['Maria Lopez']);
	});
});

describe('a top-N list whose heading shortens the title its first labelled line gives in full', () => {
	test('`Titolo completo:` is the title, the labelled lines under it the facts, the call to action the page', () => {
		const buttons = (href: string) => `<div class="wp-block-buttons"><div class="wp-block-button"><a href="${href}">`
			+ 'Vedi su Amazon</a></div><div class="wp-block-button"><a href="https://shop.example/x">Acquista su IBS</a></div></div>';
		expect(readPost(`<h2>La classifica</h2><h3>1. Il linguaggio A</h3><ul><li>Titolo completo: Il linguaggio A. Manuale
			di riferimento</li><li>Autori: Ada Rossi, Bruno Bianchi</li><li>Editore: Pearson</li><li>Anno: 2004</li>
			<li>Pagine: 320</li></ul><p>Il più chiaro.</p>${buttons('https://store.example/a')}
			<h3>2. Il linguaggio B</h3><ul><li>Titolo completo: Il linguaggio B. Guida completa</li><li>Autore: Carla Verdi</li>
			<li>Editore: Apogeo (edizione gratuita)</li><li>Anno: 2009</li></ul><p>Ottimo.</p>${buttons('https://store.example/b')}`,
		'it').map(w => [w.title, w.url, w.authors, w.publisher, w.publishedAt])).toEqual([
			['Il linguaggio A. Manuale di riferimento', 'https://store.example/a', ['Ada Rossi', 'Bruno Bianchi'], 'Pearson',
				'2004'],
			['Il linguaggio B. Guida completa', 'https://store.example/b', ['Carla Verdi'], 'Apogeo', '2009'],
		]);
	});
});

describe('works named in running prose by their makers, no markup', () => {
	const read = (body: string) => readPost(body, 'id')
		.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt]);

	test('`Title karya Pak <a>Name</a> (House, edisi 2016)`: a tagged person is the name, the title runs back', () => {
		expect(read('<p>Dosen saya mewajibkan buku Dasar Logika dan Bahasa C, C++ karya Pak '
			+ '<a href="https://social.example/budi">Budi Santoso</a> (Informatika Bandung, edisi keenam 2016). Jujur '
			+ 'dulu saya benci.</p>')).toEqual([
			['Dasar Logika dan Bahasa C, C++', ['Budi Santoso'], undefined, 'Informatika Bandung', '2016'],
		]);
	});

	test('names joined by `dan`, a translator after a comma, an edition note in the bracket; a bullet opens a title', () => {
		expect(read('<p>Titik balik saya: The Careful Coder karya Ana Putri dan Rudi Hartono (edisi ulang tahun, '
			+ 'Addison-Wesley, 2019). Bagus.<br>• Quiet Habits karya Jane Doe, terjemahan Sari Dewi (Gramedia Pustaka '
			+ 'Utama, 2019)</p>')).toEqual([
			['The Careful Coder', ['Ana Putri', 'Rudi Hartono'], undefined, 'Addison-Wesley', '2019'],
			['Quiet Habits', ['Jane Doe'], [{name: 'Sari Dewi', role: 'translator'}], 'Gramedia Pustaka Utama', '2019'],
		]);
	});

	test('`Title-nya Nickname (Full Name, House, Year)`: the title ends at `-nya`, the nickname names no work', () => {
		expect(read('<p>Habis itu tentu saja Clean Prose-nya Uncle Ted (Ted Baker, Prentice Hall, 2008). Bagus.</p>'))
			.toEqual([['Clean Prose', ['Ted Baker'], undefined, 'Prentice Hall', '2008']]);
	});

	test('`channel Title punya Pak Name <address>`: whose channel it is, its address', () => {
		expect(readPost('<p>Saya nonton video di channel Web Lessons ABC punya Pak Sandi Galih '
			+ '<a href="https://video.example/@sandi">https://video.example/@sandi</a>. Bagus.</p>', 'id')
			.map(w => [w.title, w.url, w.authors])).toEqual([['Web Lessons ABC', 'https://video.example/@sandi', ['Sandi Galih']]]);
	});

	test('a maker and an address after them: the work\'s page; no bracket and no address is no citation', () => {
		expect(readPost('<p>Bonus: podcast Syntax dari Wes Bos dan Scott Tolinski <a href="https://syntax.example/">'
			+ 'https://syntax.example/</a>. Ringan. Saya suka buku dari Jane Doe juga.</p>', 'id')
			.map(w => [w.title, w.url, w.authors])).toEqual([
			['Syntax', 'https://syntax.example/', ['Wes Bos', 'Scott Tolinski']],
		]);
	});
});

describe('a work cited in Russian prose in guillemets, its authors after it in the genitive', () => {
	test('`«Title» Мартина Клеппмана (Питер, 2018)`, and `<a>«Title»</a> A и B (2014)` with an undeclined name', () => {
		expect(readPost('<p>Параллельно читал «Большая книга. Часть первая» Мартина Клеппмана (Питер, 2018) — полезно. '
			+ 'И прочитайте статью <a href="https://papers.example/raft.pdf">«A Consensus Paper»</a> Диего Онгаро и Джона '
			+ 'Оустерхаута (2014) до лабы.</p><p>А ещё «Без скобок» Мартина Клеппмана.</p>', 'ru')
			.map(w => [w.title, w.url, w.kind, w.authors, w.publisher, w.publishedAt])
			.sort(([a], [b]) => String(a).localeCompare(String(b)))).toEqual([
			['A Consensus Paper', 'https://papers.example/raft.pdf', 'paper', ['Диего Онгаро', 'Джон Оустерхаут'], undefined,
				'2014'],
			['Большая книга. Часть первая', undefined, 'book', ['Мартин Клеппман'], 'Питер', '2018'],
		]);
	});
});

describe('a listed work named again in passing, shortened', () => {
	test('`『Title』` in another work\'s comment, opening a listed title that has its facts, is that work again', () => {
		const card = (n: number, title: string) => `<figure><a href="https://shop.example/${n}"><p>${title} - 서점</p>`
			+ '<p>소개</p><p>shop.example</p></a></figure>';
		expect(readPost(`<h3>1. 봄의 정원 3.1</h3>${card(1, '봄의 정원 3.1')}<ul><li>저자: 김철수</li><li>출판사: 위키북스</li></ul>
			<p>두꺼운 책.</p><h3>2. 여름 바다</h3>${card(2, '여름 바다')}<ul><li>저자: 이영희</li><li>출판사: 인사이트</li></ul>
			<p>『봄의 정원』이 너무 두꺼우면 이 책부터 추천해요.</p>`, 'ko').map(w => w.title)).toEqual(['봄의 정원 3.1', '여름 바다']);
	});
});

describe('a top-N list whose buttons are calls to action', () => {
	test('a button ending as the page\'s calls to action do (`Cartaceo su Amazon` beside `Vedi su Amazon`) is none', () => {
		const button = (href: string, text: string) => `<div class="wp-block-button"><a href="${href}">${text}</a></div>`;
		expect(readPost(`<h3>1. Il libro A</h3><ul><li>Autore: Ada Rossi</li><li>Editore: Pearson</li></ul><p>Bello.</p>
			<div class="wp-block-buttons">${button('https://amzn.to/3xK9LqC', 'Vedi su Amazon')}</div>
			<h3>2. Il libro B</h3><ul><li>Autore: Bruno Bianchi</li><li>Editore: Apogeo</li>
			<li>Anno: 2018 (terza edizione)</li><li>Lingua: inglese</li></ul><p>Ottimo.</p><div class="wp-block-buttons">
			${button('https://b.example/', 'Leggi online')}${button('https://amzn.to/3K9vWxT', 'Cartaceo su Amazon')}</div>
			<h2>Domande frequenti</h2><p>Per la maggior parte delle persone da Python.</p>`, 'it').map(w => w.title))
			.toEqual(['Il libro A', 'Il libro B']);
	});
});
