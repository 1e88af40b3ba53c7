import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const SHOP = 'https://shop.example/llyfrau/';
/** A site builder's card: the title a heading, the author in bold over the imprint, a comment, a buy button. */
const card = (slug: string, title: string, lines: string) => `<h2>${title}</h2><div class="paragraph">${lines}<br><br>`
	+ 'Brawddegau byr, llais plentyn, a stori sy\'n cydio o\'r dudalen gyntaf.</div><div><a class="wsite-button" '
	+ `href="${SHOP}${slug}"><span>Prynu</span></a></div>`;

describe('cards whose author is set apart under the title heading, over the imprint', () => {
	test('`<b>Name</b><br>House, Year` under `<h2>Title</h2>` credits the heading\'s work; a translator\'s line between',
		() => {
			expect(readPost(card('nebo', 'Llyfr Glas Nebo', '<strong>Manon Steffan Ros</strong><br>Y Lolfa, 2018')
				+ card('harri', 'Harri Potter a Maen yr Athronydd', '<strong>J. K. Rowling</strong><br>Cyfieithiad gan '
					+ 'Emily Huws<br>Bloomsbury, 2003'), 'cy')
				.map(w => [w.title, w.url, w.authors, w.contributors, w.publisher, w.publishedAt])).toEqual([
				['Llyfr Glas Nebo', `${SHOP}nebo`, ['Manon Steffan Ros'], undefined, 'Y Lolfa', '2018'],
				['Harri Potter a Maen yr Athronydd', `${SHOP}harri`, ['J. K. Rowling'],
					[{name: 'Emily Huws', role: 'translator'}], 'Bloomsbury', '2003'],
			]);
		});
});

describe('a list of works, each with a nested list of members\' comments under it', () => {
	const work = (line: string, comments: string[]) => `<li><div class="li"> ${line}</div><ul>`
		+ `${comments.map(c => `<li><div class="li"> ${c}</div></li>`).join('')}</ul></li>`;
	test('`Name: <em>Title</em> (Year)` items two comments apart are still a list; the comments are no works', () => {
		expect(readPost(`<h2>Klasika</h2><ul>${work('Vladimir Bartol: <em>Alamut</em> (1938) ★★★★★', [
			'Hasan ibn Sabah, trdnjava. Najbolj napeta knjiga, kar sem jih brala. — <em>Lara, 3.c</em>',
			'+1, čeprav je prvih sto strani počasnih. — <em>Jaka, 4.a</em>'])}${work('Ivan Cankar: <em>Na klancu</em> (1902) '
			+ '★★★★', ['Francka, ki teče za vozom. Žalostno, a lepo napisano. — <em>Tim, 2.b</em>',
			'Druga je boljša, ta je krajša in za plažo.'])}</ul>`, 'sl')
			.map(w => [w.title, w.authors, w.publishedAt])).toEqual([
			['Alamut', ['Vladimir Bartol'], '1938'],
			['Na klancu', ['Ivan Cankar'], '1902'],
		]);
	});
});
