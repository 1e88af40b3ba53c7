import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('a thread of one post per work', () => {
	test('`N/ Speaker, “Title” (Venue Year).` names a talk; the address alone under it is its page', () => {
		expect(read('<p>2/ Ada Quinn, “Growing a Garden” (PLCon 1998). Watch it before reading about it.</p>'
			+ '<p><a href="https://www.youtube.com/watch?v=abc123"><span class="invisible">https://www.</span>'
			+ '<span class="ellipsis">youtube.com/watch?v=abc</span><span class="invisible">123</span></a></p>'
			+ '<p>3/ Ben Ortiz, “Debugging by Hand” (Clojure/conj 2015). No link handy, search for it.</p>'))
			.toMatchObject([
				{title: 'Growing a Garden', url: 'https://www.youtube.com/watch?v=abc123', kind: 'video',
					authors: ['Ada Quinn'], publishedAt: '1998'},
				{title: 'Debugging by Hand', url: undefined, kind: 'video', authors: ['Ben Ortiz'],
					publishedAt: '2015'},
			]);
	});
});
