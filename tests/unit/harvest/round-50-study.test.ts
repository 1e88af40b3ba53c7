import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://courses.example.edu/course/2026/reading';
const read = (body: string, lang = 'en') => {
	const html = `<html lang="${lang}"><head><title>Course</title></head><body><main><h1>Course</h1>${body}</main></body></html>`;
	return harvest(new JSDOM(html, {url}).window.document, url);
};

describe('round 50: a definition list per work, its title one of the facts it labels', () => {
	const record = (facts: [string, string][]) => `<div class="ref"><dl>${facts
		.map(([t, d]) => `<dt>${t}</dt><dd>${d}</dd>`).join('')}</dl></div>`;
	test('`Title / Authors / Reference / Year`: the reference\'s house, before its edition; an institution as author', () => {
		const works = read('<h2>Reading</h2>'
			+ record([['Title', 'Rivers of the Plain'], ['Authors', 'Ann Marie Lowe'],
				['Reference', 'Wiley, 3rd edition'], ['Year', '2017']])
			+ record([['Title', 'Standard Practice for Surveys'], ['Authors', 'Institute of Field Surveyors'],
				['Reference', 'Institute of Field Surveyors, Leeds'], ['Year', '2021']])
			+ record([['Title', 'The Short Guide'], ['Authors', 'Bo Lund, Cy Marsh'],
				['Reference', 'Free to read at <a href="https://guide.example.org/short.pdf">guide.example.org</a>'],
				['Year', '2020']]));
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt, w.url])).toEqual([
			['Rivers of the Plain', ['Ann Marie Lowe'], 'Wiley', '2017', undefined],
			['Standard Practice for Surveys', ['Institute of Field Surveyors'], 'Institute of Field Surveyors', '2021',
				undefined],
			['The Short Guide', ['Bo Lund', 'Cy Marsh'], undefined, '2020', 'https://guide.example.org/short.pdf'],
		]);
	});
	test('in Portuguese: `Título / Autores / Referência / Ano`', () => {
		const works = read('<h2>Bibliografia</h2>'
			+ record([['Título', 'Gestão de Obras'], ['Autores', 'Rita Lopes Neves'],
				['Referência', 'Edições Sílabo, 2.ª edição'], ['Ano', '2018']]), 'pt-PT');
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt]))
			.toEqual([['Gestão de Obras', ['Rita Lopes Neves'], 'Edições Sílabo', '2018']]);
	});
});
