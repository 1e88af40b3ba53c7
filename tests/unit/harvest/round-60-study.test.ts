import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

describe('round 60: a magazine\'s ranking', () => {
	const ranked = (titles: string[]) => titles.map((title, n) => `<h2>${n + 1}. ${title}</h2><p>Une série sur la `
		+ 'mer et ceux qui vivent au bord, montée avec soin.</p><p>Quatre épisodes.</p>').join('');
	test('numbered headings in sequence, each a quoted title alone, are the works ranked', () => {
		const works = readPost(ranked(['« Les Grandes Marées »', '“Au bout du fil”', '« Radio Neptune »']), 'fr');
		expect(works.map(w => w.title)).toEqual(['Les Grandes Marées', 'Au bout du fil', 'Radio Neptune']);
	});
	test('a numbered heading unquoted, or a quoted one out of sequence, names no work by that alone', () => {
		expect(readPost(ranked(['Les Grandes Marées', 'Au bout du fil', 'Radio Neptune']), 'fr')).toEqual([]);
		expect(readPost('<h2>1. « Les Grandes Marées »</h2><p>Une série sur la mer.</p><h2>Et aussi</h2><p>Rien.</p>',
			'fr')).toEqual([]);
	});
	test('they are of the kind the page\'s heading ranks, not a consent dialog\'s heading before it', () => {
		const url = 'https://magazine.example/podcasts-2025';
		const html = '<html lang="fr"><body><div role="dialog"><h1>Votre vie privée est importante pour nous</h1>'
			+ '<button>Accepter</button></div><header><h1>Les dix meilleurs podcasts de 2025</h1></header><article><p>'
			+ 'Notre palmarès de l\'année, des séries qui nous ont marqués.</p>'
			+ ranked(['« Les Grandes Marées »', '« Au bout du fil »', '« Radio Neptune »']) + '</article></body></html>';
		const works = harvest(new JSDOM(html, {url}).window.document, url);
		expect(works.map(w => [w.title, w.kind])).toEqual([
			['Les Grandes Marées', 'podcast'], ['Au bout du fil', 'podcast'], ['Radio Neptune', 'podcast'],
		]);
	});
});

describe('round 60: a social post\'s numbered list', () => {
	const note = ' Читается за два вечера, а потом хочется перечитать: автор объясняет сложное просто и без снобизма, '
		+ 'с примерами из живой речи.';
	test('a block\'s lines numbered with keycaps, each a sentence or two past its title, are a list\'s items', () => {
		const html = `<div>Собрали в одном посте всё, что советуем друзьям.<br><br>1️⃣ Владимир Плунгян, «Почему языки такие `
			+ `разные».${note}<br><br>2️⃣ Максим Кронгауз, «Русский язык на грани нервного срыва» (2008).${note}<br><br>3️⃣ `
			+ `Гай Дойчер, «Сквозь зеркало языка».${note}</div>`;
		expect(readPost(html, 'ru').map(w => [w.title, w.authors, w.publishedAt])).toEqual([
			['Почему языки такие разные', ['Владимир Плунгян'], undefined],
			['Русский язык на грани нервного срыва', ['Максим Кронгауз'], '2008'],
			['Сквозь зеркало языка', ['Гай Дойчер'], undefined],
		]);
	});
	test('a Japanese house in the brackets after a numbered title is its house, not a name waiting for its list', () => {
		const html = '<div>写真の本を紹介します。<br><br>1. 『写真の教科書』中井精也（インプレス）<br><br>2. 『光の読み方』'
			+ '上田晃司（玄光社）<br><br>3. 『ソール・ライターのすべて』（青幻舎）<br><br>4. 『構図の法則』'
			+ '北村智史（日本写真企画）</div>';
		const works = readPost(html, 'ja');
		expect(works.find(w => w.title === 'ソール・ライターのすべて')).toMatchObject({authors: undefined, publisher: '青幻舎'});
	});
});

describe('round 60: a department\'s reading list', () => {
	test('the German bibliography\'s imprint may close a comma\'s field, after the edition; `(Hg.)` marks editors', () => {
		const works = readPost('<ul><li>Weber, Anna: <em>Einführung in die Stadtgeschichte</em>, Stuttgart: Reclam 2005 '
			+ '(und weitere Auflagen). – Kompakt.</li><li>Brandt, Jonas / Keller, Mia: <em>Quellen lesen. Ein Leitfaden</em>, '
			+ '5. Aufl., Paderborn: Schöningh 2011. – Praktisch.</li><li>Lorenz, Hans-Peter (Hg.): <em>Stadt. Ein '
			+ 'Grundkurs</em>, 3. Aufl., Reinbek bei Hamburg: Rowohlt 2007. – Zum Nachschlagen.</li></ul>', 'de');
		expect(works.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt])).toEqual([
			['Einführung in die Stadtgeschichte', ['Anna Weber'], undefined, 'Reclam', '2005'],
			['Quellen lesen. Ein Leitfaden', ['Jonas Brandt', 'Mia Keller'], undefined, 'Schöningh', '2011'],
			['Stadt. Ein Grundkurs', undefined, [{name: 'Hans-Peter Lorenz', role: 'editor'}], 'Rowohlt', '2007'],
		]);
	});
});

describe('round 60: a social post\'s lines of shows and courses', () => {
	test('a title in guillemets after its kind\'s word opening a marked line is that kind\'s, its people after', () => {
		const works = readPost('<div>Что ещё послушать и посмотреть.<br><br>🎧 Подкаст «Слова и люди» — Ольга Петрова и Иван '
			+ 'Смирнов каждую неделю разбирают одно слово.<br><br>🎓 Бесплатный онлайн-курс «Языки мира» на Stepik (ведёт '
			+ 'Мария Орлова). Короткие видео.</div>', 'ru');
		expect(works.map(w => [w.title, w.kind, w.authors])).toEqual([
			['Слова и люди', 'podcast', ['Ольга Петрова', 'Иван Смирнов']],
			['Языки мира', 'course', ['Мария Орлова']],
		]);
	});
	test('not in a sentence that may reject it, nor a phrase in guillemets', () => {
		expect(readPost('<p>Подкаст «Слова и люди» мы убрали из списка: он закрылся. Я прочитал сотню книг «для '
			+ 'продактов», и большая часть забылась.</p>', 'ru')).toEqual([]);
	});
});

describe('round 60: a forum\'s footer', () => {
	test('a line of links parted by spaced dashes is the site\'s navigation, no title and its author', () => {
		const works = readPost('<ul><li><i>Los años de la guerra</i> - Ana Ruiz (2003)</li><li><i>La retaguardia</i> - Luis '
			+ 'Gil (2011)</li></ul><div><strong><a href="/contacto">Contacto</a> - <a href="/">Foro</a> - <a href="/legal">'
			+ 'Aviso Legal</a> - <a href="/archivo">Archivo</a> - <a href="#top">Arriba</a></strong></div>', 'es');
		expect(works.map(w => w.title)).toEqual(['Los años de la guerra', 'La retaguardia']);
	});
});

describe('round 60: a forum answer\'s links', () => {
	test('a link\'s lowercase words closed by `here` say where the work is, not its title', () => {
		const works = readPost('<p>A série <b>A11y Notes</b>, do Rob Dodson, é curtinha e ótima: <a '
			+ 'href="https://www.youtube.com/playlist?list=PLabc">playlist completa aqui</a>.</p>', 'pt');
		expect(works.map(w => w.title)).not.toContain('playlist completa aqui');
	});
});
