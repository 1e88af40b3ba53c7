import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://forum.example.org/thread/1234';
const page = (body: string, lang = 'en') => {
	const html = `<html lang="${lang}"><head><title>Thread</title></head><body>${body}</body></html>`;
	return harvest(new JSDOM(html, {url}).window.document, url);
};

describe('round 51: a thread set as a run of boxes classed a post, signatures under them', () => {
	const post = (id: number, text: string, signature = '') => `<div class="post" id="post${id}">`
		+ `<div class="post-heading">2026-11-14 #${id}</div><div class="post_message">${text}</div>`
		+ (signature ? `<div class="signature">__________<br>${signature}</div>` : '') + '</div>';
	const long = 'I have read a great deal about the period over the years and this one stays with me. '.repeat(4);
	test('every post is read, not only the longest one; a signature\'s link is no recommendation', () => {
		const works = page('<div id="page"><h1>Books on the Thirty Years War?</h1><div id="posts">'
			+ post(1, 'Any readable books on the war? Thanks in advance!')
			+ post(2, 'If you want one that reads like a novel: <i>The Thirty Years War</i> by C. V. Wedgwood (Jonathan Cape, 1938).',
				'My channel: <a href="https://video.example.com/@someone">video.example.com/@someone</a>')
			+ post(3, long) + '</div></div>');
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt]))
			.toEqual([['The Thirty Years War', ['C. V. Wedgwood'], 'Jonathan Cape', '1938']]);
	});
});

describe('round 51: a list item whose fields are parted by commas, its note after a spaced dash', () => {
	const read = (body: string) => {
		const at = 'https://school.example.it/2026/06/letture';
		const html = `<html lang="it"><head><title>Letture</title></head><body><article><h1>Letture estive</h1>${body}`
			+ '</article></body></html>';
		return harvest(new JSDOM(html, {url: at}).window.document, at);
	};
	test('`Author, Title, trad. di X, House – note`: the translator before the house; a house named like a person', () => {
		const works = read('<h2>Per l’estate</h2><ul>'
			+ '<li>Anna Verdi, Il mare d’inverno, Sellerio – per chi ama il mistero.</li>'
			+ '<li>John Brook, La casa sul lago, trad. di Lucia Neri, Salani – ne abbiamo parlato in classe.</li>'
			+ '<li>Marta Bruni, Storie del bosco, Feltrinelli Kids.</li></ul>');
		expect(works.map(w => [w.title, w.authors, w.contributors, w.publisher])).toEqual([
			['Il mare d’inverno', ['Anna Verdi'], undefined, 'Sellerio'],
			['La casa sul lago', ['John Brook'], [{name: 'Lucia Neri', role: 'translator'}], 'Salani'],
			['Storie del bosco', ['Marta Bruni'], undefined, 'Feltrinelli Kids'],
		]);
	});
	test('a sentence with commas is no such item', () => {
		expect(read('<ul><li>Leggete molto, ogni giorno, Ragazzi – mi raccomando.</li></ul>')).toEqual([]);
	});
});
