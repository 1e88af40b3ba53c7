import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('tabs', () => {
	test('a tab panel the tabs component hides is the page\'s content; other hidden parts are not', () => {
		const list = (title: string, n: number) => `<ol><li>Ada Quinn and Ben Ortiz. <a href="https://papers.example/${n}">`
			+ `${title}</a>. <em>SOSP</em> 2013.</li></ol>`;
		expect(read('<h2>Papers</h2><div class="tabs-container"><ul role="tablist"><li role="tab">One</li>'
			+ '<li role="tab">Two</li></ul><div role="tabpanel">' + list('Gardens of State', 1) + '</div>'
			+ '<div role="tabpanel" hidden="">' + list('Harbours of Time', 2) + '</div></div>'
			+ '<div hidden="">' + list('Rivers of Ink', 3) + '</div>'))
			.toMatchObject([{title: 'Gardens of State'}, {title: 'Harbours of Time'}]);
	});
});
