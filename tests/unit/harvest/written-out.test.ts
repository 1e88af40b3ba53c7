import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {lineItems, type Segment} from '../../../src/extract/harvest/segments.ts';

const url = 'https://creator.example/posts/resources/';
const post = (body: string) => `<html><head><title>Resources</title></head><body><article><h1>Resources from the video</h1>
<p>The description from the video, pasted here because the links get cut off. Amazon links are affiliate links.</p>${body}</article></body></html>`;
const found = (body: string) => harvest(new JSDOM(post(body), {url}).window.document, url)
	.map(i => ({title: i.title, url: i.url, kind: i.kind, authors: i.authors, publishedAt: i.publishedAt}));

describe('plain-text lists: labels, arrows and addresses written out', () => {
	test('a label line heads the <br> lines under it, as a heading; arrows and ticks are bullets', () => {
		const seg: Segment = {tag: 'P', text: '📚 BOOKS\n➤ Deep Work – Cal Newport\n➤ Refactoring – Martin Fowler', links: [], marks: [], heading: 'Intro'};
		expect(lineItems(seg).map(s => [s.tag, s.text, s.heading])).toEqual([
			['P', '📚 BOOKS', 'Intro'], ['LI', '➤ Deep Work – Cal Newport', '📚 BOOKS'], ['LI', '➤ Refactoring – Martin Fowler', '📚 BOOKS'],
		]);
		// A sentence is no label
		expect(lineItems({...seg, text: 'I read these, slowly.\n➤ Deep Work – Cal Newport\n➤ Refactoring – Martin Fowler'})).toHaveLength(1);
	});

	test('`Title – Name: https://…` written out: the line\'s work, the address its link', () => {
		expect(found(`<p>📚 BOOKS<br>➤ Designing Data-Intensive Applications – Martin Kleppmann: https://amzn.to/3xKq2Pz<br>
			➤ Understanding Distributed Systems – Roberto Vitillo: https://understandingdistributed.systems/</p>
			<p>📄 PAPER<br>➤ Dynamo: Amazon's Highly Available Key-value Store (2007): https://www.allthingsdistributed.com/files/dynamo.pdf</p>`))
			.toEqual([
				{title: 'Designing Data-Intensive Applications', url: 'https://amzn.to/3xKq2Pz', kind: 'book', authors: ['Martin Kleppmann'], publishedAt: undefined},
				{title: 'Understanding Distributed Systems', url: 'https://understandingdistributed.systems/', kind: 'book', authors: ['Roberto Vitillo'],
					publishedAt: undefined},
				{title: "Dynamo: Amazon's Highly Available Key-value Store", url: 'https://www.allthingsdistributed.com/files/dynamo.pdf', kind: 'paper',
					authors: undefined, publishedAt: '2007'},
			]);
	});

	test('gear is no work, even on a store\'s page; an address in a link is that link, not a second one', () => {
		expect(found(`<p>🎙 GEAR I USE<br>➤ Mic – Shure MV7: https://amzn.to/3Qm8PzR<br>➤ Camera – Sony ZV-E10: https://amzn.to/3P0bKqL</p>
			<h2>Gear</h2><ul><li><a href="https://amzn.to/3Qm8PzR">Shure MV7</a> - the mic</li></ul>`)).toEqual([]);
		const items = found('<ul><li>Deep Work by Cal Newport: <a href="https://amzn.to/3xKq2Pz">https://amzn.to/3xKq2Pz</a></li></ul>');
		expect(items.map(i => i.url)).toEqual(['https://amzn.to/3xKq2Pz']);
	});
});
