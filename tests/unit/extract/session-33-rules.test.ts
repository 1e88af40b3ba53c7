import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';
import {parsePeople} from '../../../src/extract/people.ts';

// Issue #19, session 33: rules written from how pages are written, each on a minimal page of its own.
const read = (body: string, head = '<title>A post</title>', url = 'https://shop.example/item/1') =>
	extractMetadata(new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, {url}).window.document, url);
const de = '<p>' + 'Ein Roman über Schuld, Zusammenhalt und das Leben am Strom, erzählt von einem Fährmann. '.repeat(2)
	+ '</p>';
const names = (line: string) => parsePeople([line]).map(p => p.name);

describe('which site', () => {
	test('a name written as an address is the brand, unless the head title calls the site by its word alone', () => {
		const og = (name: string) => `<meta property="og:site_name" content="${name}">`;
		expect(read(`<h1>Die Fährleute</h1>${de}`, `<title>Die Fährleute - Jonas Wendt - Buch gebraucht kaufen</title>`
			+ og('booklooker.de'), 'https://www.booklooker.de/x').siteName).toBe('booklooker.de');
		expect(read(`<h1>Das Flüstern</h1>${de}`, `<title>Das Flüstern - Taschenbuch | Hugendubel</title>`
			+ og('Hugendubel.de'), 'https://www.hugendubel.de/x').siteName).toBe('Hugendubel');
	});
	test('a company\'s legal form is no part of its site\'s name (`… GmbH`, `note株式会社`)', () => {
		const ld = (publisher: string) => '<script type="application/ld+json">' + JSON.stringify({'@context':
			'https://schema.org', '@type': 'NewsArticle', 'headline': 'Offices become homes', 'publisher':
			{'@type': 'Organization', 'name': publisher}}) + '</script>';
		const body = `<article><h1>Offices become homes</h1>${de}</article>`;
		expect(read(body, `<title>Offices become homes</title>${ld('Frankfurter Allgemeine Zeitung GmbH')}`).siteName)
			.toBe('Frankfurter Allgemeine Zeitung');
		expect(read(body, `<title>Offices become homes</title>${ld('note株式会社')}`).siteName).toBe('note');
		expect(read(body, `<title>Offices become homes</title>${ld('Wikimedia Foundation, Inc.')}`).siteName)
			.toBe('Wikimedia Foundation, Inc.');
	});
	test('a head title\'s last part names the site after the heading and the words a site adds to it', () => {
		const page = read(`<h1>Data Pipelines on Kubernetes</h1>${de}`, '<title>Data Pipelines on Kubernetes Online '
			+ 'Class | LinkedIn Learning, formerly Lynda.com</title>', 'https://www.linkedin.com/learning/data-pipelines');
		expect(page.siteName).toBe('LinkedIn Learning');
		expect(read(`<h1>Die Vermessung des Schweigens</h1>${de}`, '<title>Die Vermessung des Schweigens von Friederike '
			+ 'Aschenbrenner - Buch | Thalia</title>').siteName).toBe('Thalia');
		// (a name first stays the heading's exact remainder: a kicker before the heading is no site)
		expect(read(`<h1>Ortsumgehung B2 – Bürgerinitiative zieht vor Gericht</h1>${de}`, '<title>Weilheim: Ortsumgehung '
			+ 'B2 – Bürgerinitiative zieht vor Gericht | Oberland-Bote</title>').siteName).not.toBe('Weilheim');
	});
});

describe('who wrote it', () => {
	test('a radio episode\'s structured data is the page\'s main entity, as a podcast\'s is: its producer is the author', () => {
		const ld = {'@context': 'https://schema.org', '@graph': [{'@type': 'RadioEpisode', 'name': 'Mud volcanoes',
			'author': [{'@type': 'Person', 'name': 'Camille Renaud'}]}, {'@type': 'BreadcrumbList'}]};
		const page = read(`<main><article><h1>Mud volcanoes</h1>${de}</article><section><ul><li><a href="/other">`
			+ '<h3>The Lusi, twenty years on</h3></a><span class="CardArticle-author">Par Julie Lemaire</span></li></ul>'
			+ '</section></main>', `<title>Mud volcanoes | Radio</title><script type="application/ld+json">`
			+ `${JSON.stringify(ld)}</script>`);
		expect(page.authors).toEqual(['Camille Renaud']);
	});
	test('a colon after a name ends it: a listing\'s `Surname, Name:` before the title it heads', () => {
		expect(names('Wendt, Jonas:')).toEqual(['Jonas Wendt']);
		const page = read(`<h1>Die Fährleute</h1><div class="articleAuthor">Wendt, Jonas:</div>${de}`);
		expect(page.authors).toEqual(['Jonas Wendt']);
	});
	test('a dash after a name is no part of it (`Jérémy Piette —`)', () => {
		expect(names('Jérémy Piette —')).toEqual(['Jérémy Piette']);
	});
	test('a store\'s details list names the author before any class does: a recommendation\'s card may come first', () => {
		const page = read('<main><h1>The Ice Road Letters</h1><ul><li>Author: Marianne Tessier</li><li>Publisher: '
			+ `Penguin Canada</li><li>ISBN - 13: 9780735309814</li></ul>${de}<section><h2>Customers also bought</h2>`
			+ '<div class="product-tile"><a href="/north-water"><p>The North Water</p></a><p class="tile-author">'
			+ 'Ian McGuire</p></div></section></main>');
		expect(page.authors).toEqual(['Marianne Tessier']);
	});
	test('the byline as the page shows it spells a name the details list sorts (`コヴァルスカ, マルタ`)', () => {
		const page = read('<h1>風の地図帳</h1><p class="author-line">マルタ・コヴァルスカ著 ; 田村真理子訳</p>'
			+ '<dl><dt>著者</dt><dd><ul><li>コヴァルスカ, マルタ</li><li>著</li></ul></dd><dt>出版者</dt><dd>白水社</dd><dt>ISBN</dt>'
			+ `<dd>9784560091548</dd></dl>${de}`);
		expect(page.authors).toEqual(['マルタ・コヴァルスカ']);
	});
});
