import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const tip = (title: string, credit: string, cls = 'tip__author') => `<div class="tip"><div class="tip__body">`
	+ `<h3 class="tip__title">${title}</h3><p class="${cls}">${credit}</p><p>Kniha, která poprvé vyšla před lety, je `
	+ 'napůl deníkem, napůl básní v próze.</p></div></div>';

describe('round 61: a line its class names the author\'s, under a title', () => {
	test('its people, then the house and the year after a middle dot', () => {
		const works = readPost(tip('Pražský chodec', 'Vítězslav Nezval') + tip('Franz Kafka a Praha',
			'Harald Salfellner · Vitalis') + tip('Strašidelná Praha', 'Eliška Hornová, ilustrace Matěj Pospíšil · '
			+ 'Albatros, 2024') + tip('Město tisíce věží', 'uspořádala Ilona Machová · Argo, 2023'), 'cs');
		expect(works.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt])).toEqual([
			['Pražský chodec', ['Vítězslav Nezval'], undefined, undefined, undefined],
			['Franz Kafka a Praha', ['Harald Salfellner'], undefined, 'Vitalis', undefined],
			['Strašidelná Praha', ['Eliška Hornová'], [{name: 'Matěj Pospíšil', role: 'illustrator'}], 'Albatros',
				'2024'],
			['Město tisíce věží', undefined, [{name: 'Ilona Machová', role: 'editor'}], 'Argo', '2023'],
		]);
	});
	test('a bare name under a title, its class naming nothing, credits no work; nor a sentence heading', () => {
		expect(readPost(tip('Pražský chodec', 'Vítězslav Nezval', 'tip__note'), 'cs')).toEqual([]);
		expect(readPost(tip('Vše, co potřebujete vědět o knihovně.', 'Vítězslav Nezval'), 'cs')).toEqual([]);
	});
});

describe('round 61: a table of films', () => {
	test('its director\'s column is its makers, its section\'s name its kind', () => {
		const row = (title: string, by: string, year: string) => `<tr><td><strong>${title}</strong></td><td>${by}</td>`
			+ `<td>${year}</td><td>Film o Praze a o lidech v ní.</td></tr>`;
		const html = '<h2>Filmy</h2><table><thead><tr><th>Název</th><th>Režie</th><th>Rok</th><th>Proč se dívat</th>'
			+ `</tr></thead><tbody>${row('Kolja', 'Jan Svěrák', '1996')}${row('Pelíšky', 'Jan Hřebejk', '1999')}`
			+ `${row('Obecná škola', 'Jan Svěrák', '1991')}</tbody></table>`;
		expect(readPost(html, 'cs').map(w => [w.title, w.kind, w.authors, w.publishedAt])).toEqual([
			['Kolja', 'video', ['Jan Svěrák'], '1996'], ['Pelíšky', 'video', ['Jan Hřebejk'], '1999'],
			['Obecná škola', 'video', ['Jan Svěrák'], '1991'],
		]);
	});
});

describe('round 61: a channel described after its name', () => {
	test('`Name – a channel by X`: the title is the name, the channel a video\'s, X its maker', () => {
		const html = '<ul><li>Proko – a channel by Stan Prokopenko, figure drawing with anatomy.</li>'
			+ '<li>Drawabox – a free course by Irshad Karim, with homework.</li></ul>';
		expect(readPost(html).map(w => [w.title, w.kind, w.authors])).toEqual([
			['Proko', 'video', ['Stan Prokopenko']], ['Drawabox', 'course', ['Irshad Karim']],
		]);
	});
	test('in Vietnamese too, on a numbered line', () => {
		const html = '<div>1. Drawing on the Right Side of the Brain – Betty Edwards. Cuốn kinh điển.<br><br>'
			+ '2. Color and Light – James Gurney. Màu sắc.<br><br>3. Proko – kênh của Stan Prokopenko, học figure drawing '
			+ 'với giải phẫu.</div>';
		expect(readPost(html, 'vi').map(w => [w.title, w.kind, w.authors])).toContainEqual(
			['Proko', 'video', ['Stan Prokopenko']]);
	});
});

describe('round 61: Hebrew, which has no capitals', () => {
	test('a clause holding a word no name does is no one\'s name', () => {
		const html = '<p>לפני שמתחילים: תתקינו <a href="https://www.python.org/downloads/">Python</a> (או פשוט תעבדו '
			+ 'בדפדפן, עוד על זה בהמשך). כל מה שכאן מניח שאתם מוכנים לכתוב קוד.</p>';
		expect(readPost(html, 'he').flatMap(w => w.authors ?? [])).toEqual([]);
	});
});

describe('round 61: a Greek book named again in full under its heading', () => {
	const html = '<h3>4. Ψωμί με προζύμι – Ελένη Καραγιάννη</h3><p>Για όσες και όσους προτιμούν ελληνικά: το <em>Ψωμί με '
		+ 'προζύμι: η τέχνη του αργού ψησίματος</em> της Ελένης Καραγιάννη (Εκδόσεις Μέλισσα, 2021) είναι όμορφο.</p>';
	test('one work, by its full title, its author in the nominative, its house named with its word', () => {
		expect(readPost(html, 'el').map(w => [w.title, w.authors, w.publisher, w.publishedAt])).toEqual([
			['Ψωμί με προζύμι: η τέχνη του αργού ψησίματος', ['Ελένη Καραγιάννη'], 'Εκδόσεις Μέλισσα', '2021'],
		]);
	});
	test('a man\'s name after `του` is read back too', () => {
		const works = readPost('<p>Διαβάστε το <em>Λογικομικς</em> του Απόστολου Δοξιάδη (Εκδόσεις Ίκαρος, 2008).</p>',
			'el');
		expect(works.map(w => [w.title, w.authors, w.publisher])).toEqual([
			['Λογικομικς', ['Απόστολος Δοξιάδης'], 'Εκδόσεις Ίκαρος'],
		]);
	});
	test('a house named with its word in French keeps it (`Éditions ENI`)', () => {
		const works = readPost('<ul><li><em>Python 3 – Les fondamentaux du langage</em>, Sébastien Chazallet (Éditions '
			+ 'ENI, 2023). Très complet.</li><li><em>Apprendre à programmer avec Python 3</em>, Gérard Swinnen (Eyrolles, '
			+ '2012).</li></ul>', 'fr');
		expect(works[0]?.publisher).toBe('Éditions ENI');
	});
});
