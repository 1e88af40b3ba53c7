import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

describe('round 57: a Japanese thread\'s lines', () => {
	test('a work its own line calls not recommended (`非推奨`) is none recommended', () => {
		const works = readPost('<div>■手筋<br>・『将棋・ひと目の手筋』渡辺明<br>・『寄せの手筋200』金子タカシ</div><div>※『羽生の頭脳』'
			+ 'は名著だが定跡が古く、級位者には非推奨</div>', 'ja');
		expect(works.map(w => w.title)).toEqual(['将棋・ひと目の手筋', '寄せの手筋200']);
	});
	test('lines bulleted with a katakana middle dot under a label are a list (`■詰将棋<br>・『Title』Name`)', () => {
		const works = readPost('<div>■詰将棋<br>・『1手詰ハンドブック』浦野真彦<br>・『3手詰ハンドブック』浦野真彦</div>', 'ja');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['1手詰ハンドブック', ['浦野真彦']], ['3手詰ハンドブック', ['浦野真彦']],
		]);
	});
	test('a list\'s line closing on a name whose given name is in katakana names its author (`・『Title』金子タカシ`)', () => {
		const works = readPost('<div>■寄せ<br>・『寄せの手筋200』金子タカシ<br>・『美濃崩し200』金子タカシ</div>', 'ja');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['寄せの手筋200', ['金子タカシ']], ['美濃崩し200', ['金子タカシ']],
		]);
	});
});

describe('round 57: an interview\'s book widgets', () => {
	test('a widget its class says shows a book is the book\'s card, no sidebar\'s (`<div class="book-widget">`)', () => {
		const works = readPost('<p>Let us begin.</p><div class="book-widget"><div class="book-widget-body"><h2 '
			+ 'class="book-widget-title">The Promise of Sleep</h2><p class="book-widget-author">by William C. Dement &amp; '
			+ 'Christopher Vaughan</p></div></div><p>Why this one?</p><p>It founded the field.</p>');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['The Promise of Sleep', ['William C. Dement', 'Christopher Vaughan']],
		]);
	});
	test('a list\'s number set apart in a heading is no part of its title (`<h2><span class="num">1</span> Title</h2>`)', () => {
		const works = readPost('<h2><span class="num">1</span> Internal Time</h2><p>by Till Roenneberg</p><p>Why?</p>'
			+ '<h2><span class="num">2</span> Nodding Off</h2><p>by Alice Gregory</p>');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['Internal Time', ['Till Roenneberg']], ['Nodding Off', ['Alice Gregory']],
		]);
	});
});

describe('round 57: a question page', () => {
	test('the post its microdata marks the question is the asker\'s: the works it names are none recommended', () => {
		const html = '<html lang="ru"><head><title>Посоветуйте книги по истории Рима</title><script type="application/ld+json">'
			+ '{"@type":"QAPage"}</script></head><body><main><article itemscope itemtype="https://schema.org/Question">'
			+ '<h1>Посоветуйте книги по истории Рима</h1><p>Пробовал Гиббона, «История упадка и разрушения Римской империи», '
			+ 'бросил. С чего начать?</p></article><section><h2>Лучший ответ</h2><div itemscope '
			+ 'itemtype="https://schema.org/Answer"><p>Том Холланд, «Рубикон». Читается как триллер, лучшая книга про Рим.</p>'
			+ '<p>Ещё можно посмотреть лекции, их много, и они бесплатные, но книга лучше.</p></div></section></main></body>'
			+ '</html>';
		const url = 'https://answers.example/question/1';
		expect(harvest(new JSDOM(html, {url}).window.document, url).map(w => w.title)).toEqual(['Рубикон']);
	});
});

describe('round 57: an answer\'s list of classics', () => {
	test('one name before a comma and a quoted title, in a list written so, is its author (`1. Плутарх, «Title» — …`)', () => {
		const works = readPost('<ul><li>1. Светоний, «Жизнь двенадцати цезарей» — читается легко.</li><li>2. Плутарх, '
			+ '«Сравнительные жизнеописания» — не подряд.</li></ul>', 'ru');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['Жизнь двенадцати цезарей', ['Светоний']], ['Сравнительные жизнеописания', ['Плутарх']],
		]);
	});
	test('a word of a sentence standing so alone names no one (`Например, «Title»`)', () => {
		const works = readPost('<ul><li>Например, «Война и мир» — читается легко.</li><li>Другое дело.</li></ul>', 'ru');
		expect(works.filter(w => w.authors?.length)).toEqual([]);
	});
	test('full names closing a sentence\'s opening, or after a dash or `start with`, then a comma or a dash credit the title', () => {
		const works = readPost('<p>Начните с Мэри Бирд — «SPQR. История Древнего Рима». Написано живо.</p><p>А я бы не '
			+ 'боялся учебника. С. И. Ковалёв, «История Рима» — написан ясно.</p>', 'ru');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['SPQR. История Древнего Рима', ['Мэри Бирд']], ['История Рима', ['С. И. Ковалёв']],
		]);
	});
});

describe('round 57: two works of one title', () => {
	test('the same title by two people named apart is two works (`Name, «История Рима»` twice)', () => {
		const works = readPost('<p>С. И. Ковалёв, «История Рима» — написан ясно.</p><p>Для второго захода — Теодор '
			+ 'Моммзен, «История Рима», классика.</p>', 'ru');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['История Рима', ['С. И. Ковалёв']], ['История Рима', ['Теодор Моммзен']],
		]);
	});
});

describe('round 57: a newsletter\'s book rows', () => {
	test('a translator after the imprint on the line under the dash\'s people (`House, 2017 · traduzione di A e B`)', () => {
		const works = readPost('<table><tr><td><b>La grande cecità</b> — Amitav Ghosh<br>Neri Pozza, 2017 · traduzione di '
			+ 'Anna Nadotti e Norman Gobetti</td></tr></table><p>Un saggio breve.</p>', 'it');
		expect(works.map(w => [w.title, w.authors, w.contributors?.map(c => `${c.role}:${c.name}`), w.publisher]))
			.toEqual([['La grande cecità', ['Amitav Ghosh'], ['translator:Anna Nadotti', 'translator:Norman Gobetti'],
				'Neri Pozza']]);
	});
});

describe('round 57: a forum post\'s works named by their kind', () => {
	test('a title set apart right after the word for its kind is a work of that kind (`das Buch <i>Title</i> (House)`)', () => {
		const works = readPost('<div>Der Typ hat auch das Buch <i>Mastering Ubuntu Server</i> (Packt) geschrieben, gut.<br>'
			+ 'Podcast: <b>c\'t uplink</b> von heise, nicht nur Linux.</div>', 'de');
		expect(works.map(w => [w.title, w.kind, w.publisher])).toEqual([
			['Mastering Ubuntu Server', 'book', 'Packt'], ['c\'t uplink', 'podcast', undefined],
		]);
	});
	test('a Russian `подкаст` before it, its author labelled with a dash in brackets (`(автор — Name)`)', () => {
		const works = readPost('<p>И если с английским нормально — подкаст <b>The History of Rome</b> (автор — Mike Duncan). '
			+ '179 выпусков.</p>', 'ru');
		expect(works.map(w => [w.title, w.kind, w.authors]))
			.toEqual([['The History of Rome', 'podcast', ['Mike Duncan']]]);
	});
	test('emphasis after no word for a kind is none (`ist <i>wirklich</i> gut`)', () => {
		expect(readPost('<div>Das ist <i>Wirklich</i> gut und <b>Einfach</b> so.</div>', 'de')).toEqual([]);
	});
});

describe('round 57: a Japanese reply\'s book in passing', () => {
	test('a name or a house owning a title before `の` credits it (`藤井猛の『Title』`, `高橋書店の『Title』`)', () => {
		const works = readPost('<div>四間飛車党なら藤井猛の『四間飛車を指しこなす本』<br>1巻だけでいい。</div><div>序盤なら高橋書店の'
			+ '『羽生善治のみるみる強くなる将棋 序盤の指し方 入門』<br>大人が読んでも勉強になる</div>', 'ja');
		expect(works.map(w => [w.title, w.authors, w.publisher])).toEqual([
			['四間飛車を指しこなす本', ['藤井猛'], undefined], ['羽生善治のみるみる強くなる将棋 序盤の指し方 入門', undefined, '高橋書店'],
		]);
	});
	test('a word for readers owning it names no one (`初心者の『Title』`)', () => {
		const works = readPost('<div>これは初心者の『将棋の基本』です、おすすめ</div>', 'ja');
		expect(works.map(w => w.authors)).toEqual([undefined]);
	});
});
