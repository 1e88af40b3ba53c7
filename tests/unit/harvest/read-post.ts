import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://blog.example/2026/reading';

/**
 * What the harvest reads in a post whose article holds `body` after its heading and an opening paragraph, each work
 * as the tests compare it: every field named, `undefined` where the harvest gave none.
 */
export function readPost(body: string, lang = 'en', at = url) {
	const html = `<html lang="${lang}"><head><title>Reading</title></head><body><article><h1>Reading</h1>`
		+ '<p>What I read this year and would hand to a friend, with a line on each one below.</p>'
		+ `${body}</article></body></html>`;
	return harvest(new JSDOM(html, {url: at}).window.document, at).map(i => ({
		title: i.title, url: i.url, kind: i.kind, authors: i.authors, contributors: i.contributors,
		publisher: i.publisher, publishedAt: i.publishedAt,
	}));
}
