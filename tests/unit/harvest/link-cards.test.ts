import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

/** A forum's onebox: the site's name in its header, the page's title a heading wholly its link, then its lines. */
const onebox = (href: string, heading: string, lines: string) => `<aside class="onebox" data-onebox-src="${href}">`
	+ `<header class="source"><a href="${href}">site.example</a></header><article class="onebox-body">`
	+ `<h3><a href="${href}">${heading}</a></h3>${lines}</article></aside>`;

describe('a link preview a post holds', () => {
	test('its heading is the work, named as the page names it; its names line or byline its people', () => {
		expect(read('<p>The standard answer here:</p>'
			+ onebox('https://papers.example/abs/1', 'Slow Gardens', '<p>Ada Quinn, Ben Ortiz, Cleo Hart</p>'
				+ '<p>The approach to gardens provides a powerful way to handle all of it, and more…</p>')
			+ '<p>And for the reference, it is free as a PDF these days:</p>'
			+ onebox('https://press.example/~quinn/book/', 'Home page for the book, "Harbour Lights"',
				'<p>This is the home page for the book, Harbour Lights, by Ada Quinn, Dan Ross, and Eve Lang.</p>')
			+ '<aside class="quote"><blockquote><p>What would you read first?</p></blockquote></aside>'))
			.toMatchObject([
				{title: 'Slow Gardens', url: 'https://papers.example/abs/1', authors: ['Ada Quinn', 'Ben Ortiz', 'Cleo Hart']},
				{title: 'Harbour Lights', url: 'https://press.example/~quinn/book/',
					authors: ['Ada Quinn', 'Dan Ross', 'Eve Lang']}]);
	});
});
