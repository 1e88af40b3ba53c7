import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('a schedule table whose Reading cells hold citations', () => {
	test('each cell\'s Chicago entry is a work, its neighbours the rows around it', () => {
		const row = (week: string, topic: string, reading: string) =>
			`<tr><td>${week}</td><td>Mar. ${week}</td><td>${topic}</td><td>${reading}</td></tr>`;
		expect(read('<table><tr><th>Week</th><th>Date</th><th>Topic</th><th>Reading</th></tr>'
			+ row('1', 'Harbours', 'Quinn, Ada. <i>Harbours of the North Sea</i>. London: Granta, 2011. Chaps. 1–2.')
			+ row('2', 'Gardens', 'Ortiz, Ben. <i>Gardens of State</i>. Boston: Beacon Press, 2003. Chap. 4.')
			+ '</table>')).toMatchObject([
			{title: 'Harbours of the North Sea', authors: ['Ada Quinn'], publisher: 'Granta', publishedAt: '2011'},
			{title: 'Gardens of State', authors: ['Ben Ortiz'], publisher: 'Beacon Press', publishedAt: '2003'}]);
	});
});
