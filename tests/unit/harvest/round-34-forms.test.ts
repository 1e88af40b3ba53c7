import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

describe('slides and the platforms that host them', () => {
	test('a talk\'s slides on Speaker Deck or SlideShare are the talk, a video, whatever the section lists', () => {
		const body = '<h2>Books</h2><ul><li><a href="https://speakerdeck.com/someone/quality-and-speed">Quality and Speed</a>'
			+ ' by Jane Roe</li><li><a href="https://www.slideshare.net/slideshow/deep-dive/123">Deep Dive</a></li></ul>';
		expect(readPost(body).map(w => [w.title, w.kind]))
			.toEqual([['Quality and Speed', 'video'], ['Deep Dive', 'video']]);
	});

	test('a link to a work there named only for the platform (`my slides are on Speaker Deck`) is no title', () => {
		const body = '<h2>Books</h2><ul><li><a href="https://books.example/b/1">Alpha Book</a> by Jane Roe</li></ul>'
			+ '<p>The slides of my talk are on <a href="https://speakerdeck.com/me/my-talk">Speaker Deck</a>, and'
			+ ' its recording on <a href="https://www.youtube.com/watch?v=abc">YouTube</a>.</p>';
		expect(readPost(body).map(w => w.title)).toEqual(['Alpha Book']);
	});

	test('a store\'s button named for the store (`by Name <a>Amazon</a>`) still gives the heading\'s work its address', () => {
		const page = 'https://blog.example/posts/reading-list/';
		const html = '<title>Reading list</title><article><h1>Reading list</h1><h2>1. The Work</h2><p>by Ann Poe'
			+ ' <a href="https://amazon.com/dp/1000000000">Amazon</a> by Ann Roe <a href="https://amazon.com/dp/1000000001">'
			+ 'Amazon</a></p></article>';
		expect(harvest(new JSDOM(html, {url: page}).window.document, page).map(w => [w.title, w.url]))
			.toEqual([['The Work', 'https://amazon.com/dp/1000000000']]);
	});
});
