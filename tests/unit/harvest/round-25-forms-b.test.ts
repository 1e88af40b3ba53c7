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
	test('Wikipedia\'s CS1 names the journal as a sentence before its volume and issue: it is the publisher', () => {
		expect(read('<h2>Further reading</h2><ul><li>Lowe, Grace (1987). "Tides of trade". <i>Harbour Studies Letters</i>.'
			+ ' 25 (4): 275–279. doi:10.1000/hsl.25.275.</li><li>Vale, Ben (June 1990). "Quays and cranes" (PDF). '
			+ '<i>Journal of Ports</i>. 3 (2): 10–19.</li></ul>')).toMatchObject([
			{title: 'Tides of trade', kind: 'paper', publisher: 'Harbour Studies Letters', publishedAt: '1987'},
			{title: 'Quays and cranes', kind: 'paper', publisher: 'Journal of Ports'}]);
	});
	test('a given name between initials, surname first (`Vale, K. Mara J.`)', () => {
		expect(read('<h2>Further reading</h2><ul><li>Vale, K. Mara J. (2011). <i>Gardens of State</i>. Harbour Press.</li>'
			+ '<li>Lowe, Grace (2009). <i>Tides of Trade</i>. Sea Press.</li></ul>')).toMatchObject([
			{title: 'Gardens of State', authors: ['K. Mara J. Vale'], publisher: 'Harbour Press'},
			{title: 'Tides of Trade', authors: ['Grace Lowe'], publisher: 'Sea Press'}]);
	});
	test('the series a work is in, before its publisher, is no publisher (`Harbour Studies Series.`, `Blog series,`)', () => {
		expect(read('<h2>Further reading</h2><ul><li>Lowe, Grace (2011). <i>Tides of Trade</i>. Harbour Studies Series. '
			+ 'Sea Press. ISBN 978-0-00-000000-2.</li><li>Ben Ortiz. <i>Quays and cranes</i>. Blog series, 2014.</li></ul>'))
			.toMatchObject([{title: 'Tides of Trade', publisher: 'Sea Press'},
				{title: 'Quays and cranes', publisher: undefined, publishedAt: '2014'}]);
	});
	test('the authors left unnamed in words after the named (`and many other contributors`, `and others`)', () => {
		expect(read('<h2>References</h2><ul><li>Ada Quinn, Ben Ortiz and many other contributors. <a '
			+ 'href="https://doi.org/10.1000/t1">Tides of Trade</a>. <em>Harbour Studies</em>, 4(43), 2019.</li>'
			+ '<li>Lena Vale and others. <a href="https://doi.org/10.1000/q2">Quays</a>. <em>Port Letters</em>, 2(1), 2020.'
			+ '</li></ul>')).toMatchObject([
			{title: 'Tides of Trade', authors: ['Ada Quinn', 'Ben Ortiz'], publisher: 'Harbour Studies',
				publishedAt: '2019'},
			{title: 'Quays', authors: ['Lena Vale'], publisher: 'Port Letters', publishedAt: '2020'}]);
	});
	test('a work of a blog\'s series (`Blog series, 2014.`) is an article', () => {
		expect(read('<h2>Further reading</h2><ul><li>Ben Ortiz. <a href="https://ortiz.example/posts/quays/">Quays and '
			+ 'cranes</a>. Blog series, 2014.</li><li>Lena Vale. <a href="https://vale.example/posts/tides/">Tides</a>. '
			+ 'Blog series, 2016.</li></ul>')).toMatchObject([{title: 'Quays and cranes', kind: 'article'},
			{title: 'Tides', kind: 'article'}]);
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

describe('what APA writes besides people and a year', () => {
	test('a group as the author, closed by a stop before the year; two groups joined as two people are', () => {
		expect(read('<h2>Cours</h2><p>Fondation Horizon et Campus Libre. (2021). <em>Lire les cartes</em> [MOOC]. '
			+ 'Campus Libre.</p><p>Harbour Research Council. (2017). <em>Tides and Trade</em>. Sea Press.</p>', 'fr'))
			.toMatchObject([{title: 'Lire les cartes', kind: 'course', authors: ['Fondation Horizon', 'Campus Libre'],
				publisher: 'Campus Libre', publishedAt: '2021'},
			{title: 'Tides and Trade', authors: ['Harbour Research Council'], publisher: 'Sea Press'}]);
	});
	test('a host\'s role after the name and a show\'s run of years', () => {
		expect(read('<h2>Podcasts</h2><p>Vidal, M. (animatrice). (2019–présent). <em>Les ondes du port</em> '
			+ '[Podcast audio]. Radio Côte.</p><p>Hale, J. (Host). (2015–present). <em>Slow Harbours</em> '
			+ '[Audio podcast]. Tidewater.</p>', 'fr')).toMatchObject([
			{title: 'Les ondes du port', kind: 'podcast', authors: ['M. Vidal'], publisher: 'Radio Côte',
				publishedAt: '2019'},
			{title: 'Slow Harbours', kind: 'podcast', authors: ['J. Hale'], publisher: 'Tidewater',
				publishedAt: '2015'}]);
	});
	test('a date to the day after the year, in French, Spanish or English; a lecture or a video in brackets', () => {
		expect(read('<h2>Vidéos</h2><p>Roux, P. (2018, 12 mars). <em>La mer et les villes</em> [Conférence, vidéo]. '
			+ 'Institut du Port.</p><p>Soto, D. (2020, 3 de octubre). <em>Puertos del norte</em> [Video]. Casa Mar.</p>'
			+ '<p>Hale, J. (2021, June 9). <em>Tidal Cities</em> [Lecture]. Harbour Hall.</p>', 'fr')).toMatchObject([
			{title: 'La mer et les villes', kind: 'video', authors: ['P. Roux'], publishedAt: '2018-03-12'},
			{title: 'Puertos del norte', kind: 'video', publishedAt: '2020-10-03'},
			{title: 'Tidal Cities', kind: 'video', publishedAt: '2021-06-09'}]);
	});
});

describe('how answers credit the works they link', () => {
	test('an adverb closing the sentence after a byline\'s only name is no part of it (`by X instead`)', () => {
		expect(read('<p>If you like proofs, take <a href="https://tides.example/course">Tidal Mathematics</a> by '
			+ 'Ada Quinn instead.</p>')).toMatchObject([{title: 'Tidal Mathematics', authors: ['Ada Quinn']}]);
	});
	test('a person alone in brackets after the kind of work the link is made it (`<a>…</a> series (Name)`)', () => {
		expect(read('<p>Start with the <a href="https://videos.example/watch/harbours">Harbours of Time</a> series '
			+ '(Ben Ortiz). Short and clear.</p>')).toMatchObject([{title: 'Harbours of Time', authors: ['Ben Ortiz']}]);
	});
	test('`watch Name do it:` before a link names who gives the video', () => {
		expect(read('<p>Then watch Ada Quinn draw it: <a href="https://www.youtube.com/watch?v=q1w2e3">Gardens of State, '
			+ 'from the ground up</a>. An hour well spent.</p>')).toMatchObject([
			{title: 'Gardens of State, from the ground up', authors: ['Ada Quinn']}]);
	});
	test('an author-year citation after the quote closing a title quoted around its link', () => {
		expect(read('<p>“<a href="https://arxiv.org/abs/1901.00001">Tides Are All You Need</a>” (Ortiz et al., 2019). '
			+ 'Read it twice.</p>')).toMatchObject([
			{title: 'Tides Are All You Need', authors: ['Ortiz'], publishedAt: '2019'}]);
	});
	test('a surname alone owning an italic title opening its line, its imprint in brackets after, is its author', () => {
		expect(read('<ul><li>Quinn’s <i>Gardens of State</i> (Harbour Press, 2006) once you know the basics.</li>'
			+ '<li>Ortiz’s <i>Harbours of Time</i> (Sea Books, 2011) for the history.</li></ul>')).toMatchObject([
			{title: 'Gardens of State', authors: ['Quinn'], publisher: 'Harbour Press', publishedAt: '2006'},
			{title: 'Harbours of Time', authors: ['Ortiz'], publisher: 'Sea Books', publishedAt: '2011'}]);
	});
	test('surnames joined after a dash credit a work whose link is its site\'s home page', () => {
		expect(read('<ul><li><a href="https://gardens-of-state.example/">Gardens of State</a> — Quinn, Ortiz &amp; Vale. '
			+ 'Free PDF.</li><li><a href="https://harbours.example/">Harbours of Time</a> — Lowe and Hale.</li></ul>'))
			.toMatchObject([{title: 'Gardens of State', authors: ['Quinn', 'Ortiz', 'Vale']},
				{title: 'Harbours of Time', authors: ['Lowe', 'Hale']}]);
	});
	test('a tool\'s `user guide` or `docs` is its documentation, kept open beside the works, no work itself', () => {
		expect(read('<p>Work through <a href="https://www.youtube.com/watch?v=t1d3s">Tides of Trade</a>, and keep the '
			+ '<a href="https://harbourlib.example/stable/user_guide.html">harbourlib user guide</a> open in a tab.</p>'))
			.toMatchObject([{title: 'Tides of Trade'}]);
	});
	test('the facts after the quote closing a title quoted around its link are the link\'s', () => {
		expect(read('<ul><li>"<a href="https://harbour.example/papers/gardens.pdf">Gardens of State</a>" – Quinn et al., '
			+ 'HARB 2015</li><li>"<a href="https://harbour.example/papers/tides.pdf">Tides of Time</a>" – Ben Ortiz et al.,'
			+ ' PORT 2012</li></ul>')).toMatchObject([
			{title: 'Gardens of State', authors: ['Quinn'], publishedAt: '2015'},
			{title: 'Tides of Time', authors: ['Ben Ortiz'], publishedAt: '2012'}]);
	});
	test('a paragraph of its own citing a paper names first, its venue and year after the link', () => {
		expect(read('<p>Ada Quinn &amp; Ben Ortiz, <a href="https://dl.acm.org/doi/10.1000/1"><em>Tides of Trade</em></a>,'
			+ ' HARB 2001</p>')).toMatchObject([{title: 'Tides of Trade', authors: ['Ada Quinn', 'Ben Ortiz'],
			publishedAt: '2001'}]);
	});
	test('the people alone before a dash opening a link\'s line, as talk lists credit speakers', () => {
		expect(read('<p>Ben Ortiz — <a href="https://www.youtube.com/watch?v=g4rd3ns">Gardens of State</a> (PortConf 2015)'
			+ '</p><ul><li>Ada Quinn and Lena Vale – <a href="https://www.youtube.com/watch?v=t1d3">Tides of Time</a></li>'
			+ '</ul>')).toMatchObject([{title: 'Gardens of State', authors: ['Ben Ortiz'], publishedAt: '2015'},
			{title: 'Tides of Time', authors: ['Ada Quinn', 'Lena Vale']}]);
	});
	test('a verb bidding the reader to the work is no word of its owner\'s name (`Watch Ada Quinn’s`, `Read Ben Ortiz’s`)', () => {
		expect(read('<p>Watch Ada Quinn’s <a href="https://www.youtube.com/watch?v=g4rd">Gardens of State</a> series first.'
			+ '</p><p>Read Ben Ortiz’s <i>Harbours of Time</i> (Sea Press, 2006) after that.</p>')).toMatchObject([
			{title: 'Gardens of State', authors: ['Ada Quinn']},
			{title: 'Harbours of Time', authors: ['Ben Ortiz'], publisher: 'Sea Press'}]);
	});
});
