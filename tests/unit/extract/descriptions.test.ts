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
		['the site\'s name opening a tagline', 'Example News | Science, space and the stories behind them'],
		['a welcome to the site', 'Welcome to Example News, your daily source of science and space stories.'],
		['a cookie notice', 'This site uses cookies to give you the best experience. By continuing you agree.'],
		['a store\'s sales line', 'Buy Signal from the moon at low prices. Free delivery on eligible orders.'],
		['a Chinese store\'s sales line', '《月亮的信号》，网购正版图书就上某某网'],
	])('%s', (_, description) => expect(page(meta(description)).description).toBe(PARAGRAPH));

	test('the next source\'s description comes before the first paragraph', () => {
		expect(page(`${meta('Example News')}<meta property="og:description" content="A faint patterned signal.">`).description).toBe('A faint patterned signal.');
		const ld = '<script type="application/ld+json">{"@type":"Product","name":"Signal","description":"Buy it now at the lowest prices"}</script>';
		expect(page(`${ld}${meta('A faint patterned signal.')}`).description).toBe('A faint patterned signal.');
	});

	test('a site\'s front page is described by its welcome; a description naming the site among other words is kept', () => {
		expect(page(meta('Welcome to Example News, your daily source of science.'), 'https://news.example/').description)
			.toBe('Welcome to Example News, your daily source of science.');
		expect(page(meta('Example News reporters follow a signal from the far side of the moon.')).description)
			.toBe('Example News reporters follow a signal from the far side of the moon.');
		expect(page(meta('A story about cookies, and the low tide.')).description).toBe('A story about cookies, and the low tide.');
	});
});
