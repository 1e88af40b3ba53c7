import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string, lang = 'en') => readPost(body, lang)
	.map(w => ({title: w.title, authors: w.authors, contributors: w.contributors, publisher: w.publisher,
		publishedAt: w.publishedAt}));

/** Each work a heading `Name — <em>Title</em>`, its imprint on the line under it, then a review of a few paragraphs. */
const review = (heading: string, imprint: string) => `<h3>${heading}</h3><p><em>${imprint}</em></p>`
	+ '<p>Read it twice; the chapter on clutter is pinned above my desk.</p><ul><li>rating: 5/5</li><li>read: 2019</li></ul>';

describe('works as headings naming their authors first, each with a review under it', () => {
	test('`Name — <em>Title</em>` headings paragraphs apart are a list; the imprint line under each is its own', () => {
		expect(facts(`<h2>Books</h2>${review('William Zinsser — <em>On Writing Well</em>',
			'Harper Perennial, 2006 (30th anniversary edition; first printed 1976)')}`
			+ review('Sönke Ahrens — <em>How to Take Smart Notes</em>', 'Createspace, 2017'))).toEqual([
			{title: 'On Writing Well', authors: ['William Zinsser'], contributors: undefined,
				publisher: 'Harper Perennial', publishedAt: '2006'},
			{title: 'How to Take Smart Notes', authors: ['Sönke Ahrens'], contributors: undefined, publisher: 'Createspace',
				publishedAt: '2017'},
		]);
	});

	test('a title set apart may hold a stop; the imprint names its place first and its translator before it', () => {
		expect(facts(`<h2>Raamatud</h2>${review('Stephen King — <em>Kirjutamisest. Mälestusi ametist</em>',
			'Inglise keelest tõlkinud Kaia Sisask. Tallinn: Varrak, 2014')}`
			+ review('Mati Erelt, Tiiu Erelt — <em>Eesti keele käsiraamat</em>', 'Eesti Keele Sihtasutus, 2007 (3. trükk)'),
		'et')).toEqual([
			{title: 'Kirjutamisest. Mälestusi ametist', authors: ['Stephen King'],
				contributors: [{name: 'Kaia Sisask', role: 'translator'}], publisher: 'Varrak', publishedAt: '2014'},
			{title: 'Eesti keele käsiraamat', authors: ['Mati Erelt', 'Tiiu Erelt'], contributors: undefined,
				publisher: 'Eesti Keele Sihtasutus', publishedAt: '2007'},
		]);
	});

	test('one such heading alone, or headings of another level between, make no list', () => {
		expect(facts(`<h2>Notes</h2>${review('Ann Lee — <em>Field Notes</em>', 'Acme Press, 2010')}`)).toEqual([]);
		expect(facts(`${review('Ann Lee — <em>Field Notes</em>', 'Acme Press, 2010')}<h2>Elsewhere</h2>`
			+ '<p>Some paragraph about something else entirely.</p>'
			+ review('Bo Chen — <em>Sea Charts</em>', 'Acme Press, 2012'))).toEqual([]);
	});
});
