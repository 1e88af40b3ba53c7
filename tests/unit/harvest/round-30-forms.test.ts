import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string, lang?: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt]);

describe('a credit stacked in blocks under a title', () => {
	test('a block of names and a block `Publisher, Year` under a heading are its work\'s (a staff pick\'s card)', () => {
		expect(facts(`<h2>Siri anbefaler</h2><p>Bibliotekar, voksenavdelingen</p>
			<h3><a href="https://bib.example/m2?tnr=1">De usynlige</a></h3><p>Roy Jacobsen</p><p>Cappelen Damm, 2013</p>
			<p>Familien Barrøy på en liten øy.</p>
			<h3><a href="https://bib.example/m2?tnr=2">Harry Potter og de vises stein</a></h3><p>J.K. Rowling</p>
			<p>Oversatt av Torstein Bugge Høverstad. Tiden, 1999</p><p>Jeg vet, jeg vet.</p>`, 'nb')).toEqual([
			['De usynlige', ['Roy Jacobsen'], undefined, 'Cappelen Damm', '2013'],
			['Harry Potter og de vises stein', ['J.K. Rowling'], [{name: 'Torstein Bugge Høverstad', role: 'translator'}],
				'Tiden', '1999'],
		]);
	});

	test('names alone under a heading, with no imprint block after them, make no work', () => {
		expect(readPost('<h3>Thanks</h3><p>Roy Jacobsen</p><p>For reading this far.</p>')).toEqual([]);
	});
});
