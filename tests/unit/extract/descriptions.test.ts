import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

const read = (html: string, url = 'https://news.example/2024/05/a-story') => extractMetadata(new JSDOM(html, {url}).window.document, url);
const PARAGRAPH = 'The ship had been drifting for three days when the signal came, faint and patterned, from the far side of the moon.';
const page = (head: string, url?: string) =>
	read(`<html><head><title>Signal from the moon</title><meta property="og:site_name" content="Example News">${head}</head>
		<body><article><h1>Signal from the moon</h1><p>${PARAGRAPH}</p></article></body></html>`, url);
const meta = (content: string) => `<meta name="description" content="${content}">`;

describe('a description the site puts on every page gives way to the page\'s own words', () => {
	test.each([
		['the title again', 'Signal from the moon'],
		['the site\'s name', 'Example News'],
	])('%s', (_, description) => expect(page(meta(description)).description).toBe(PARAGRAPH));

	test('the next source\'s description comes before the first paragraph', () => {
		expect(page(`${meta('Example News')}<meta property="og:description" content="A faint patterned signal.">`).description).toBe('A faint patterned signal.');
		const ld = '<script type="application/ld+json">{"@type":"Article","headline":"Signal from the moon","description":"Signal from the moon"}</script>';
		expect(page(`${ld}${meta('A faint patterned signal.')}`).description).toBe('A faint patterned signal.');
	});

	test.each([
		['a welcome to the site', 'Welcome to Example News, your daily guide to science and space.'],
		['a welcome to the site with an article', 'Welcome to the Example News! Stories of science and space.'],
		['the site as the subject of a sentence about itself', 'Example News is the top source of science news, with reviews and much more.'],
		['the site\'s name and its tagline', 'Example News | Science, space and the stories behind them'],
	])('%s, with no word of the title after it', (_, description) => expect(page(meta(description)).description).toBe(PARAGRAPH));

	test('a site\'s front page is described by its name; a description naming the site among other words is kept', () => {
		expect(page(meta('Example News'), 'https://news.example/').description).toBe('Example News');
		expect(page(meta('Example News | Science, space and the stories behind them'), 'https://news.example/').description)
			.toBe('Example News | Science, space and the stories behind them');
		expect(page(meta('Example News reporters follow a signal from the far side of the moon.')).description)
			.toBe('Example News reporters follow a signal from the far side of the moon.');
		// The site's name opening the description, then the title's words: it is about the page.
		expect(page(meta('Example News: the signal from the moon, decoded.')).description).toBe('Example News: the signal from the moon, decoded.');
	});

	test('a welcome to something other than the site is the work\'s own description', () => {
		const welcome = 'Welcome to the second edition of this guide, rewritten for the new signal.';
		expect(page(meta(welcome)).description).toBe(welcome);
		// A name that only begins a longer word is no opening by the site: `Example Newsroom` is another name.
		expect(page(meta('Example Newsroom staff report every week.')).description).toBe('Example Newsroom staff report every week.');
	});
});

describe('a store\'s pitch where a description belongs gives way to the page\'s own words', () => {
	test.each([
		['how it ships, in English', 'Signal from the moon by Ann Lee, 9780571398812, available with Free Delivery Worldwide.'],
		['in German', 'Signal from the moon von Ann Lee ✔ Bücher portofrei bestellen ✔ Jetzt kaufen!'],
		['in French', 'Signal from the moon, Ann Lee. Des milliers de livres avec la livraison chez vous en 1 jour.'],
		['in Japanese', 'Signal from the moon - Ann Lee - 本の購入はこちら。全品送料無料！'],
		['in Chinese', '网上书店在线销售正版《Signal from the moon》，作者：Ann Lee。'],
	])('%s', (_, description) => expect(page(meta(description)).description).toBe(PARAGRAPH));

	test('a description that only speaks of delivery among its own words is kept when no store sells', () => {
		expect(page(meta('A faint patterned signal, and the delivery of its message.')).description)
			.toBe('A faint patterned signal, and the delivery of its message.');
	});
});
