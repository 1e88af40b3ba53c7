import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {NOT_TITLE} from '../../../src/extract/harvest/item.ts';
import {readPost} from './read-post.ts';

describe('round 55', () => {
	test('a reply\'s subject is no title (`Re: Books for a beginner?`, German mail\'s `AW:`); `Re:Zero` is one', () => {
		expect(['Re: Books for a complete beginner? (26, first job)', 'AW: Buchtipps', 'Re:Zero', 'Reamde']
			.map(title => NOT_TITLE.test(title))).toEqual([true, true, false, false]);
	});
	test('a link to the site\'s own page named as a kind of work with who gives it is that work', () => {
		const works = readPost('<p>For the commute: the <a href="https://blog.example/wiki/Podcast">Money Matters '
			+ 'Weekly</a> podcast hosted by Rick Ferri. Start from the early episodes.</p><p>And the <a href='
			+ '"https://blog.example/wiki/Getting_started">Getting started</a> page answers the rest.</p>');
		expect(works.map(w => [w.title, w.kind, w.authors, w.url])).toEqual([
			['Money Matters Weekly', 'podcast', ['Rick Ferri'], 'https://blog.example/wiki/Podcast'],
		]);
	});
	test('an academic title before a full name is no part of it; before one word it is a pen name\'s', () => {
		const works = readPost('<p>Dengar podcast <a href="https://open.spotify.com/show/4xWq0r7">Borak Sejarah</a> '
			+ 'oleh Dr. Hafiz Rahman. Episod pasal Darurat paling best.</p>'
			+ '<p>Read <i>The Golden Age of Sail</i> by Prof. Anna Lee, a short and lively history.</p>', 'ms');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['Borak Sejarah', ['Hafiz Rahman']],
			['The Golden Age of Sail', ['Anna Lee']],
		]);
	});
});

describe('round 55: a Japanese blog\'s numbered list of books', () => {
	const ja = (body: string) => readPost(`<p>写真をはじめたい人に、実際に読んでよかった本を紹介します。</p>${body}`, 'ja')
		.map(w => [w.title, w.authors, w.publisher, w.url]);
	test('a bold numbered line over a store\'s button: the title in its marks, the people and house after it', () => {
		expect(ja('<p><span style="font-weight:bold;">4. 『うまくてダメな写真とヘタだけどいい写真』幡野広志（ポプラ社）</span>'
			+ '<br><a href="https://www.amazon.co.jp/dp/4591166384">Amazonで見る</a><br><br>技術の本ではなく、気持ちの本です。</p>'))
			.toEqual([['うまくてダメな写真とヘタだけどいい写真', ['幡野広志'], 'ポプラ社', 'https://www.amazon.co.jp/dp/4591166384']]);
	});
	test('a list\'s line closing on a name is its author; on an edition\'s word, none; a house alone in brackets', () => {
		expect(ja('<ul><li>6. 『一生使える 写真の構図ノート』三好遥</li><li>7. 『ソール・ライターのすべて』（青幻舎）</li>'
			+ '<li>8. 『写真の教科書』文庫版</li></ul>')).toEqual([
			['一生使える 写真の構図ノート', ['三好遥'], undefined, undefined],
			['ソール・ライターのすべて', undefined, '青幻舎', undefined],
			['写真の教科書', undefined, undefined, undefined],
		]);
	});
	test('a book the writer gave up on halfway is none they recommend (`半分で挫折しました`)', () => {
		expect(ja('<p>『カメラはじめます！』こいしゆうか（サンクチュアリ出版）がいちばんでした。</p><p>有名なロラン・バルトの『明るい部屋』も'
			+ '読んでみたのですが…正直、難しすぎて半分で挫折しました（汗）</p>').map(w => w[0])).toEqual(['カメラはじめます！']);
	});
});

describe('round 55: a Chinese forum\'s replies', () => {
	const zh = (body: string) => readPost(`<p>零基础自学日语，想考到N2，求推荐教材。</p>${body}`, 'zh')
		.map(w => [w.title, w.kind, w.url]);
	test('a link whose comma clause closes on its kind is that kind of work (`<a>X</a>，NHK WORLD出的免费课程`)', () => {
		expect(zh('<p>另外推荐NHK的<a href="https://www.nhk.or.jp/lesson/zh/">やさしい日本語</a>，NHK WORLD出的免费课程，有中文版，'
			+ '每课几分钟。</p><p>查词用<a href="https://www.mojidict.com/">MOJi辞書</a>，很好用。</p>'))
			.toEqual([['やさしい日本語', 'course', 'https://www.nhk.or.jp/lesson/zh/']]);
	});
	test('a video\'s title opening on its series in brackets keeps them (`【新标日初级上册】全48课精讲`)', () => {
		expect(zh('<p>配合B站这个一起看：<a href="https://www.bilibili.com/video/BV1Kt4y1X7mQ/">【新标日初级上册】全48课精讲'
			+ ' 零基础入门</a>，讲得很细。</p>').map(w => w[0])).toEqual(['【新标日初级上册】全48课精讲 零基础入门']);
	});
});

describe('round 55: a Malaysian forum\'s replies', () => {
	test('the house closing a credit\'s clause after its by-word, with no year (`…, terbitan SUARAM.`)', () => {
		const works = readPost('<p>Pasal 1969, baca <b>May 13: Declassified Documents on the Malaysian Riots of 1969</b> '
			+ 'by Kua Kia Soong, terbitan SUARAM. Berat sikit, tapi bagus.</p><p>And <i>Another Country</i> by James '
			+ 'Baldwin, published by a small press.</p>', 'ms');
		expect(works.map(w => [w.title, w.authors, w.publisher])).toEqual([
			['May 13: Declassified Documents on the Malaysian Riots of 1969', ['Kua Kia Soong'], 'SUARAM'],
			['Another Country', ['James Baldwin'], undefined],
		]);
	});
	test('a link naming its site after a title set apart is where that work is read, no work of its own', () => {
		const html = '<html lang="ms"><head><title>Buku sejarah Malaysia yang best? - Lowyat.NET</title></head><body>'
			+ '<div class="post"><p>Nak baca sejarah Malaysia yang best, ada cadangan buku?</p></div>'
			+ '<div class="post"><p>Satu lagi untuk TS: <i>The Golden Chersonese</i> oleh Isabella Bird. Catatan perjalanan '
			+ 'dia tahun 1879, ada versi percuma dekat <a href="https://www.gutenberg.org/ebooks/13093">Project Gutenberg</a>.'
			+ '</p></div><div class="post"><p>Baca juga <a href="https://python-istihza.yazbel.com/">Yazbel Python '
			+ 'Belgeleri</a>, percuma.</p></div></body></html>';
		const url = 'https://forum.lowyat.net/topic/5412345';
		expect(harvest(new JSDOM(html, {url}).window.document, url).map(w => [w.title, w.authors, w.url])).toEqual([
			['The Golden Chersonese', ['Isabella Bird'], 'https://www.gutenberg.org/ebooks/13093'],
			// (a work named for its site, with no title set apart before it, stays one)
			['Yazbel Python Belgeleri', undefined, 'https://python-istihza.yazbel.com/'],
		]);
	});
});

describe('round 55: a byline\'s one name running into its sentence', () => {
	test('a full name after the by-word ends at the sentence\'s first lowercase word (`de Karlos Arguiñano cumple…`)', () => {
		const works = readPost('<p>Si tu casa es más de Arguiñano, el <em>1069 recetas</em> de Karlos Arguiñano cumple la '
			+ 'misma función con más chascarrillos.</p><p>Y <em>Simple</em> de Yotam Ottolenghi.</p>', 'es');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['1069 recetas', ['Karlos Arguiñano']], ['Simple', ['Yotam Ottolenghi']],
		]);
	});
	test('a work given up on by its title is none recommended; a reply\'s handle is no title', () => {
		const works = readPost('<p>I gave up on <em>Orbital</em> by Samantha Harvey around page 60.</p><p>But <em>Intermezzo'
			+ '</em> by Sally Rooney is wonderful.</p>');
		expect(works.map(w => w.title)).toEqual(['Intermezzo']);
		expect(NOT_TITLE.test('@BezdomnySmok')).toBe(true);
	});
});

describe('round 54\'s leftovers, studied in session 34', () => {
	test('a Turkish owner in the genitive before a title set apart (`Robert C. Martin\'in <b>Temiz Kod</b> kitabını`)', () => {
		const works = readPost('<p>3-4 ay sonra Robert C. Martin\'in <b>Temiz Kod</b> kitabını oku. Başta okursan pek bir '
			+ 'şey anlamazsın.</p><p>Sonra <b>Kod Bilgisayarın Gizli Dili</b> kitabına bak.</p>', 'tr');
		expect(works.map(w => [w.title, w.authors])).toContainEqual(['Temiz Kod', ['Robert C. Martin']]);
	});
	test('a bracket of an author and a house a reader knows, no year (`(Aditya Bhargava, Manning)`)', () => {
		const works = readPost('<p>Algoritma mantığı için de <b>Grokking Algorithms</b> (Aditya Bhargava, Manning) çok '
			+ 'güzel, resimli anlatıyor.</p><p>Ama <b>Sessiz Gece</b> (Ayşe Kaya, Ankara) bence değil.</p>', 'tr');
		expect(works.map(w => [w.title, w.authors, w.publisher])).toContainEqual(
			['Grokking Algorithms', ['Aditya Bhargava'], 'Manning']);
		expect(works.some(w => w.publisher === 'Ankara')).toBe(false);
	});
});

describe('round 54\'s Turkish links, studied in session 34', () => {
	test('the kind joined to the link in the dative, or a course\'s certificate (`kitabına bak`, `sertifikasını yap`)', () => {
		const works = readPost('<p>Al Sweigart\'ın <a href="https://automatetheboringstuff.com/">Automate the Boring Stuff '
			+ 'with Python</a> kitabına kesin bak.</p><p>Başlamadan önce freeCodeCamp\'in <a href="https://www.freecodecamp'
			+ '.org/learn/2022/responsive-web-design/">Responsive Web Design</a> sertifikasını yaparsan rahat geçer.</p>', 'tr');
		expect(works.map(w => [w.title, w.kind])).toEqual([
			['Automate the Boring Stuff with Python', 'book'], ['Responsive Web Design', 'course'],
		]);
	});
});
