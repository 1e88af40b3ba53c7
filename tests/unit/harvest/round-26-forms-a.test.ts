import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('Portuguese by-words after a title', () => {
	test('`, do Name` (the article joined to `de`) and `escrito por A e B` credit the authors', () => {
		expect(read('<ol><li><b>Jardins do Estado</b>, do Ana Quintela (Editora Norte, 2018). Li duas vezes.</li>'
			+ '<li><em>Portos do Tempo</em>, escrito por Bento Ortiz e Clara Lima. Muito bom.</li></ol>', 'pt'))
			.toMatchObject([{title: 'Jardins do Estado', authors: ['Ana Quintela'], publisher: 'Editora Norte',
				publishedAt: '2018'}, {title: 'Portos do Tempo', authors: ['Bento Ortiz', 'Clara Lima']}]);
	});
});
