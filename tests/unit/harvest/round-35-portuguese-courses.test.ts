import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

describe('courses linked in Portuguese prose', () => {
	test('`<b>Curso:</b> o <a>`, `<a>Curso de …</a>`, `<a>…</a>: curso gratuito`; the teacher in brackets, the school', () => {
		expect(readPost('<p><strong>3) Curso:</strong> o <a href="https://www.estudar.org.br/cs50">CS50 em português</a> da '
			+ 'Fundação Estudar, que é a versão legendada do curso de Harvard (o professor é o David J. Malan). É puxado.</p>'
			+ '<p>Está no caminho certo! O <a href="https://www.cursoemvideo.com/curso/python-3-mundo-1/">Curso de Python 3 '
			+ '– Mundo 1</a> do Curso em Vídeo (prof. Gustavo Guanabara) foi por onde eu comecei.</p><ul><li>'
			+ '<a href="https://www.theodinproject.com/">The Odin Project</a>: curso gratuito e open source de '
			+ 'desenvolvimento web.</li></ul>', 'pt').map(w => [w.title, w.kind, w.authors, w.publisher])).toEqual([
			['CS50 em português', 'course', ['David J. Malan'], 'Fundação Estudar'],
			['Curso de Python 3 – Mundo 1', 'course', ['Gustavo Guanabara'], 'Curso em Vídeo'],
			['The Odin Project', 'course', undefined, undefined],
		]);
	});

	test('a heading naming a course and a podcast is a podcast’s section, as before `curso` was read', () => {
		expect(readPost('<h2>Bônus: um curso e um podcast</h2><p>Pra ouvir no ônibus: o '
			+ '<a href="https://hipsters.tech/ep/1">Hipsters Ponto Tech</a>, da Alura.</p>', 'pt')
			.map(w => [w.title, w.kind])).toEqual([['Hipsters Ponto Tech', 'podcast']]);
	});
});
