import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

// Issue #19, session 37: rules written from probes27's misses, each on a minimal page of its own.
const read = (html: string, url: string) => extractMetadata(new JSDOM(html, {url}).window.document, url);

describe('store pages', () => {
	test('a day alone on a line of a details list dates the edition, under a label in any language', () => {
		const page = read('<html lang="cs"><head><title>Solné cesty</title></head><body><h1>Solné cesty</h1><dl>'
			+ '<dt>Datum vydání</dt><dd>12. 11. 2026</dd><dt>ISBN</dt><dd>9789403198767</dd></dl></body></html>',
		'https://shop.example/kniha/solne-cesty');
		expect(page.publishedAt).toBe('2026-11-12');
	});

	test('a store\'s blurb below a `<main>` that holds none is the description', () => {
		const blurb = 'In 1868, a young surveyor joins the Great Trigonometrical Survey and is sent to map the hills '
			+ 'of the Western Ghats.';
		const page = read('<html lang="en"><head><title>The Surveyor</title></head><body><main><h1>The Surveyor</h1>'
			+ '<div class="price">Rs. 499</div></main><section><h2>About the Book</h2><p>' + blurb + '</p></section>'
			+ '</body></html>', 'https://shop.example/book/the-surveyor');
		expect(page.description).toBe(blurb);
	});
});

describe('titles and bylines', () => {
	test('an og:title that is the head title\'s last part names the site, not the page', () => {
		const page = read('<html lang="no"><head><title>Når databasen sier nei | JavaZone 2026</title>'
			+ '<meta property="og:site_name" content="JavaZone"><meta property="og:title" content="JavaZone 2026"></head><body><p>Foredrag</p></body></html>',
		'https://conf.example/2026/talk/1');
		expect(page.title).toBe('Når databasen sier nei');
	});

	test('an `<h2>` heads a page without an `<h1>`; a byline may open with its day', () => {
		const page = read('<html lang="en"><head><title>A new layout for the build directory | Example Blog</title>'
			+ '</head><body><article><h2>A new layout for the build directory</h2><p class="byline">Dec. 1, 2026 · '
			+ 'Jana Dvořáková on behalf of the Cargo team</p><p>Text.</p></article></body></html>',
		'https://blog.example/2026/12/01/build-directory/');
		expect(page).toMatchObject({title: 'A new layout for the build directory', authors: ['Jana Dvořáková'],
			siteName: 'Example Blog'});
	});
});
