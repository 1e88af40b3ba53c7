import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {askedFor} from '../../../src/extract/harvest/asked.ts';
import {readPost} from './read-post.ts';

const page = (title: string) => new JSDOM(`<html lang="cs"><head><title>${title} | Poradna</title></head><body>`
	+ `<h1>${title}</h1></body></html>`, {url: 'https://forum.example.cz/poradna/1'}).window.document;

describe('round 56', () => {
	test('a Czech or Slovak question asks in its word for recommending (`Doporučte`), a textbook or a book', () => {
		expect(askedFor(page('Doporučte učebnici C (a programování pod Linuxem) pro samouka'))).toBe('book');
		expect(askedFor(page('Odporúčte knihy o histórii'))).toBe('book');
	});
	test('a bare address\'s title in brackets on the line under it (`<a>https://…</a><br>Name [Title] 재생목록임`)', () => {
		const url = 'https://www.youtube.com/playlist?list=PLq8RxT3';
		const works = readPost(`<p>책 읽기 귀찮으면 유튜브 이거 ㄱㄱ 피아노 치면서 설명해줘서 귀로 바로 들어옴<br><a href="${url}">${url}</a>`
			+ '<br>피아노쌤 이로운 [화성학 기초 1~40강] 재생목록임</p>', 'ko');
		expect(works.map(w => [w.title, w.url])).toEqual([['화성학 기초 1~40강', url]]);
	});
	test('an answer\'s list item opening on its link is a work where the question asks in Czech', () => {
		const html = '<html lang="cs"><head><title>Doporučte učebnici C pro samouka | Poradna</title></head><body>'
			+ '<h1>Doporučte učebnici C pro samouka</h1><p>Ahoj, je mi 17 a chtěl bych se naučit pořádně C. Co byste '
			+ 'doporučili? Ideálně česky, ale anglicky zvládnu.</p><ul><li><a href="https://man7.org/tlpi/">The Linux '
			+ 'Programming Interface</a> od Michaela Kerriska – velká kniha, ale čte se dobře.</li></ul></body></html>';
		const url = 'https://www.abclinuxu.example/poradna/programovani/show/1';
		expect(harvest(new JSDOM(html, {url}).window.document, url).map(w => [w.title, w.url]))
			.toEqual([['The Linux Programming Interface', 'https://man7.org/tlpi/']]);
	});
});

describe('round 56: a forum post\'s numbered list in bold lines', () => {
	test('a bracket of the years a title covers is part of it, whatever commas the title holds', () => {
		const works = readPost('<ul><li><b>1. El ciclo de la ilusión y el desencanto</b> – Pablo Gerchunoff y Lucas Llach'
			+ '</li><li><b>3. Historia económica, política y social de la Argentina (1880-2003)</b> – Mario Rapoport</li>'
			+ '<li><b>4. Deep Work (2016)</b> – Cal Newport</li></ul>', 'es');
		expect(works.map(w => [w.title, w.authors, w.publishedAt])).toEqual([
			['El ciclo de la ilusión y el desencanto', ['Pablo Gerchunoff', 'Lucas Llach'], undefined],
			['Historia económica, política y social de la Argentina (1880-2003)', ['Mario Rapoport'], undefined],
			['Deep Work', ['Cal Newport'], '2016'],
		]);
	});
	test('a line wholly in bold saying what is not recommended heads a section of works left out', () => {
		const works = readPost('<div><b>📚 LOS IMPRESCINDIBLES</b></div><div><i>El ciclo de la ilusión y el desencanto</i> de '
			+ 'Pablo Gerchunoff. Si leen uno solo, que sea este.</div><div><b>❌ LO QUE NO RECOMIENDO (PARA ESTO)</b></div>'
			+ '<div><i>Las venas abiertas de América Latina</i> de Eduardo Galeano. Es un ensayo político.</div>', 'es');
		expect(works.map(w => w.title)).toEqual(['El ciclo de la ilusión y el desencanto']);
	});
});

describe('round 56: a course named with its platform', () => {
	test('`El curso de <a>Macroeconomía de Khan Academy</a>`: a course, its platform no part of its title', () => {
		const works = readPost('<ul><li>El curso de <a href="https://es.khanacademy.org/economics-finance-domain/'
			+ 'macroeconomics">Macroeconomía de Khan Academy</a>. Gratis, en castellano.</li><li>El libro <i>Otro libro</i> '
			+ 'de Ana Pérez.</li></ul>', 'es');
		expect(works.map(w => [w.title, w.kind, w.publisher]))
			.toContainEqual(['Macroeconomía', 'course', 'Khan Academy']);
	});
});
