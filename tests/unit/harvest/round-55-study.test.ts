import {describe, expect, test} from 'vitest';
import {NOT_TITLE} from '../../../src/extract/harvest/item.ts';
import {readPost} from './read-post.ts';

describe('round 55', () => {
	test('a reply\'s subject is no title (`Re: Books for a beginner?`, German mail\'s `AW:`); `Re:Zero` is one', () => {
		expect(['Re: Books for a complete beginner? (26, first job)', 'AW: Buchtipps', 'Re:Zero', 'Reamde']
			.map(title => NOT_TITLE.test(title))).toEqual([true, true, false, false]);
	});
	test('a link to the site\'s own page named as a kind of work with who gives it is that work', () => {
		const works = readPost('<p>For the commute: the <a href="https://blog.example/wiki/Podcast">Money Matters '
			+ 'Weekly</a> podcast hosted by Rick Ferri. Start from the early episodes.</p><p>And the <a href='
			+ '"https://blog.example/wiki/Getting_started">Getting started</a> page answers the rest.</p>');
		expect(works.map(w => [w.title, w.kind, w.authors, w.url])).toEqual([
			['Money Matters Weekly', 'podcast', ['Rick Ferri'], 'https://blog.example/wiki/Podcast'],
		]);
	});
	test('an academic title before a full name is no part of it; before one word it is a pen name\'s', () => {
		const works = readPost('<p>Dengar podcast <a href="https://open.spotify.com/show/4xWq0r7">Borak Sejarah</a> '
			+ 'oleh Dr. Hafiz Rahman. Episod pasal Darurat paling best.</p>'
			+ '<p>Read <i>The Golden Age of Sail</i> by Prof. Anna Lee, a short and lively history.</p>', 'ms');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['Borak Sejarah', ['Hafiz Rahman']],
			['The Golden Age of Sail', ['Anna Lee']],
		]);
	});
});
