import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

const read = (body: string, head = '', url = 'https://old.example/p/1') =>
	extractMetadata(new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, {url}).window.document, url);

describe('microformats, candidates like the other sources', () => {
	test('they come after the head\'s tags (and the page\'s own fallbacks), and not where JSON-LD speaks', () => {
		const m = read('<div class="h-entry"><h1>Shown</h1><span class="p-name">Marked</span><p class="p-summary">Marked summary of the post.</p></div>',
			'<title>Head title</title><meta name="description" content="Head description.">');
		expect([m.title, m.description]).toEqual(['Head title', 'Head description.']);
		const ld = read('<script type="application/ld+json">{"@type":"WebPage","name":"x"}</script><div class="hproduct"><span class="brand">Gollancz</span></div>');
		expect(ld.publisher).toBeUndefined();
	});
	test('an h-entry: name, author card, published date, summary', () => {
		const m = read(`<article class="h-entry"><h1 class="p-name">Rivers of the north</h1><a class="p-author h-card" href="/ann"><span class="p-name">Ann Writer</span></a>
			<time class="dt-published" datetime="2012-03-04">4 March</time><p class="p-summary">Where the rivers run, and why they run north.</p></article>`);
		expect(m).toMatchObject({title: 'Rivers of the north', authors: ['Ann Writer'], publishedAt: '2012-03-04',
			description: 'Where the rivers run, and why they run north.'});
	});
	test('a classic hentry with a vcard author and an abbr date', () => {
		const m = read(`<div class="hentry"><h2 class="entry-title">Old post</h2><span class="author vcard"><span class="fn">Bob Reader</span></span>
			<abbr class="published" title="2008-07-01T10:00:00Z">July 1</abbr><div class="entry-content"><p>Text.</p></div></div>`);
		expect(m).toMatchObject({authors: ['Bob Reader'], publishedAt: '2008-07-01T10:00:00Z'});
		expect(m.sources?.publishedAt).toBe('microformats'); // No <time>: only the microformat dates it
	});
	test('an hProduct\'s brand is a book\'s publisher; its photo the cover', () => {
		const m = read(`<div class="hproduct"><h1 class="fn">The Old Book</h1><span class="brand">Gollancz</span><img class="photo" src="/covers/old.jpg" width="200">
			<p>ISBN: 9780575090675</p></div>`);
		expect(m).toMatchObject({title: 'The Old Book', publisher: 'Gollancz', image: 'https://old.example/covers/old.jpg', isbn: ['9780575090675']});
	});
	test('an hReview names its reviewer and its day', () => {
		const m = read(`<div class="hreview"><div class="item"><span class="fn">The Old Book</span></div><span class="reviewer vcard"><span class="fn">Cy Three</span></span>
			<abbr class="dtreviewed" title="2009-01-02">Jan 2</abbr><p class="description">A fine old book, worth a second read.</p></div>`);
		expect(m).toMatchObject({authors: ['Cy Three'], publishedAt: '2009-01-02'});
	});
});
