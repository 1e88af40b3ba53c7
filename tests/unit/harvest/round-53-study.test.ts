import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

const url = 'https://forum.example.ua/topic/51873/';
const topic = (question: string, comments: string[]) => {
	const comment = (text: string, n: number) => `<div class="comment" id="c${n}"><div class="b-post-author">`
		+ `<a href="/users/u${n}/">user${n}</a></div><div class="comment_text">${text}</div></div>`;
	const html = `<html lang="uk"><head><title>${question}</title></head><body><div class="l-content">`
		+ `<article class="b-typo"><h1>${question}</h1><p>Мене призначили тімлідом команди з п’яти людей. Технічні книжки `
		+ 'я читав, а от про людей нічого. Команда хороша, але два сеньйори старші за мене, і я не знаю, як давати їм '
		+ 'фідбек так, щоб ніхто не образився. Хочеться почати з чогось практичного, а не з теорії менеджменту.</p></article><div class="b-comments" id="commentsList">'
		+ `${comments.map(comment).join('')}</div></div></body></html>`;
	return harvest(new JSDOM(html, {url}).window.document, url).map(w => [w.title, w.kind, w.authors, w.publisher]);
};

describe('round 53: a question\'s post, its answers in the comments after it', () => {
	const comments = [
		'<p>Must read — <strong>The Manager’s Path</strong>, Camille Fournier (O’Reilly, 2017). Перші три розділи.</p>',
		'<p>Патрік Ленсіоні — «П’ять пороків команди». Читається за вечір.</p>'
			+ '<p>Друга — «Радикальна відвертість», Кім Скотт. Є українською.</p>',
		'<p>Якщо більше подобається слухати: подкаст <a href="https://softskills.example/">Soft Skills Engineering</a>.</p>',
	];
	test('the comments answer the question and are read; a title set apart, in guillemets, a show by its kind', () => {
		expect(topic('Що почитати тімліду-початківцю?', comments)).toEqual([
			['The Manager’s Path', 'book', ['Camille Fournier'], 'O’Reilly'],
			['П’ять пороків команди', 'book', ['Патрік Ленсіоні'], undefined],
			['Радикальна відвертість', 'book', ['Кім Скотт'], undefined],
			['Soft Skills Engineering', 'podcast', undefined, undefined],
		]);
	});
	test('a post that asks nothing keeps its comments as chrome', () => {
		expect(topic('Мій перший рік тімлідом', comments)).toEqual([]);
	});
});

describe('round 53: titles in quotation marks in a paragraph', () => {
	test('`Name, „Title“, House` opening a paragraph names its author; a nickname in quotes after a word is none', () => {
		expect(readPost('<p>ჭაბუა ამირეჯიბი, „დათა თუთაშხია“ — რომანი დიდია.</p>'
			+ '<p>俗称“K8s 砖头书”，900 多页，不建议从头读到尾，当字典用。</p>', 'ka').map(w => [w.title, w.authors]))
			.toEqual([['დათა თუთაშხია', ['ჭაბუა ამირეჯიბი']]]);
	});
});

describe('round 53: a catalogue\'s list, each title linked in its heading, its subtitle in a span after the link', () => {
	test('the title is the link\'s, with the link kept; the subtitle is no part of it', () => {
		const at = 'https://library.example.org/v2/list/display/1/staff-picks';
		const item = (n: number, title: string, subtitle: string, by: string) => '<div class="cp-list-item">'
			+ `<div class="cp-bib-info"><h2 class="cp-title"><a href="/v2/record/S${n}">${title}</a> <span class="cp-subtitle">`
			+ `${subtitle}</span></h2><div class="cp-by-author-block">By <a href="/v2/search?a=${n}">${by}</a></div>`
			+ '<div class="cp-list-item-annotation"><p>A staff favourite for the season, and easy to carry.</p></div></div></div>';
		const html = '<html lang="en"><head><title>Staff picks</title></head><body><main><h1>Staff picks: birding</h1>'
			+ item(1, 'Birding Without Borders', 'An Obsession, a Quest, and the Biggest Year in the World',
				'Strycker, Noah K.')
			+ item(2, 'Kingbird Highway', 'The Story of A Natural Obsession', 'Kaufman, Kenn') + '</main></body></html>';
		expect(harvest(new JSDOM(html, {url: at}).window.document, at).map(w => [w.title, w.url, w.authors])).toEqual([
			['Birding Without Borders', 'https://library.example.org/v2/record/S1', ['Noah K. Strycker']],
			['Kingbird Highway', 'https://library.example.org/v2/record/S2', ['Kenn Kaufman']],
		]);
	});
});

describe('round 53: a forum thread whose posts sit deep in their boxes, posters\' panes beside them', () => {
	const PAD = 'Scusate la lunghezza, ma preferisco spiegarmi bene: scatto soprattutto in città, di sera, e vorrei capire '
		+ 'come costruire un’immagine prima ancora di accendere la macchina.';
	const at = 'https://forum.example.it/index.php?topic=1234.0';
	const message = (n: number, text: string) => `<div class="windowbg" id="msg${n}"><div class="post_wrapper">`
		+ `<div class="poster"><h4><a href="/profile/u${n}">utente${n}</a></h4><ul><li>Utente Senior</li><li>Messaggi: `
		+ `${n * 37}</li><li>Reputazione: +${n}</li><li>Iscritto dal 2019, fotografa con una reflex di seconda mano</li>`
		+ `</ul></div><div class="postarea"><div class="keyinfo">05 Marzo 2026, 21:${n}0</div><div class="post">`
		+ `<div class="inner">${text} ${PAD}</div></div></div></div><div class="moderatorbar"><div class="signature">Fuji X-T4`
		+ ` | XF 23 f/2 | XF 56 f/1.2 — le mie foto su Flickr e su Instagram, passate a trovarmi</div></div></div>`;
	const read = (title: string) => {
		const html = `<html lang="it"><head><title>${title}</title></head><body><div id="main_content_section">`
			+ `<h1>${title}</h1><form id="quickModForm"><div id="forumposts">`
			+ message(1, 'A Natale mi hanno regalato <i>Il manuale del fotografo</i> di John Hedgecoe, bello ma l’ho già '
				+ 'finito. Cosa leggo adesso per imparare a comporre?')
			+ message(2, 'Per la composizione il primo che consiglio sempre è <b>L’occhio del fotografo</b> di Michael '
				+ 'Freeman (Logos). Spiega perché un’immagine funziona.')
			+ message(3, 'Io aggiungo <i>Lezioni di fotografia</i> di Luigi Ghirri (Quodlibet, 2010), le lezioni che teneva '
				+ 'all’università.')
			+ message(4, 'Quoto Freeman al 100%, lo tengo sul comodino da anni e ogni tanto lo riapro.')
			+ '</div></form></div></body></html>';
		return harvest(new JSDOM(html, {url: at}).window.document, at).map(w => [w.title, w.authors]);
	};
	test('every post is read; the question\'s own book is the asker\'s, no recommendation', () => {
		expect(read('Libri per imparare a fotografare?')).toEqual([
			['L’occhio del fotografo', ['Michael Freeman']],
			['Lezioni di fotografia', ['Luigi Ghirri']],
		]);
	});
	test('a thread that asks nothing keeps its first post\'s works', () => {
		expect(read('I miei libri di fotografia').map(([title]) => title)).toContain('Il manuale del fotografo');
	});
});

describe('round 53: kinds named before a link in French and Portuguese; SQL in a comment', () => {
	test('`le MOOC <a>…</a>`, `le dépôt <a>…</a>` name a course and a repository', () => {
		expect(readPost('<ul><li>le MOOC <a href="https://mooc.example.fr/cours/shell-bash/">« Maîtriser le shell Bash »</a> '
			+ 'sur FUN, gratuit ;</li><li>le dépôt <a href="https://github.com/someone/the-art-of-command-line">The Art of '
			+ 'Command Line</a> de Joshua Levy sur GitHub.</li></ul>', 'fr').map(w => [w.title, w.kind])).toEqual([
			['Maîtriser le shell Bash', 'course'], ['The Art of Command Line', 'repository'],
		]);
	});
	test('`GROUP BY` in a book\'s comment is no byline', () => {
		expect(readPost('<h2>Livros</h2><ol><li><strong>Use a Cabeça! SQL</strong> — Lynn Beighley (Alta Books). Foi o '
			+ 'primeiro que me fez entender GROUP BY e subconsulta sem decorar.</li><li><strong>Projeto de Banco de '
			+ 'Dados</strong> — Carlos Alberto Heuser (Bookman). Mais sério.</li></ol>', 'pt').map(w => [w.title, w.authors]))
			.toEqual([['Use a Cabeça! SQL', ['Lynn Beighley']], ['Projeto de Banco de Dados', ['Carlos Alberto Heuser']]]);
	});
});

describe('round 53: a house alone in brackets closing a credit', () => {
	test('`— Name (House).` names the house; a school\'s acronym, a format or a note in brackets does not', () => {
		expect(readPost('<h2>Livros</h2><ul><li><strong>Projeto de Banco de Dados</strong> — Carlos Alberto Heuser '
			+ '(Bookman). Curtinho e direto.</li><li><strong>Entangled Life</strong> by Merlin Sheldrake (reread)</li>'
			+ '<li><strong>Deep Work</strong> — Cal Newport (Kindle). Lido no metrô.</li></ul>', 'pt')
			.map(w => [w.title, w.publisher])).toEqual([
			['Projeto de Banco de Dados', 'Bookman'], ['Entangled Life', undefined], ['Deep Work', undefined],
		]);
	});
});

describe('round 54: a question asked in the words of other languages, Dutch names joined by `en`', () => {
	test('`kaynak önerisi` asks: an answer\'s linked course is read', () => {
		const at = 'https://forum.example.com.tr/sifirdan-yazilim--123';
		const html = '<html lang="tr"><head><title>Sıfırdan yazılım öğrenmek için kaynak önerisi</title></head><body>'
			+ '<h1>Sıfırdan yazılım öğrenmek için kaynak önerisi</h1><div class="msg">Konuya gelince: web tarafına da göz '
			+ 'atmak istersen <a href="https://www.odin.example.com/">The Odin Project</a> tamamen ücretsiz.</div></body></html>';
		expect(harvest(new JSDOM(html, {url: at}).window.document, at).map(w => w.title)).toEqual(['The Odin Project']);
	});
	test('`van A en B` names two; `de A y B en Coursera` names no platform', () => {
		expect(readPost('<p>Ik mis nog <b>Your Money or Your Life</b> van Vicki Robin en Joe Dominguez. Gaat minder over '
			+ 'beleggen.</p>', 'nl').map(w => w.authors)).toEqual([['Vicki Robin', 'Joe Dominguez']]);
		expect(readPost('<p>El curso <a href="https://www.coursera.org/learn/aprendiendo-a-aprender">Aprendiendo a '
			+ 'aprender</a>, de Barbara Oakley y Terrence Sejnowski en Coursera, me cambió.</p>', 'es').map(w => w.authors))
			.toEqual([['Barbara Oakley', 'Terrence Sejnowski']]);
	});
});

describe('round 54: a Chinese lead-in naming the works not to read first', () => {
	test('`我不建议新手先读的：《A》和《B》` recommends neither; `不建议从头读到尾` says how to read one', () => {
		expect(readPost('<p>推荐《心理学与生活》，入门首选。</p><p>最后说两本我<b>不建议</b>新手先读的：《乌合之众》和弗洛伊德的'
			+ '《梦的解析》。</p><p>《Kubernetes权威指南》900 多页，不建议从头读到尾，当字典用。</p>', 'zh')
			.map(w => w.title)).toEqual(['心理学与生活', 'Kubernetes权威指南']);
	});
});
