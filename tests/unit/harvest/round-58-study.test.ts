import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

describe('round 58: a news post\'s numbered courses', () => {
	test('a link asking to be clicked is no title: its heading names the work (`Kursa gitmek için tıklayın`)', () => {
		const works = readPost('<h3>Full Stack Open</h3><p>Modern web geliştirmeyi öğretiyor.</p><p><a '
			+ 'href="https://fullstackopen.com/en/">Kursa gitmek için tıklayın</a></p><h3>The Odin Project</h3><p>Açık '
			+ 'kaynaklı bir program.</p><p><a href="https://www.theodinproject.com/">Kursa gitmek için tıklayın</a></p>', 'tr');
		expect(works.map(w => [w.title, w.url])).toEqual([
			['Full Stack Open', 'https://fullstackopen.com/en/'], ['The Odin Project', 'https://www.theodinproject.com/'],
		]);
	});
	test('a number and a hyphen open a list\'s heading, no part of its title (`<h3>3- Title</h3>`)', () => {
		const go = (path: string) => `<p><a href="https://courses.example/${path}">Kursa gitmek için tıklayın</a></p>`;
		const works = readPost(`<h3>1- Full Stack Open</h3><p>Modern web geliştirmeyi öğretiyor.</p>${go('a')}<h3>2- `
			+ `Machine Learning Specialization</h3><p>Alanın en bilinen giriş kurslarından biri.</p>${go('b')}<h3>3- The `
			+ `Odin Project</h3><p>Açık kaynaklı bir program.</p>${go('c')}`, 'tr');
		expect(works.map(w => w.title)).toEqual(['Full Stack Open', 'Machine Learning Specialization', 'The Odin Project']);
	});
});

describe('round 58: an answer\'s list of classics', () => {
	test('a year before 1900 in brackets after a dash\'s name dates the work (`– Machado de Assis (1899)`)', () => {
		const works = readPost('<ol><li><strong>Dom Casmurro</strong> – Machado de Assis (1899)</li><li><strong>O '
			+ 'Cortiço</strong> – Aluísio Azevedo (1890)</li><li><strong>Vidas Secas</strong> – Graciliano Ramos (1938)'
			+ '</li></ol>', 'pt');
		expect(works.map(w => [w.title, w.publishedAt])).toEqual([
			['Dom Casmurro', '1899'], ['O Cortiço', '1890'], ['Vidas Secas', '1938'],
		]);
	});
});
