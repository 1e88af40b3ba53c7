import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('APA as French, Spanish and German write it', () => {
	test('the last author is joined by `et`, `y` or `und`, with no comma before it', () => {
		expect(read('<h2>Ouvrages</h2><p>Moreau, A. et Lefèvre, B. (2020). <em>Les jardins de l\'État</em>. Le Port.</p>'
			+ '<p>Ruiz, C. y Soto, D. (2018). <em>Los puertos del sur</em>. Editorial Mar.</p>', 'fr')).toMatchObject([
			{title: 'Les jardins de l\'État', authors: ['A. Moreau', 'B. Lefèvre'], publisher: 'Le Port',
				publishedAt: '2020'},
			{title: 'Los puertos del sur', authors: ['C. Ruiz', 'D. Soto'], publisher: 'Editorial Mar'}]);
	});
	test('a translator or an editor in the brackets after the title, edition first or not, is that contributor', () => {
		expect(read('<h2>Books</h2><p>Moreau, A. (2020). <em>Gardens of State</em> (2e éd.; C. Blanc, trad.). Le Port.</p>'
			+ '<p>Ruiz, C. (2018). <em>Harbours of Time</em> (D. Green, Trans.). Sea Press.</p>'
			+ '<p>Roth, E. (2017). <em>Die stillen Häfen</em> (F. Lang, Hrsg.). Hafen Verlag.</p>')).toMatchObject([
			{title: 'Gardens of State', authors: ['A. Moreau'], contributors: [{name: 'C. Blanc', role: 'translator'}]},
			{title: 'Harbours of Time', authors: ['C. Ruiz'], contributors: [{name: 'D. Green', role: 'translator'}]},
			{title: 'Die stillen Häfen', authors: ['E. Roth'], contributors: [{name: 'F. Lang', role: 'editor'}]}]);
	});
	test('an article\'s journal, named before its volume and issue, is its publisher', () => {
		expect(read('<h2>Articles</h2><p>Martin, C. et Roy, D. (2019). Les ports et les villes. <em>Revue des ports</em>, '
			+ '<em>12</em>(3), 45-67. <a href="https://doi.org/10.1234/rp.12.45">https://doi.org/10.1234/rp.12.45</a></p>'
			+ '<p>Lowe, G. (2016). Tides of trade. <em>Harbour Studies</em>, <em>4</em>(1), 1-20.</p>', 'fr'))
			.toMatchObject([{title: 'Les ports et les villes', kind: 'paper', publisher: 'Revue des ports'},
				{title: 'Tides of trade', kind: 'paper', publisher: 'Harbour Studies'}]);
	});
});

describe('a library\'s shelf mark under a reference', () => {
	test('`Cote :`, `Call number:` is where the copy stands, no work', () => {
		expect(read('<h2>Books</h2><p>Moreau, A. (2020). <em>Gardens of State</em>. Le Port.<br>'
			+ 'Cote : 712.6 MOR — BU Lettres, 1er étage · <a href="https://catalogue.example/record/1">Voir dans le catalogue</a></p>'
			+ '<p>Ruiz, C. (2018). <em>Harbours of Time</em>. Sea Press.<br>'
			+ 'Call number: HE 551 — Main Library, 2nd floor · <a href="https://catalogue.example/record/2">See in catalogue</a></p>'))
			.toMatchObject([{title: 'Gardens of State'}, {title: 'Harbours of Time'}]);
	});
});
