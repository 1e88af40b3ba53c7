import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';


describe('round 48: a video channel recommended by its link', () => {
	test('a link to a channel\'s page is a video work; one worded as a place, or beside a social profile, is not', () => {
		const works = readPost('<h2>Watch</h2><ul><li>Video essays: <a href="https://www.youtube.com/@maplecodes">Maple '
			+ 'Codes</a>, short lessons on parsing.</li><li>Sorting, drawn: <a href="https://example.org/sorting">Sorting '
			+ 'Explained</a> by Ann Lee</li></ul><p>Our old talks are on <a href="https://www.youtube.com/@ourmeetup">our '
			+ 'YouTube channel</a>.</p><p>Follow <a href="https://www.youtube.com/@ourclub">Club Live</a> and our page on '
			+ '<a href="https://www.facebook.com/ourclub">Facebook</a>.</p>', 'en');
		expect(works.map(w => [w.title, w.kind])).toEqual([['Maple Codes', 'video'], ['Sorting Explained', 'book']]);
	});
});
