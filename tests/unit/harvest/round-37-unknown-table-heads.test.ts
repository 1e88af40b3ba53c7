import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const rows = (cells: string[][]) => cells.map(row => `<tr>${row.map(c => `<td>${c}</td>`).join('')}</tr>`).join('');
const table = (head: string[], body: string[][]) =>
	`<table><thead><tr>${head.map(h => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows(body)}</tbody></table>`;
const BODY = [
	['<a href="https://linuxcommand.org/tlcl.php"><em>The Linux Command Line</em></a>', 'நூல்', 'William Shotts', '2019'],
	['<a href="https://git-scm.com/book/en/v2">Pro Git</a>', 'நூல்', 'Scott Chacon, Ben Straub', '2014'],
	['<a href="https://www.youtube.com/watch?v=4XpnKHJAok8">Tech Talk: Linus Torvalds on git</a>', 'உரை',
		'Linus Torvalds', '2007'],
	['<a href="https://github.com/jlevy/the-art-of-command-line">jlevy/the-art-of-command-line</a>', 'களஞ்சியம்',
		'Joshua Levy', '—'],
];

describe('a table headed in words no list knows', () => {
	test('its columns are told by their cells: one link each, names, years; the address says what a row is', () => {
		expect(readPost(table(['பெயர்', 'வகை', 'யார்', 'ஆண்டு'], BODY), 'ta')
			.map(w => [w.title, w.kind, w.authors, w.publishedAt])).toEqual([
			['The Linux Command Line', 'book', ['William Shotts'], '2019'],
			['Pro Git', 'book', ['Scott Chacon', 'Ben Straub'], '2014'],
			['Tech Talk: Linus Torvalds on git', 'video', ['Linus Torvalds'], '2007'],
			['jlevy/the-art-of-command-line', 'repository', ['Joshua Levy'], undefined],
		]);
	});

	test('no header row, two rows only, or links to people, are no such table', () => {
		expect(readPost(`<table>${rows(BODY)}</table>`, 'ta').length).toBeLessThan(BODY.length);
		expect(readPost(table(['பெயர்', 'வகை', 'யார்', 'ஆண்டு'], BODY.slice(0, 2)), 'ta')).toEqual([]);
		expect(readPost(table(['பெயர்', 'யார்'], [
			['<a href="https://example.org/ann">Ann Lee</a>', 'Bo Chen'],
			['<a href="https://example.org/cy">Cy Diaz</a>', 'Di Evans'],
			['<a href="https://example.org/ed">Ed Fox</a>', 'Fay Gold'],
		]), 'ta')).toEqual([]);
	});
});

describe('a table whose title column is headed in words no list knows, its people\'s column known', () => {
	test('`Nr. | Autorius | Kūrinys | Leidykla, metai`: titles set apart, a year or `House, Year` per row', () => {
		expect(readPost(table(['Nr.', 'Autorius', 'Kūrinys', 'Leidykla, metai', 'Kodėl verta perskaityti'], [
			['1.', 'Kristijonas Donelaitis', '<a href="http://antologija.lt/text/metai/1"><em>Metai</em></a>', '1818',
				'Lietuvių grožinės literatūros pradžia.'],
			['2.', 'Balys Sruoga', '<em>Dievų miškas</em>', '1957', 'Viena svarbiausių XX a. knygų.'],
			['3.', 'Kristina Sabaliauskaitė', '<em>Silva rerum</em>', 'Baltos lankos, 2008', 'Jei patiks, yra trys tomai.'],
		]), 'lt').map(w => [w.title, w.authors, w.publisher, w.publishedAt])).toEqual([
			['Metai', ['Kristijonas Donelaitis'], undefined, '1818'],
			['Dievų miškas', ['Balys Sruoga'], undefined, '1957'],
			['Silva rerum', ['Kristina Sabaliauskaitė'], 'Baltos lankos', '2008'],
		]);
	});
});
