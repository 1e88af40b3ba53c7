import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('emphasis set by a span\'s inline style', () => {
	test('`<span style="font-style:italic">` sets a title apart as `<i>` does', () => {
		expect(read('<p>Start with <a href="https://books.example/harbours">Harbours of Time</a> by Ben Ortiz. After '
			+ 'that, <span style="font-style:italic">Gardens of State</span> by Ada Quinn, slower but deeper.</p>'))
			.toMatchObject([{title: 'Harbours of Time', authors: ['Ben Ortiz']},
				{title: 'Gardens of State', authors: ['Ada Quinn']}]);
	});
});
