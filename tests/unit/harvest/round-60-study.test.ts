import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

describe('round 60: a magazine\'s ranking', () => {
	const ranked = (titles: string[]) => titles.map((title, n) => `<h2>${n + 1}. ${title}</h2><p>Une série sur la `
		+ 'mer et ceux qui vivent au bord, montée avec soin.</p><p>Quatre épisodes.</p>').join('');
	test('numbered headings in sequence, each a quoted title alone, are the works ranked', () => {
		const works = readPost(ranked(['« Les Grandes Marées »', '“Au bout du fil”', '« Radio Neptune »']), 'fr');
		expect(works.map(w => w.title)).toEqual(['Les Grandes Marées', 'Au bout du fil', 'Radio Neptune']);
	});
	test('a numbered heading unquoted, or a quoted one out of sequence, names no work by that alone', () => {
		expect(readPost(ranked(['Les Grandes Marées', 'Au bout du fil', 'Radio Neptune']), 'fr')).toEqual([]);
		expect(readPost('<h2>1. « Les Grandes Marées »</h2><p>Une série sur la mer.</p><h2>Et aussi</h2><p>Rien.</p>',
			'fr')).toEqual([]);
	});
	test('they are of the kind the page\'s heading ranks, not a consent dialog\'s heading before it', () => {
		const url = 'https://magazine.example/podcasts-2025';
		const html = '<html lang="fr"><body><div role="dialog"><h1>Votre vie privée est importante pour nous</h1>'
			+ '<button>Accepter</button></div><header><h1>Les dix meilleurs podcasts de 2025</h1></header><article><p>'
			+ 'Notre palmarès de l\'année, des séries qui nous ont marqués.</p>'
			+ ranked(['« Les Grandes Marées »', '« Au bout du fil »', '« Radio Neptune »']) + '</article></body></html>';
		const works = harvest(new JSDOM(html, {url}).window.document, url);
		expect(works.map(w => [w.title, w.kind])).toEqual([
			['Les Grandes Marées', 'podcast'], ['Au bout du fil', 'podcast'], ['Radio Neptune', 'podcast'],
		]);
	});
});
