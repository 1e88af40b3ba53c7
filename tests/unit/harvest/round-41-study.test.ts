import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (works: ReturnType<typeof readPost>) =>
	works.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt]);
const table = (head: string[], rows: string[][]) => `<table><thead><tr>${head.map(h => `<th>${h}</th>`).join('')}</tr>`
	+ `</thead><tbody>${rows.map(r => `<tr>${r.map(c => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

describe('round 41: a Spanish table and list', () => {
	test('a head\'s plural in brackets (`Autor(es)`), names joined by `y`, a house\'s aside in brackets', () => {
		expect(facts(readPost(table(['#', 'Título', 'Autor(es)', 'Editorial', 'Año'], [
			['1', 'Estadística práctica', 'Peter Bruce, Andrew Bruce y Peter Gedeck', 'Marcombo', '2022'],
			['2', 'Introducción al aprendizaje estadístico', 'Gareth James, Daniela Witten y Trevor Hastie',
				'Springer (trad. comunitaria, PDF)', '2024'],
		]), 'es'))).toEqual([
			['Estadística práctica', ['Peter Bruce', 'Andrew Bruce', 'Peter Gedeck'], undefined, 'Marcombo', '2022'],
			['Introducción al aprendizaje estadístico', ['Gareth James', 'Daniela Witten', 'Trevor Hastie'], undefined,
				'Springer', '2024'],
		]);
	});

	test('a dash\'s author with a translator credited further on; a co-author after `con`', () => {
		expect(facts(readPost('<ul><li><strong>«Armas de destrucción matemática»</strong> — Cathy O’Neil. Capitán Swing, '
			+ '2018. Traducción de Violeta Arranz de la Torre. Sobre los algoritmos.</li><li><strong>«Factfulness»</strong> '
			+ '— Hans Rosling, con Ola Rosling y Anna Rosling Rönnlund. Deusto, 2018. El mundo está mejor.</li></ul>', 'es')))
			.toEqual([
				['Armas de destrucción matemática', ['Cathy O’Neil'], [{name: 'Violeta Arranz de la Torre', role: 'translator'}],
					'Capitán Swing', '2018'],
				['Factfulness', ['Hans Rosling', 'Ola Rosling', 'Anna Rosling Rönnlund'], undefined, 'Deusto', '2018'],
			]);
	});
});
