import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

const url = 'https://forum.example/topic/12-books-to-start/';
const read = (html: string) => harvest(new JSDOM(`<html lang="pt"><body>${html}</body></html>`, {url}).window.document, url)
	.map(w => [w.title, w.authors]);

describe('a forum thread whose posts sit in a moderation form, each beside its author pane', () => {
	const post = (name: string, body: string) => `<article class="cPost"><aside class="cAuthorPane">`
		+ `<h3><a href="https://forum.example/profile/7-${name}/">${name}</a></h3><ul><li>Membro Pleno</li></ul>`
		+ `<a href="https://forum.example/profile/7-${name}/"><img alt="${name}"></a></aside>`
		+ `<div class="richText">${body}</div></article>`;

	test('`<form data-role="moderationTools">` holding the articles is the thread; the author panes are chrome', () => {
		expect(read(`<main><h1>Livros para começar?</h1><form action="?do=multimodComment" method="post">`
			+ post('lucas', '<p>Quais livros vocês recomendam para quem está começando do zero? Valeu desde já!</p>')
			+ post('rcnunes', '<p>Recomendo <strong>Pense em Python</strong>, do Allen B. Downey (Novatec, 2016). '
				+ 'Ensina a pensar como programador, não só a sintaxe, com exercícios.</p>')
			+ post('marta', '<p>E também <strong>Código Limpo</strong>, do Robert C. Martin (Alta Books, 2009). Leia '
				+ 'depois de escrever uns projetinhos, quando o código virar bagunça.</p>')
			+ '</form></main>')).toEqual([
			['Pense em Python', ['Allen B. Downey']],
			['Código Limpo', ['Robert C. Martin']],
		]);
	});
});

describe('the house cited in brackets with the edition, not the year', () => {
	test('`, do Name (Novatec, 2ª edição de 2022)`, `(Elsevier, 3ª edição)`: the house before the edition', () => {
		expect(readPost('<p>O livro que eu mais recomendo é o <a href="https://x.example/a">Title One</a>, do Ann Smith '
			+ '(Novatec, 2ª edição de 2022). É bem didático.</p><p>O clássico é <strong>Third Book</strong>, do Bob Lee '
			+ '(Elsevier, 3ª edição). É pesado.</p>', 'pt').map(w => [w.title, w.authors, w.publisher])).toEqual([
			['Title One', ['Ann Smith'], 'Novatec'],
			['Third Book', ['Bob Lee'], 'Elsevier'],
		]);
	});
});
