import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

// Issue #19, session 35: rules written from how pages are written, each on a minimal page of its own.
const read = (html: string, url = 'https://blog.example/2026/12/post') =>
	extractMetadata(new JSDOM(html, {url}).window.document, url);

describe('site names', () => {
	test('a JSON-LD graph\'s WebSite node names the site, not the article\'s publisher (a company or the blogger)', () => {
		const graph = (publisher: object) => read('<html lang="en"><head><title>Faster backfills</title>'
			+ '<script type="application/ld+json">' + JSON.stringify({'@graph': [
				{'@type': 'Article', 'headline': 'Faster backfills', 'author': {'name': 'Ana Torres'},
					'publisher': {'@id': '#owner'}},
				{'@type': 'WebSite', '@id': '#site', 'name': 'Example Engineering', 'publisher': {'@id': '#owner'}},
				{'@id': '#owner', ...publisher},
			]}) + '</script></head><body><h1>Faster backfills</h1></body></html>');
		expect(graph({'@type': 'Organization', 'name': 'Example'}).siteName).toBe('Example Engineering');
		expect(graph({'@type': 'Person', 'name': 'Lena Hartmann'}).siteName).toBe('Example Engineering');
	});
});

describe('authors', () => {
	test('an academic title before a full name is no part of it; before one word it is a pen name\'s', () => {
		const byline = (names: string) => read('<html lang="en"><head><title>Urban heat</title></head><body><article>'
			+ `<h1>Urban heat</h1><p class="byline">By ${names}</p><p>${'Sensors on balconies measured the nights. '.repeat(8)}`
			+ '</p></article></body></html>').authors;
		expect(byline('Dr. Meenakshi Iyer')).toEqual(['Meenakshi Iyer']);
		expect(byline('Prof. Dr. Katrin Berger and Dra. Ana Lima')).toEqual(['Katrin Berger', 'Ana Lima']);
		expect(byline('Dr. Seuss')).toEqual(['Dr. Seuss']);
	});
});

describe('store and catalogue labels', () => {
	const sheet = (lang: string, rows: [string, string][]) => read(`<html lang="${lang}"><head><title>Vinterhavnen</title>`
		+ '</head><body><h1>Vinterhavnen</h1><table>'
		+ rows.map(([label, value]) => `<tr><th>${label}</th><td>${value}</td></tr>`).join('')
		+ '<tr><th>ISBN</th><td>9788702123456</td></tr></table></body></html>', 'https://shop.example/p/vinterhavnen');
	test('Finnish stores name the publisher `Kustantaja` and the release day `Ilmestymispäivä`', () => {
		expect(sheet('fi', [['Kustantaja', 'Otava'], ['Ilmestymispäivä', '27.8.2025']]))
			.toMatchObject({publisher: 'Otava', publishedAt: '2025-08-27'});
	});
	test('Danish and Norwegian stores date the edition `Udgivelsesdato` and `Utgivelsesdato`', () => {
		expect(sheet('da', [['Forlag', 'Gyldendal'], ['Udgivelsesdato', '20.08.2026']]))
			.toMatchObject({publisher: 'Gyldendal', publishedAt: '2026-08-20'});
		expect(sheet('no', [['Forlag', 'Cappelen Damm'], ['Utgivelsesdato', '04.09.2026']]))
			.toMatchObject({publisher: 'Cappelen Damm', publishedAt: '2026-09-04'});
	});
	test('Hungarian stores date the edition `Megjelenés dátuma`, written year first with stops', () => {
		expect(sheet('hu', [['Kiadó', 'Magvető'], ['Megjelenés dátuma', '2026. 10. 08.']]))
			.toMatchObject({publishedAt: '2026-10-08'});
	});
	test('a VuFind catalogue heads its author `Main Author`, inverted with the life dates', () => {
		expect(sheet('en', [['Main Author', 'Okonkwo, Adaeze, 1968-'], ['Published', 'Chicago : Example Press, 2009.']]))
			.toMatchObject({authors: ['Adaeze Okonkwo'], publisher: 'Example Press', publishedAt: '2009'});
	});
});
