import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

// Issue #19, session 36: rules written from how pages are written, each on a minimal page of its own.
const read = (html: string, url: string) => extractMetadata(new JSDOM(html, {url}).window.document, url);

describe('store and catalogue labels', () => {
	test('Dutch and Flemish stores date the edition `Verschijningsdatum`, not a review\'s day under it', () => {
		const page = read('<html lang="nl"><head><title>De zoutmeters</title></head><body><h1>De zoutmeters</h1><table>'
			+ '<tr><th>Uitgeverij</th><td>Example</td></tr><tr><th>Verschijningsdatum</th><td>12/11/2026</td></tr>'
			+ '<tr><th>ISBN</th><td>9789403198767</td></tr></table><section class="reviews"><p>Griet · <time '
			+ 'datetime="2026-11-20">20/11/2026</time> · Prachtig.</p></section></body></html>',
		'https://shop.example/boek/de-zoutmeters');
		expect(page).toMatchObject({publisher: 'Example', publishedAt: '2026-11-12'});
	});
});
