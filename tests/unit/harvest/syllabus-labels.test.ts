import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

describe('a syllabus\'s reading lines', () => {
	test('a label before a citation and a link to its file after it leave the citation whole', () => {
		const works = readPost('<h3>Articles</h3><ul><li>Week 3: Nielsen, J., &amp; Molich, R. (1990). Heuristic '
			+ 'evaluation of user interfaces. <em>Proceedings of the SIGCHI Conference on Human Factors in Computing '
			+ 'Systems</em>, 249–256. <a href="https://lms.example/files/7712034/download">nielsen-molich-1990.pdf</a></li>'
			+ '<li>Optional: Dourish, P. (2006). Implications for design. <em>Proceedings of CHI 2006</em>, 541–550.</li></ul>');
		expect(works.map(w => [w.title, w.authors, w.publishedAt, w.url])).toEqual([
			['Heuristic evaluation of user interfaces', ['J. Nielsen', 'R. Molich'], '1990',
				'https://lms.example/files/7712034/download'],
			['Implications for design', ['P. Dourish'], '2006', undefined],
		]);
	});

	test('the chapters assigned after a title are no publisher', () => {
		expect(readPost('<h3>Books</h3><ul><li>Buxton, B. (2007). <em>Sketching User Experiences</em>, Ch. 2 "The Anatomy '
			+ 'of Sketching". Morgan Kaufmann. (scan in Files)</li><li>Norman, D. A. (2013). <em>The Design of Everyday '
			+ 'Things</em>, pp. 1–36. Basic Books.</li></ul>').map(w => w.publisher)).toEqual(['Morgan Kaufmann', 'Basic Books']);
	});

	test('what only a screen reader hears inside a link is no part of its title', () => {
		expect(readPost('<h3>Videos</h3><ul><li><a href="https://www.youtube.com/watch?v=M66ZU2PCIcM"><span>The Deep Dive'
			+ '</span><span class="screenreader-only">(Links to an external site.)</span></a> (ABC Nightline, 1999)</li>'
			+ '<li><a href="https://www.youtube.com/watch?v=yY96hTb8WgI">Don Norman on UX<span class="sr-only"> (opens in a '
			+ 'new tab)</span></a></li></ul>').map(w => w.title)).toEqual(['The Deep Dive', 'Don Norman on UX']);
	});
});
