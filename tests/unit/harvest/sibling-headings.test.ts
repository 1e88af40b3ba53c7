import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

const talk = (n: number, slug: string, text: string) =>
	`<h2>${n}. <a href="https://www.ted.com/talks/${slug}">${text}</a></h2><p>Why it matters, in a line.</p>`;

describe('an unlinked heading written as its sibling headings\' works are', () => {
	test('numbered in their sequence, its speaker named first as theirs are', () => {
		const works = read(talk(1, 'a_b', 'Simon Sinek: How great leaders inspire action')
			+ talk(2, 'c_d', 'Brené Brown: The power of vulnerability')
			+ '<h2>3. Amy Edmondson: How to turn a group of strangers into a team</h2><p>Search for it on the site.</p>'
			+ '<h2>Final thoughts</h2><p>Watch one a week.</p>');
		expect(works.map(w => w.title)).toEqual(['How great leaders inspire action', 'The power of vulnerability',
			'How to turn a group of strangers into a team']);
		expect(works[2]).toMatchObject({kind: 'video', authors: ['Amy Edmondson'], url: undefined});
	});

	test('its author after a comma as theirs are, a name\'s initials included; a numbered closing part is no work', () => {
		const book = (n: number, title: string, name: string) =>
			`<h3>${n}. <a href="https://amzn.to/${n}">${title}</a>, ${name}</h3><p>A paragraph on it.</p>`;
		const works = read(book(1, 'The Psychology of Money', 'Morgan Housel') + book(2, 'Die With Zero', 'Bill Perkins')
			+ '<h3>3. The Simple Path to Wealth, JL Collins</h3><p>Index funds, in letters to his daughter.</p>'
			+ '<h3>4. Final thoughts</h3><p>Start with the first.</p>');
		expect(works.map(w => [w.title, w.authors])).toEqual([['The Psychology of Money', ['Morgan Housel']],
			['Die With Zero', ['Bill Perkins']], ['The Simple Path to Wealth', ['JL Collins']]]);
	});

	test('between two of them, named by its kind; out of sequence or named by none, no work', () => {
		const show = (href: string, title: string) => `<h3><a href="${href}">${title}</a></h3><p>What it is about.</p>`;
		const works = read(show('https://podcasts.apple.com/us/podcast/hidden-brain/id1', 'Hidden Brain')
			+ '<h3>Lex Fridman Podcast</h3><p>Long conversations.</p>'
			+ show('https://podcasts.apple.com/us/podcast/planet-money/id2', 'Planet Money')
			+ '<h3>How I listen</h3><p>At double speed, on the train.</p>'
			+ show('https://podcasts.apple.com/us/podcast/radiolab/id3', 'Radiolab')
			+ '<h3>7. Some Other Show</h3><p>Out of any sequence.</p>');
		expect(works.map(w => [w.title, w.kind])).toEqual([['Hidden Brain', 'podcast'],
			['Lex Fridman Podcast', 'podcast'], ['Planet Money', 'podcast'], ['Radiolab', 'podcast']]);
	});

	test('a heading numbered on from one read so is a work too; a bonus item\'s word is no part of its title', () => {
		const works = read('<h2>1. The Slow Garden – Ada Quinn</h2><p>A short novel.</p><h2>2. Harbour Lights</h2>'
			+ '<p>An epic.</p><h2>3. Paper Rivers</h2><p>A quiet one.</p><h2>4. North of Here</h2><p>Essays.</p>'
			+ '<h2>5. The Long Shore – Ben Ortiz</h2><p>A memoir.</p><h2>6. Bonus: Salt and Stone</h2><p>A novel.</p>'
			+ '<h2>7. Bonus</h2><p>One more thing to say.</p>');
		expect(works.map(w => w.title)).toEqual(['The Slow Garden', 'Harbour Lights', 'Paper Rivers', 'North of Here',
			'The Long Shore', 'Salt and Stone']);
	});
});
