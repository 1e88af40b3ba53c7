import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://forum.example/threads/first-books.1234/';

describe('round 49: a forum whose posts set their bodies in an article inside the post\'s', () => {
	// XenForo's markup: `article.message` > … > `article.message-body`, one per post
	const post = (who: string, body: string) => `<article class="message"><div class="message-inner"><div class="user">`
		+ `<h4>${who}</h4></div><div class="message-main"><div class="message-content"><div class="message-userContent">`
		+ `<article class="message-body"><div class="bbWrapper">${body}</div></article></div></div></div></div></article>`;
	test('the thread is every post, not its longest post alone', () => {
		const html = '<html><head><title>First books?</title></head><body><div class="block-body">'
			+ post('Ann', 'Which books would you give someone new to the night sky? I have binoculars and a lot of '
				+ 'patience, but no idea where to begin.')
			+ post('Bo', 'The classics:<br><ol><li><b>Cosmos</b> - Carl Sagan</li><li><b>Pale Blue Dot</b> - Carl Sagan'
				+ '</li></ol>')
			+ post('Cy', 'Beyond books, and this one is long because I have a lot to say about each of them: '
				+ '<ul><li>the podcast <a href="https://podcast.example/">Star Talk Radio</a>, which is on every week and '
				+ 'has a good archive going back years,</li><li>the course <a href="https://www.coursera.org/learn/astro">'
				+ 'Astronomy: Exploring Time and Space</a>, free to audit, with weekly quizzes and a forum of its own.</li>'
				+ '</ul>')
			+ '</div></body></html>';
		const titles = harvest(new JSDOM(html, {url}).window.document, url).map(i => i.title);
		expect(titles).toEqual(expect.arrayContaining(['Cosmos', 'Pale Blue Dot', 'Astronomy: Exploring Time and Space']));
	});
});

describe('round 49: a section that warns a beginner off its books names none to save', () => {
	const read = (body: string, lang: string) => {
		const html = `<html lang="${lang}"><head><title>Books</title></head><body><article><h1>Books</h1>${body}`
			+ '</article></body></html>';
		return harvest(new JSDOM(html, {url}).window.document, url).map(i => i.title);
	};
	test.each([
		['zh', '<h2>四、劝退 / 先别碰</h2>', '<li>《某本大部头》：写得没问题，但非常细，新手直接读等于看字典。</li>'],
	])('%s', (lang, heading, skipped) => {
		const works = read('<h2>Books</h2><ul><li>《操作系统导论》，Remzi H. Arpaci-Dusseau 著，人民邮电出版社，2019</li>'
			+ '<li>《Linux内核设计与实现》，Robert Love 著，机械工业出版社，2011</li></ul>'
			+ `${heading}<ul>${skipped}</ul>`, lang);
		expect(works).toEqual(['操作系统导论', 'Linux内核设计与实现']);
	});
});

describe('round 49: a table\'s header joining two columns by its language\'s `and`', () => {
	test('`Editore e anno` heads a column of `House, Year` cells: its publisher and its year', () => {
		const html = '<html lang="it"><head><title>Libri</title></head><body><article><h1>Libri</h1><table><thead><tr>'
			+ '<th>Titolo</th><th>Autore</th><th>Editore e anno</th><th>Perché</th></tr></thead><tbody>'
			+ '<tr><td><em>Il sentiero dei nidi</em></td><td>Anna Rossi</td><td>Laterza, 2006</td><td>Breve e chiaro.</td></tr>'
			+ '<tr><td><em>La virgola</em></td><td>Marco Bianchi</td><td>Einaudi, 2019</td><td>Da tenere sul tavolo.</td></tr>'
			+ '</tbody></table></article></body></html>';
		expect(harvest(new JSDOM(html, {url}).window.document, url).map(i => [i.title, i.publisher, i.publishedAt]))
			.toEqual([['Il sentiero dei nidi', 'Laterza', '2006'], ['La virgola', 'Einaudi', '2019']]);
	});
});

describe('round 49: a title set apart before a middle dot, the line\'s facts parted so', () => {
	test('`<em>Title</em> · Name · House, Year` and `<em>Title</em> · Name · House`', () => {
		const html = '<html lang="es"><head><title>Libros</title></head><body><article><h1>Libros</h1><ul>'
			+ '<li><p><em>El río de los mapas</em> · Lucía Ferrer Soto · Ediciones Norte</p></li>'
			+ '<li><p><em>La torre del puerto</em> · Andrés Vidal · Alba, 2006 — una novela, pero muy documentada.</p></li>'
			+ '</ul></article></body></html>';
		expect(harvest(new JSDOM(html, {url}).window.document, url).map(i => [i.title, i.authors, i.publishedAt]))
			.toEqual([['El río de los mapas', ['Lucía Ferrer Soto'], undefined], ['La torre del puerto', ['Andrés Vidal'],
				'2006']]);
	});
});

describe('round 49: numbered bold lines, some read as headings and some as items, are one numbered list', () => {
	test('`<p><b>2. «Title», Name</b></p>` between items with a link or a note after their bold is a work', () => {
		const html = '<html lang="ru"><head><title>Книги</title></head><body><article><h1>Книги</h1><h2>Эволюция</h2>'
			+ '<p><b>1. «Рождение звёзд», Анна Смирнова</b> (Corpus, 2010)</p><p>Моя любимая книга о небе и звёздах.</p>'
			+ '<p><b>2. «Недостающее звено», Пётр Иванов</b></p><p>Два тома про то, откуда взялся человек.</p>'
			+ '<p><b>3. <a href="https://books.example/gen">«Ген и среда»</a>, Мария Кузнецова</b></p><p>Классика жанра.</p>'
			+ '<p><b>4. «Лестница времени», Олег Петров</b></p><p>Десять глав о десяти открытиях.</p>'
			+ '</article></body></html>';
		expect(harvest(new JSDOM(html, {url}).window.document, url).map(i => i.title))
			.toEqual(['Рождение звёзд', 'Недостающее звено', 'Ген и среда', 'Лестница времени']);
	});
});
