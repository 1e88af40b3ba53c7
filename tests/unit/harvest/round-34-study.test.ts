import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

describe('blocks inside a heading and a list item, as docs renderers nest them', () => {
	test('`<h2><div><a href="#id"></a></div><div>Podcasts</div></h2>` heads its section; `<li><div><p>` is the item', () => {
		const heading = (id: string, text: string) => `<h2 id="${id}"><div><a href="#${id}" aria-label="Direct link">`
			+ `</a></div><div>${text}</div></h2>`;
		const item = (html: string) => `<li><div><p>${html}</p></div></li>`;
		expect(readPost(`${heading('podcasts', 'Podcasts')}<ul>${item('<a href="https://darknet.example/">Darknet '
			+ 'Diaries</a> by Jack Rhysider — great stories.')}${item('<a href="https://other.example/">Other Show</a> by '
			+ 'Ann Smith — weekly news.')}</ul>`).map(w => [w.title, w.kind, w.authors])).toEqual([
			['Darknet Diaries', 'podcast', ['Jack Rhysider']],
			['Other Show', 'podcast', ['Ann Smith']],
		]);
	});
});
