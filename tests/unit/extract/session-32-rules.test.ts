import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';
import {parsePeople} from '../../../src/extract/people.ts';

// Issue #19, session 32: rules written from how pages are written, each on a minimal page of its own.
const read = (body: string, head = '<title>A post</title>', url = 'https://news.example/2026/12/06/post') =>
	extractMetadata(new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, {url}).window.document, url);
const en = '<p>' + 'The council met on Tuesday to weigh the plan against the cost of doing nothing. '.repeat(3) + '</p>';
const names = (line: string) => parsePeople([line]).map(p => p.name);

describe('who wrote it', () => {
	test('an author named by a web address (`iDNES.cz`, `Lenta.ru`) is the site, and a byline in the page stands', () => {
		const page = read(`<article><h1>Trams stop for five months</h1><div class="authors"><span itemprop="author">`
			+ `Kryštof Uhlíř</span>, <span itemprop="author">Tereza Vaňková</span></div>${en}</article>`,
		'<title>Trams stop</title><meta name="author" content="iDNES.cz">');
		expect(page.authors).toEqual(['Kryštof Uhlíř', 'Tereza Vaňková']);
		expect(names('Lenta.ru')).toEqual([]);
	});
	test('a site not named in its tags is the head title\'s last part: an author meta tag naming it gives way', () => {
		const zh = '<p>' + '放学时间与家长下班时间之间，始终隔着两个多小时，托管班填补了这段空白。'.repeat(3) + '</p>';
		const page = read(`<div class="content"><h1>县城托管班的冬天</h1><div class="meta"><span class="author">`
			+ `南方周末记者 顾岩 南方周末特约撰稿 林晓芸</span></div>${zh}</div>`,
		'<title>县城托管班的冬天 - 南方周末</title><meta name="author" content="南方周末">');
		expect(page.authors).toEqual(['顾岩', '林晓芸']);
	});
	test('a personal site named after its author: its structured data\'s Person stands when nobody else is named', () => {
		const page = read(`<article itemscope itemtype="http://schema.org/BlogPosting"><h1 itemprop="name">Code coverage`
			+ `</h1>${en}<p><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">`
			+ 'Nicolas Perriault</span></span></p></article>', '<title>Code coverage | Code | Nicolas Perriault</title>',
		'https://perriault.example/code/2013/coverage/');
		expect(page.authors).toEqual(['Nicolas Perriault']);
	});
	test('a byline block\'s line with a byline\'s label comes before an outlet\'s logo over it', () => {
		const page = read('<article><h1>Dairy farmers switch to sheep</h1><div class="ArticleByline_root">'
			+ '<p class="ArticleByline_sourceLogo"><a href="https://news.example/gippsland">ABC Gippsland</a></p>'
			+ '<div class="ArticleByline_authors"><span>By </span><a href="https://news.example/news/chloe-nguyen/1">'
			+ 'Chloe Nguyen</a><span> and </span><a href="https://news.example/news/rhys-whitcombe/2">Rhys Whitcombe</a>'
			+ `</div></div>${en}</article>`);
		expect(page.authors).toEqual(['Chloe Nguyen', 'Rhys Whitcombe']);
	});
	test('bylines after the content are related stories\': the byline under the title comes first', () => {
		const page = read('<main><div class="header"><h1>Fridges for the neighbourhood</h1><div class="sub">A project grew'
			+ '</div><div class="data"><p class="from">Por Marina Teixeira Lopes e Rafael Dornelles</p>'
			+ '<p><time datetime="2026-12-06T09:00:00Z">06/12/2026</time></p></div></div>'
			+ `<article class="body">${en}</article><div class="feed"><a href="https://news.example/2026/12/05/other">`
			+ 'Food bank record</a><span class="feed-post-byline">Por Juliana Prates</span></div></main>');
		expect(page.authors).toEqual(['Marina Teixeira Lopes', 'Rafael Dornelles']);
	});
	test('links to an author\'s page in Spanish, German or Polish (`/autor/name`) name the authors', () => {
		const page = read('<main><h1>Ferrocarril al Salitre</h1><p class="x"><a class="l" href="https://shop.example/'
			+ 'libros/autor/rodrigo-vergara">Rodrigo Vergara</a>; <a class="l" href="https://shop.example/libros/autor/'
			+ `daniela-pizarro">Daniela Pizarro</a></p>${en}</main>`, '<title>Ferrocarril al Salitre</title>',
		'https://shop.example/libro-ferrocarril/9789563384123/p/1');
		expect(page.authors).toEqual(['Rodrigo Vergara', 'Daniela Pizarro']);
	});
	test('a byline inside a link that says more is another book\'s; credits in a row each have their label', () => {
		const page = read('<main><h1>Die Vögel meines Hinterhofs</h1><p>Ein Jahr mit den Nachbarn</p><p class="contributors"><span class="c">Autor: <a>'
			+ 'Henrike Albers</a></span> <span class="c">Illustration: <a>Jonas Feldkamp</a></span></p>' + en
			+ '<ul class="also"><li><a href="https://shop.example/artikel/buch/2"><span class="title">Stadtfüchse</span>'
			+ '<span class="author">Moritz Brandl</span></a></li></ul></main>', '<title>Die Vögel</title>',
		'https://shop.example/artikel/buch/1');
		expect(page.authors).toEqual(['Henrike Albers']);
		expect(names('Кэтрин Марлоу: Дом у северного маяка')).not.toContain('Марлоу');
	});
	test('a label of two words closes on its colon (`Tác giả:`); Arabic parts names by its own comma', () => {
		expect(names('Tác giả:Nguyễn Thị Thu Hà')).toEqual(['Nguyễn Thị Thu Hà']);
		expect(names('أحمد سمير، منى الشريف')).toEqual(['أحمد سمير', 'منى الشريف']);
		expect(names('أحمد سمير، و')).toEqual(['أحمد سمير']);
	});
});

describe('what it is about', () => {
	test('a description that only repeats the head title\'s headline gives way to the standfirst under the title', () => {
		const page = read('<article><h1>Aurora will pay farmers to leave their fields dry</h1><div class="dek"><p>The '
			+ 'city’s $48 million lease deal would keep water in reserve for dry years, but towns downstream say it costs '
			+ `them jobs</p></div><figure><figcaption>A farmer walks along a dry ditch.</figcaption></figure>${en}`
			+ '</article>', '<title>Aurora approves $48M plan to lease farm water – The Post</title><meta name="descrip'
			+ 'tion" content="Aurora approves $48M plan to lease farm water">');
		expect(page.description).toMatch(/^The city’s \$48 million lease deal/);
	});
	test('a standfirst the page hides is none', () => {
		const page = read('<article><h1>Title</h1><div style="visibility: hidden"><p>Hidden words that nobody sees on '
			+ 'the page, long enough to be read as a paragraph of text.</p></div>' + en + '</article>');
		expect(page.description).toMatch(/^The council met/);
	});
	test('a site\'s blurb sharing only a short word with the title (`avec`) is still the site\'s', () => {
		const page = read('<main><h1>Automatisez vos tests avec Postman</h1><section><h2>Ce que vous allez apprendre'
			+ '</h2><p>Vous testez encore vos API à la main ? Dans ce cours, vous apprendrez à écrire des collections '
			+ 'réutilisables.</p></section></main>', '<title>Automatisez vos tests avec Postman - OpenClassrooms</title>'
			+ '<meta name="description" content="OpenClassrooms, leader de la formation en ligne, avec un mentor.">'
			+ '<meta property="og:site_name" content="OpenClassrooms">', 'https://edu.example/fr/courses/1-automatisez');
		expect(page.description).toMatch(/^Vous testez encore/);
	});
	test('a longer description found to complete the chosen one is no store\'s pitch', () => {
		const url = 'https://shop.example/libro-ferrocarril/9789563384123/p/1';
		const page = read('<main><h1>Ferrocarril al Salitre</h1></main>', '<title>Ferrocarril al Salitre</title>'
			+ '<script type="application/ld+json">{"@type":"Product","name":"Ferrocarril al Salitre","description":'
			+ '"Entre 1880 y 1930 nacieron pueblos en la pampa"}</script><meta name="description" content="Entre 1880 y '
			+ '1930 nacieron pueblos en la pampa | Envío gratis a todo Chile">', url);
		expect(page.description).toBe('Entre 1880 y 1930 nacieron pueblos en la pampa');
	});
});
