import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://news.example.es/2026/12/cursos-ia';
const page = (h1: string, body: string, lang = 'es') => {
	const html = `<html lang="${lang}"><head><title>${h1}</title></head><body><article><h1>${h1}</h1>${body}`
		+ '</article></body></html>';
	return harvest(new JSDOM(html, {url}).window.document, url);
};

describe('round 52: a page whose title says what it lists, its works headings linked on their titles', () => {
	const body = '<h2>Para empezar sin programar</h2>'
		+ '<h3><a href="https://www.elementsofai.example/es/">Elements of AI</a>, de la Universidad de Helsinki</h3>'
		+ '<p>Es el curso que recomendamos a cualquiera que quiera entender qué es la IA.</p>'
		+ '<h3><a href="https://grow.example.com/intl/es/ai-essentials/">Google AI Essentials</a></h3>'
		+ '<p>Más práctico y orientado a usar herramientas generativas en el trabajo.</p>';
	test('`Once cursos gratis…` over `<h3><a>Title</a></h3>`: each heading\'s link is a course', () => {
		const works = page('Once cursos gratis para aprender inteligencia artificial', body);
		expect(works.map(w => [w.title, w.kind, w.url])).toEqual([
			['Elements of AI', 'course', 'https://www.elementsofai.example/es/'],
			['Google AI Essentials', 'course', 'https://grow.example.com/intl/es/ai-essentials/'],
		]);
	});
	test('a title naming no kind of work makes no such heading a work', () => {
		expect(page('Lo que aprendimos este año sobre inteligencia artificial', body)).toEqual([]);
	});
	test('a title listing tools makes none either', () => {
		expect(page('Las mejores herramientas y tools de IA', body)).toEqual([]);
	});
	test('the heading\'s own evidence outweighs the title\'s kind: a work by someone is a book', () => {
		const works = page('Five free courses on machine learning, and a book', '<h2>Then</h2><h3><a '
			+ 'href="https://shop.example.com/p/1">Deep Work</a> by Cal Newport</h3><p>Read it after the courses.</p>', 'en');
		expect(works.map(w => [w.title, w.kind, w.authors])).toEqual([['Deep Work', 'book', ['Cal Newport']]]);
	});
	test('Spanish, Portuguese, French and Italian words for books name a section of books', () => {
		const works = page('Recursos', '<h2>Dos libros para seguir</h2><ul><li><a href="https://d2l.example.org/">Dive into '
			+ 'Deep Learning</a></li></ul>');
		expect(works.map(w => [w.title, w.kind])).toEqual([['Dive into Deep Learning', 'book']]);
	});
});

describe('round 52: a question on a site of questions, its title no question', () => {
	const at = 'https://ask.example.com/412/nonfiction';
	const thread = (title: string) => {
		const answer = (text: string) => `<div class="comments">${text} <span class="smallcopy">posted by `
			+ '<a href="https://ask.example.com/user/9">someone</a> at 9:12 AM</span></div>';
		const html = `<html lang="en"><head><title>${title}</title></head><body><div id="page"><h1>${title}</h1>`
			+ '<div class="copy">My nephew loves bridges and sewers. What should he read next?</div>'
			+ answer('For grid specifically, Gretchen Bakke\'s <i>The Grid: The Fraying Wires Between Americans and Our '
				+ 'Energy Future</i> is readable and a bit opinionated.')
			+ answer('<i>The Big Roads: The Untold Story of the Engineers, Visionaries, and Trailblazers Who Created the '
				+ 'American Superhighways</i> by Earl Swift. It\'s a history.')
			+ '</div></body></html>';
		return harvest(new JSDOM(html, {url: at}).window.document, at).map(w => [w.title, w.authors]);
	};
	test('`Nonfiction … - Ask MetaFilter` asks for books; a title set apart is not cut at its capitals', () => {
		expect(thread('Nonfiction about how the built world works, for a curious 14-year-old - Ask MetaFilter')).toEqual([
			['The Grid: The Fraying Wires Between Americans and Our Energy Future', ['Gretchen Bakke']],
			['The Big Roads: The Untold Story of the Engineers, Visionaries, and Trailblazers Who Created the American '
				+ 'Superhighways', ['Earl Swift']],
		]);
	});
});

describe('round 52: a Russian post\'s podcasts and the book its writer did not get on with', () => {
	const at = 'https://vc.example.ru/u/1-product/1234-knigi';
	const read = (body: string) => {
		const html = `<html lang="ru"><head><title>Книги и подкасты</title></head><body><article><h1>Книги и подкасты</h1>`
			+ `${body}</article></body></html>`;
		return harvest(new JSDOM(html, {url: at}).window.document, at).map(w => [w.title, w.kind, w.url]);
	};
	test('a show linked on a host podcasters use is a podcast; its files are none', () => {
		expect(read('<p>В дороге я слушаю два подкаста. Первый — <a href="https://zapusk.libsyn.com/">«Запуск завтра»</a>: '
			+ 'разговоры с основателями.</p><p><a href="https://traffic.libsyn.com/zapusk/ep12.mp3">Скачать выпуск</a></p>'))
			.toEqual([['Запуск завтра', 'podcast', 'https://zapusk.libsyn.com/']]);
	});
	test('`«Title» Name — мне не зашла`: no recommendation', () => {
		expect(read('<p>Часто советуют «Семь навыков» Стивена Кови — мне не зашла совсем, слишком много воды.</p>'))
			.toEqual([]);
	});
});
