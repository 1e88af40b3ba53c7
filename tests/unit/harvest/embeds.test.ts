import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';

// Round 12 (held out): a post of talks, each a heading over an embedded player and its caption
const url = 'https://someone.example.dev/2024/11/02/seven-talks/';
const page = (body: string) => `<html><head><title>Talks</title></head><body><article><div class="entry-content">
<h1>Seven talks I send to every new developer</h1><p>All of them have aged well.</p>${body}</div></article></body></html>`;
const found = (body: string) => harvest(new JSDOM(page(body), {url}).window.document, url)
	.map(i => ({title: i.title, url: i.url, kind: i.kind, authors: i.authors, publishedAt: i.publishedAt}));

describe('embedded players', () => {
	test('a heading over a YouTube or Vimeo player and its caption: a video, its page the player\'s', () => {
		expect(found(`<h2>1. Simple Made Easy</h2>
			<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">
			<iframe title="Simple Made Easy - Rich Hickey (2011)" src="https://www.youtube.com/embed/SxdOUGdseq4?feature=oembed"></iframe>
			</div><figcaption>Rich Hickey, Strange Loop 2011</figcaption></figure>
			<p>If you only watch one, watch this.</p>
			<h2>2. Inventing on Principle</h2>
			<figure class="wp-block-embed is-provider-vimeo"><div class="wp-block-embed__wrapper">
			<iframe title="Bret Victor - Inventing on Principle" src="https://player.vimeo.com/video/36579366?dnt=1"></iframe>
			</div><figcaption>Bret Victor, CUSEC 2012</figcaption></figure>`)).toEqual([
			{title: 'Simple Made Easy', url: 'https://www.youtube.com/watch?v=SxdOUGdseq4', kind: 'video', authors: ['Rich Hickey'],
				publishedAt: '2011'},
			{title: 'Inventing on Principle', url: 'https://vimeo.com/36579366', kind: 'video', authors: ['Bret Victor'],
				publishedAt: '2012'},
		]);
	});

	test('a player with no heading and credit naming its work adds none (a news story\'s clip)', () => {
		expect(found(`<p>The minister spoke to reporters on Tuesday.</p>
			<iframe src="https://www.youtube.com/embed/E39ychZKnDI"></iframe><p>More on this story as it develops.</p>`)).toEqual([]);
	});
});

describe('a link saying where to watch the work', () => {
	test('right under a numbered heading naming a talk, `watch it on …` is its page; its author owns it in the sentence', () => {
		expect(found(`<h2>5. Boundaries</h2>
			<p>Gary Bernhardt’s talk isn’t on YouTube; <a href="https://www.destroyallsoftware.com/talks/boundaries">watch it on Destroy All Software</a>.</p>
			<h2>Bonus</h2><p>Our office is nice; <a href="https://maps.example.com/office">see it on the map</a>.</p>`)).toEqual([
			{title: 'Boundaries', url: 'https://www.destroyallsoftware.com/talks/boundaries', kind: 'video',
				authors: ['Gary Bernhardt'], publishedAt: undefined},
		]);
	});

	test('the venue the owner\'s sentence names it from dates it (`Name\'s talk from SCNA 2012`)', () => {
		expect(found(`<h2>5. Boundaries</h2>
			<p>Gary Bernhardt’s talk from SCNA 2012 isn’t on YouTube; <a href="https://www.destroyallsoftware.com/talks/boundaries">watch it on Destroy All Software</a>.</p>`))
			.toEqual([{title: 'Boundaries', url: 'https://www.destroyallsoftware.com/talks/boundaries', kind: 'video',
				authors: ['Gary Bernhardt'], publishedAt: '2012'}]);
	});
});
