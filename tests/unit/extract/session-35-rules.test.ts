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
