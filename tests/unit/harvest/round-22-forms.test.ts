import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('an outbound redirector on a two-word path', () => {
	test('`/redir/redirect?url=<address>` is read as its address', () => {
		const wrap = (address: string) => 'https://social.example/redir/redirect?url='
			+ `${encodeURIComponent(address)}&amp;urlhash=Ab1c`;
		expect(read(`<ul><li><a href="${wrap('https://books.example/gardens')}">Gardens of State</a> by Ada Quinn</li>`
			+ `<li><a href="${wrap('https://books.example/harbours')}">Harbours of Time</a> by Ben Ortiz</li></ul>`))
			.toMatchObject([{title: 'Gardens of State', url: 'https://books.example/gardens'},
				{title: 'Harbours of Time', url: 'https://books.example/harbours'}]);
	});
});
