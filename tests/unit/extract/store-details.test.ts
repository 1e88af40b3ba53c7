import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

const read = (html: string, url = 'https://shop.example/item/1') => extractMetadata(new JSDOM(html, {url}).window.document, url);

describe('a store\'s publisher, under the labels stores write', () => {
	test.each([
		['<table><tr><th>Imprint</th><td>Tor Books</td></tr><tr><th>ISBN-13</th><td>9780765326355</td></tr></table>', 'Tor Books'],
		['<dl><dt>Verlag</dt><dd>Suhrkamp</dd><dt>ISBN</dt><dd>9783518366820</dd></dl>', 'Suhrkamp'],
		['<ul><li>PUBLISHER: Penguin Classics</li><li>ISBN: 9780141439518</li></ul>', 'Penguin Classics'],
		['<p>Wydawnictwo: Znak</p><p>ISBN: 9788324031458</p>', 'Znak'],
		['<p>出版者：新潮社</p><p>ISBN：9784101001012</p>', '新潮社'],
		['<p>出品方: 新经典文化</p><p>ISBN: 9787544253994</p>', '新经典文化'],
		['<dl><dt>Éditions</dt><dd>Gallimard</dd><dt>EAN</dt><dd>9782070360024</dd></dl>', 'Gallimard'],
	])('%s', (html, publisher) => expect(read(html).publisher).toBe(publisher));

	test('a catalogue\'s ISBD imprint under a publisher label gives the publisher and the year', () => {
		expect(read('<dl><dt>Imprint</dt><dd>London : Gollancz, 2020</dd><dt>ISBN</dt><dd>9780575090675</dd></dl>'))
			.toMatchObject({publisher: 'Gollancz', publishedAt: '2020'});
	});

	test('a details list without an ISBN is read from its publisher label; a word ending in a label is not one', () => {
		expect(read('<main><h1>A comic</h1><dl><dt><b>Publisher</b></dt><dd>Dargaud</dd><dt>Pages</dt><dd>48</dd></dl></main>'))
			.toMatchObject({publisher: 'Dargaud', duration: {pages: 48}});
		expect(read('<dl><dt>Publisher</dt><dd>Orbit</dd><dt>Update:</dt><dd>2020-01-01</dd></dl>').publishedAt).toBeUndefined();
	});
});
