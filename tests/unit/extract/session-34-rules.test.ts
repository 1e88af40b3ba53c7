import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

// Issue #19, session 34: rules written from how pages are written, each on a minimal page of its own.
const read = (html: string, url = 'https://shop.example/item/1') =>
	extractMetadata(new JSDOM(html, {url}).window.document, url);

describe('dates', () => {
	test('English without its region is read by the site\'s country: day first in Britain, month first in America', () => {
		// (a details list naming the book's language, `English`, gives the page's language without a region)
		const page = (lang: string, named = 'English') => `<html lang="${lang}"><head><title>Quiet Reef</title></head>`
			+ '<body><main><h1>Quiet Reef</h1><dl><dt>Publication date</dt><dd>10/07/2025</dd><dt>Language</dt>'
			+ `<dd>${named}</dd><dt>ISBN-13</dt><dd>9781761472083</dd></dl></main></body></html>`;
		expect(read(page('en'), 'https://www.bookstore.com/w/quiet-reef').publishedAt).toBe('2025-10-07');
		expect(read(page('en-GB'), 'https://www.bookshop.co.uk/b/quiet-reef').publishedAt).toBe('2025-07-10');
		expect(read(page('en'), 'https://www.bookshop.com.au/b/quiet-reef').publishedAt).toBe('2025-07-10');
		expect(read(page('de', 'Deutsch'), 'https://www.buchladen.com/b/1').publishedAt).toBe('2025-07-10');
	});
});

describe('store and catalogue details', () => {
	test('a Brazilian publisher\'s sheet names the imprint `Selo` and the release day `Lançamento`', () => {
		const page = read('<html lang="pt-BR"><head><title>O rio de dentro - Ana Prado - Grupo Editorial</title></head>'
			+ '<body><h1>O rio de dentro</h1><h3>Ficha técnica</h3><dl><dt>Páginas</dt><dd>256</dd><dt>Selo</dt>'
			+ '<dd>Alfaguara</dd><dt>Lançamento</dt><dd>10/11/2025</dd><dt>ISBN</dt><dd>978-65-5921-084-8</dd></dl>'
			+ '</body></html>');
		expect(page).toMatchObject({publisher: 'Alfaguara', publishedAt: '2025-11-10', isbn: ['9786559210848']});
	});
	test('an Italian catalogue\'s `Pubblicazione` states place, publisher and year', () => {
		const page = read('<html lang="it"><head><title>Scheda - Catalogo</title></head><body><table>'
			+ '<tr><th>Titolo</th><td>Il filo del lago / Marta Ceriani</td></tr>'
			+ '<tr><th>Pubblicazione</th><td>Palermo : Sellerio, 2025</td></tr>'
			+ '<tr><th>Numeri</th><td>ISBN 9788838946028</td></tr>'
			+ '<tr><th>Lingua di pubblicazione</th><td>italiano</td></tr></table></body></html>');
		expect(page).toMatchObject({publisher: 'Sellerio', publishedAt: '2025'});
	});
	test('a record\'s title stands for a page title that shares no word with it, which labels the page', () => {
		const record = (title: string) => read(`<html lang="it"><head><title>${title}</title></head><body><table>`
			+ '<tr><th>Titolo</th><td>Il filo del lago / Marta Ceriani</td></tr>'
			+ '<tr><th>Pubblicazione</th><td>Palermo : Sellerio, 2025</td></tr>'
			+ '<tr><th>Numeri</th><td>ISBN 9788838946028</td></tr></table></body></html>');
		expect(record('Dettaglio - OPAC').title).toBe('Il filo del lago');
		expect(record('Bibliothekssuche').title).toBe('Il filo del lago');
		// (a page title that is the work's, however written, stays)
		expect(record('Il filo del lago : romanzo').title).toBe('Il filo del lago : romanzo');
	});
});
