import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';
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
	test('a card\'s button naming a course files its heading\'s work as one (`Kursa gitmek`, `Enrol now`)', () => {
		const works = readPost('<h3>Full Stack Open</h3><p>Modern web geliştirmeyi öğretiyor.</p><p><a '
			+ 'href="https://fullstackopen.com/en/">Kursa gitmek için tıklayın</a></p><h3>Elements of AI</h3><p>A gentle '
			+ 'start.</p><p><a href="https://www.elementsofai.com/">Enrol now</a></p>', 'tr');
		expect(works.map(w => [w.title, w.kind])).toEqual([
			['Full Stack Open', 'course'], ['Elements of AI', 'course'],
		]);
	});
	test('where neither heading nor button says, a card is what the page\'s title lists (`10 Online Kurs`)', () => {
		const url = 'https://news.example/kurslar';
		const card = (title: string, href: string) => `<h3>${title}</h3><p>Bol alıştırmalı bir yapı.</p><p><a `
			+ `href="https://${href}/">Siteye gitmek için tıklayın</a></p>`;
		const html = '<html lang="tr"><body><article><h1>Tamamen Ücretsiz 3 Online Kurs</h1><p>Yazılıma sıfırdan başlamak '
			+ `isteyenler için derledik.</p>${card('The Odin Project', 'odin.example')}${card('Full Stack Open', 'fso.example')}`
			+ `${card('Responsive Web Design', 'fcc.example')}</article></body></html>`;
		const works = harvest(new JSDOM(html, {url}).window.document, url);
		expect(works.map(w => [w.title, w.kind])).toEqual([
			['The Odin Project', 'course'], ['Full Stack Open', 'course'], ['Responsive Web Design', 'course'],
		]);
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

describe('round 58: a forum answer crediting books in passing', () => {
	test('a title set apart, a dash and its people closing the sentence credit a work, its house after them', () => {
		const works = readPost('<p>Na start: <strong>Algorytmy. Ilustrowany przewodnik</strong> – Aditya Bhargava (Helion). '
			+ 'Czyta się w weekend.</p><p>Potem: <strong>Algorytmy, struktury danych i techniki programowania</strong> – Piotr '
			+ 'Wróblewski, Helion. Stara szkoła.</p><p>Klasyka: <em>Cracking the Coding Interview</em> – Gayle Laakmann '
			+ 'McDowell. Weź 6. wydanie.</p>', 'pl');
		expect(works.map(w => [w.title, w.authors, w.publisher])).toEqual([
			['Algorytmy. Ilustrowany przewodnik', ['Aditya Bhargava'], 'Helion'],
			['Algorytmy, struktury danych i techniki programowania', ['Piotr Wróblewski'], 'Helion'],
			['Cracking the Coding Interview', ['Gayle Laakmann McDowell'], undefined],
		]);
	});
	test('a bold phrase and a dash before words that are no name credit nothing', () => {
		const works = readPost('<p><strong>Na start</strong> – Codziennie Trzy Zadania. Potem <strong>Ważne</strong> – nie '
			+ 'kupuj kursów z reklam.</p>', 'pl');
		expect(works).toEqual([]);
	});
});

describe('round 58: a journal entry\'s list of books', () => {
	test('a title set apart opening an item is whole, its own colon and all, before the comma of its people', () => {
		const works = readPost('<ul><li><i>The Golden Thread: How Fabric Changed History</i>, Kassia St Clair (2018). '
			+ 'Short chapters.</li><li><i>Worn: A People\'s History of Clothing</i>, Sofi Thanhauser (2022). Long.</li>'
			+ '<li><i>The Fabric of Civilization</i> by Virginia Postrel (2020). Economics.</li></ul>');
		expect(works.map(w => [w.title, w.authors, w.publishedAt])).toEqual([
			['The Golden Thread: How Fabric Changed History', ['Kassia St Clair'], '2018'],
			['Worn: A People\'s History of Clothing', ['Sofi Thanhauser'], '2022'],
			['The Fabric of Civilization', ['Virginia Postrel'], '2020'],
		]);
	});
});
