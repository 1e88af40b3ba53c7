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

describe('catalogue imprints, store labels, head titles, days and author lists', () => {
	test('a catalogue\'s ISBD imprint, place and publisher parted by ` : `, is the edition\'s statement under any label',
		() => {
			// (Blacklight labels it `Description`, with the extent on the next line)
			const page = read('<html lang="en"><head><title>Tide Country / Ruth Amery. | Catalogue</title></head><body>'
				+ '<h1>Tide Country</h1><dl><dt>Author</dt><dd>Amery, Ruth, 1971- author.</dd><dt>Description</dt>'
				+ '<dd>Fremantle, Western Australia : Fremantle Press, 2024<br>280 pages ; 23 cm.</dd><dt>ISBN</dt>'
				+ '<dd>9781760992798 (paperback)</dd></dl></body></html>', 'https://catalogue.example.org/catalog/1');
			expect(page).toMatchObject({publisher: 'Fremantle Press', publishedAt: '2024'});
		});
	test('an Indonesian store names the publisher `Penerbit` and the day `Tanggal Terbit`', () => {
		const page = read('<html lang="id"><head><title>Senja di Pelabuhan | Toko Buku</title></head><body>'
			+ '<h1>Senja di Pelabuhan</h1><div class="detail"><div><p>Penerbit</p><p>Mizan Pustaka</p></div>'
			+ '<div><p>ISBN</p><p>9786024412456</p></div><div><p>Tanggal Terbit</p><p>3 Mar 2025</p></div></div>'
			+ '<div class="review"><p class="review-date">20 Mar 2025</p><p>Bagus sekali.</p></div></body></html>');
		expect(page).toMatchObject({publisher: 'Mizan Pustaka', publishedAt: '2025-03-03'});
	});
	test('a head title\'s first part of over 40 characters is the page\'s own, though it names the site', () => {
		const page = read('<html lang="it"><head><title>Le onde lunghe, Marta Neri. Giulio Einaudi Editore - Coralli'
			+ '</title><meta property="og:site_name" content="Einaudi"></head><body><a href="/collane/coralli/">Coralli'
			+ '</a><h1>Le onde lunghe</h1><h2><a href="/autori/marta-neri/">Marta Neri</a></h2></body></html>',
		'https://www.editore.example/catalogo/le-onde-lunghe/');
		expect(page.title).toBe('Le onde lunghe');
		// (a short part naming the site still names it)
		expect(read('<html><head><title>Le onde lunghe - Giulio Einaudi Editore</title>'
			+ '<meta property="og:site_name" content="Einaudi"></head><body></body></html>').title).toBe('Le onde lunghe');
	});
	test('a day written month first with a stop after the day (`Dec 05. 2026`, as Kakao\'s blogs write it)', () => {
		const page = read('<html lang="ko"><head><title>책방 일지</title></head><body><h1>책방 일지</h1>'
			+ '<span class="date">Dec 05. 2026</span><p>책방을 연 지 3년이 지났다. 책만 팔아서는 월세를 낼 수 없다.</p>'
			+ '</body></html>', 'https://blog.example.kr/@a/1');
		expect(page.publishedAt).toBe('2026-12-05');
	});
	test('a list classed as the authors names one in each item', () => {
		const page = read('<html lang="en"><head><title>Faster wake-ups</title></head><body><article>'
			+ '<h1>Faster wake-ups</h1><ul class="post__authors"><li class="vcard"><a href="/people/ann/"><img alt="">'
			+ ' <span class="fn">Ann Weller</span></a></li><li class="vcard"><a href="/staff/bo/">'
			+ '<span class="fn">Bo Lindqvist</span></a></li></ul><p>We changed how scripts are cached and restored,'
			+ ' and the median wake-up time fell by more than half.</p></article></body></html>');
		expect(page.authors).toEqual(['Ann Weller', 'Bo Lindqvist']);
	});
});
