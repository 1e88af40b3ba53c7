import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

describe('round 62: a magazine\'s numbered headings, each a title in italics', () => {
	const pick = (n: number, title: string, blurb: string) => `<h3>${n}. <em>${title}</em></h3><p><strong>De qué va:`
		+ `</strong> ${blurb}</p><p><strong>Dónde escucharlo:</strong> <a href="https://open.spotify.com/show/${n}">`
		+ 'Spotify</a></p>';
	const html = '<h2>Podcasts para el tráfico</h2>' + pick(1, 'Crónicas del Metro', 'historias del Metro. Los conducen '
		+ '<strong>Andrea Salcedo y Toño Villalobos</strong>, dos periodistas.') + pick(2, 'Quincena', 'finanzas con '
		+ '<strong>Daniela Garza</strong>, economista.') + pick(3, 'El Hilo', 'noticias de América Latina.');
	test('are the works ranked, their hosts the names the blurb sets apart in bold', () => {
		expect(readPost(html, 'es').map(w => [w.title, w.kind, w.authors])).toEqual([
			['Crónicas del Metro', 'podcast', ['Andrea Salcedo', 'Toño Villalobos']],
			['Quincena', 'podcast', ['Daniela Garza']], ['El Hilo', 'podcast', undefined],
		]);
	});
	test('a numbered heading wholly in bold, its number too, is a step, no title', () => {
		const steps = '<h2><strong>1. Empieza por lo básico</strong></h2><p>Texto.</p><h2><strong>2. Practica cada día'
			+ '</strong></h2><p>Texto.</p><h2><strong>3. Pide ayuda</strong></h2><p>Texto.</p>';
		expect(readPost(steps, 'es')).toEqual([]);
	});
});

describe('round 62: a library\'s cards', () => {
	const card = (cls: string, title: string, by: string, year = '') => `<div class="${cls}"><a href="/work/${title}">`
		+ `<div class="tags"><span class="tag">Bog</span></div><h3 class="${cls}__title">${title}</h3><p class="${cls}__author">`
		+ `${by}</p>${year ? `<p class="${cls}__year">${year}</p>` : ''}</a></div>`;
	test('a recommendation\'s card in the flow of the text is content, no widget of recommendations', () => {
		const html = '<h2>De første masker</h2><p>Begynd med en bog, der tager dig helt fra bunden.</p>'
			+ card('recommendation', 'Strik fra bunden', 'Af Mette Kirkegaard (2021)') + '<p>Og så videre.</p>'
			+ card('recommendation', 'Lær at strikke', 'Af Karin Holst (2019)');
		expect(readPost(html, 'da').map(w => [w.title, w.authors, w.publishedAt])).toEqual([
			['Strik fra bunden', ['Mette Kirkegaard'], '2021'], ['Lær at strikke', ['Karin Holst'], '2019'],
		]);
	});
	test('a card\'s author line and year line, each named by its class, inside the card\'s one link', () => {
		const html = '<h2>Strik rundt</h2><ul>' + ['Sokker på fem pinde|Af Lise Damgaard|2022',
			'Huer til hele familien|Af Signe Rasmussen og Ulla Krag|2020'].map(row => row.split('|'))
			.map(([title, by, year]) => `<li>${card('card-grid-item', title!, by!, year)}</li>`).join('') + '</ul>';
		expect(readPost(html, 'da').map(w => [w.title, w.authors, w.publishedAt])).toEqual([
			['Sokker på fem pinde', ['Lise Damgaard'], '2022'],
			['Huer til hele familien', ['Signe Rasmussen', 'Ulla Krag'], '2020'],
		]);
	});
});

describe('round 62: a social post\'s lines pointing at their links', () => {
	test('a hand pointing at the address says "here", as a colon does; `by` and a kind after a dash are no title', () => {
		const html = '<ul><li>CMU 15-445 Database Systems by Andy Pavlo (lectures free on YouTube) 👉 <a href="https://lnk.example/'
			+ 'a">https://lnk.example/a</a> Honestly more than you need.</li><li>The System Design Primer – GitHub repo by Donne '
			+ 'Martin 👉 <a href="https://lnk.example/b">https://lnk.example/b</a> Bookmark it.</li></ul>';
		expect(readPost(html).map(w => [w.title, w.authors])).toEqual([
			['CMU 15-445 Database Systems', ['Andy Pavlo']], ['The System Design Primer', ['Donne Martin']],
		]);
	});
});

describe('round 62: a forum\'s answer naming books in Romanian', () => {
	test('a full name before a title set apart is its author, the one word in brackets after it its house', () => {
		const html = '<div class="post entry-content">Raspunsul standard: Neagu Djuvara, <strong>O scurtă istorie a '
			+ 'românilor</strong> (Humanitas). Sub 300 de pagini.<br><br>Pentru ceva sobru: Keith Hitchins, <strong>Scurtă '
			+ 'istorie a României</strong> (Polirom). E echilibrată.</div>';
		expect(readPost(html, 'ro').map(w => [w.title, w.authors, w.publisher])).toEqual([
			['O scurtă istorie a românilor', ['Neagu Djuvara'], 'Humanitas'],
			['Scurtă istorie a României', ['Keith Hitchins'], 'Polirom'],
		]);
	});
	test('`al lui` says whose a title is', () => {
		const html = '<p>Ca mărturie, una singură: <strong>Jurnalul fericirii</strong> al lui N. Steinhardt. Nu e carte '
			+ 'de istorie.</p>';
		expect(readPost(html, 'ro').map(w => [w.title, w.authors]))
			.toEqual([['Jurnalul fericirii', ['N. Steinhardt']]]);
	});
});

describe('round 63: a shop\'s magazine recommending what the shop sells', () => {
	test('its cards link the shop\'s own item pages at its root, their author lines link the author\'s page', () => {
		const card = (id: number, title: string, author: string) => `<section class="tip"><p>Každé leto ju odporúčam.</p>`
			+ `<div class="product-card"><h3 class="product-card__title"><a href="https://shop.example/?uItem=${id}">`
			+ `${title}</a></h3><p class="product-card__author"><a href="https://shop.example/autori/${id}">${author}</a>`
			+ '</p><p class="product-card__price">16,64 €</p></div></section>';
		const at = 'https://shop.example/magazin/letne-tipy';
		const works = readPost(card(227781, 'Trhlina', 'Jozef Karika') + card(78312, 'Café Hyena', 'Jana Beňová'), 'sk',
			at);
		expect(works.map(w => [w.title, w.authors, w.url])).toEqual([
			['Trhlina', ['Jozef Karika'], 'https://shop.example/?uItem=227781'],
			['Café Hyena', ['Jana Beňová'], 'https://shop.example/?uItem=78312'],
		]);
	});
});
