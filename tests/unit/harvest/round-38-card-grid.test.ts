import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

const SHOP = 'https://shop.example/books/p/';
/** A shop builder's product card: its title a `div` the grid's class names a title, no heading, then a buy button. */
const card = (n: number, title: string, credit: string, button = 'Pirkt') => `<div class="t-rec t-rec_pt_15"><div `
	+ `class="t776__col t-item"><div class="t776__content"><div class="t776__title t-name">${title}</div><div `
	+ `class="t776__descr">${credit}<br><br><strong>Iesaka Līga:</strong> Trīs paaudzes sieviešu padomju Latvijā, `
	+ 'pārdota vairāk reižu nekā jebkura cita.</div><div class="t776__price"><div>13,90</div><div>€</div></div></div>'
	+ `<a href="${SHOP}${n}" class="t776__btn"><table role="presentation"><tr><td>${button}</td></tr></table></a></div>`
	+ '</div>';

describe('a shop\'s grid of cards whose titles are no headings', () => {
	test('the title a class names, the credit line `Name · House, Year` (a house of two words), its buy button', () => {
		expect(readPost(card(1, 'Mātes piens', 'Nora Ikstena · Dienas Grāmata, 2015')
			+ card(2, 'Jelgava 94', 'Jānis Joņevs · Mansards, 2013'), 'lv').map(w => [w.title, w.url, w.authors,
			w.publisher, w.publishedAt])).toEqual([
			['Mātes piens', `${SHOP}1`, ['Nora Ikstena'], 'Dienas Grāmata', '2015'],
			['Jelgava 94', `${SHOP}2`, ['Jānis Joņevs'], 'Mansards', '2013'],
		]);
	});

	test('a block classed `t-rec` (a builder\'s record) is content, not a recommendations box', () => {
		const cards = card(1, 'Mātes piens', 'Nora Ikstena · Dienas Grāmata, 2015')
			+ card(2, 'Paisums', 'Inga Ābele · Dienas Grāmata, 2008');
		const html = `<html lang="lv"><body><div id="allrecords">${cards}</div></body></html>`;
		const url = 'https://shop.example/rudens';
		expect(harvest(new JSDOM(html, {url}).window.document, url).map(w => w.title))
			.toEqual(['Mātes piens', 'Paisums']);
	});

	test('one such title alone, or inside a link (a link card\'s), is no heading', () => {
		expect(readPost('<div class="box"><div class="box__title">Mātes piens</div><div>Nora Ikstena · Dienas Grāmata, '
			+ '2015</div></div>', 'lv')).toEqual([]);
	});
});
