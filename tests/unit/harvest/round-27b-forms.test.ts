import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('ISO 690 citations with surnames in capitals', () => {
	test('a book: the first SURNAME inverted, the others natural, the title in italics, translator and imprint', () => {
		expect(read('<ul><li>QUINN, Ada M. <em>Přístavy severu</em>. Praha: Argo, 2011. ISBN 978-80-257-0001-1.</li>'
			+ '<li>ORTIZ, Ben, Cleo MARSH a Dov LUND. <em>Zahrady státu: průvodce</em>. Přeložil Jan NOVÁK. '
			+ 'Brno: Host, 2003.</li></ul>', 'cs')).toMatchObject([
			{title: 'Přístavy severu', authors: ['Ada M. Quinn'], publisher: 'Argo', publishedAt: '2011'},
			{title: 'Zahrady státu: průvodce', authors: ['Ben Ortiz', 'Cleo Marsh', 'Dov Lund'],
				contributors: [{name: 'Jan Novák', role: 'translator'}], publisher: 'Host', publishedAt: '2003'}]);
	});
	test('an article: its title unmarked, its journal in italics the publisher, the year after it', () => {
		expect(read('<ul><li>QUINN, Ada. Tides of Trade. <em>Harbour Review</em>. 1988, roč. 12, č. 2, s. 10–31. '
			+ 'Dostupné z: <a href="https://doi.org/10.1000/tides">doi:10.1000/tides</a></li>'
			+ '<li>ORTIZ, Ben. Walled Gardens. <em>Garden History</em>. 1962, roč. 3, s. 1–9.</li></ul>', 'cs'))
			.toMatchObject([
				{title: 'Tides of Trade', url: 'https://doi.org/10.1000/tides', kind: 'paper', authors: ['Ada Quinn'],
					publisher: 'Harbour Review', publishedAt: '1988'},
				{title: 'Walled Gardens', kind: 'paper', authors: ['Ben Ortiz'], publisher: 'Garden History',
					publishedAt: '1962'}]);
	});
});
