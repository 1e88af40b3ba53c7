import {describe, expect, test} from 'vitest';
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
});
