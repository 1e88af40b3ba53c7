import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const read = (body: string) => readPost(body, 'hr').map(w => [w.title, w.kind, w.authors, w.publisher, w.publishedAt]);

describe('a Croatian citation of a paper: `Authors: „Title”, Venue, [month] Year.` over a comment', () => {
	test('names joined by `i`, `i sur.` (et al.) dropped, a Croatian month read as the month', () => {
		expect(read('<ul><li><p>Ana Horvat: <a href="https://example.org/a.pdf">„Logical Clocks Revisited”</a>, <em>Journal '
			+ 'of Systems</em>, srpanj 1978.<br>Kratko i jasno, deset stranica koje vrijedi pročitati.</p></li>'
			+ '<li><p>Ivan Kovač i Marko Babić: <a href="https://example.org/b.pdf">„Consensus Made Plain”</a>, USENIX ATC '
			+ '2014.<br>Pročitajte ga prije svega ostalog, ozbiljno.</p></li><li><p>Petra Novak i sur.: '
			+ '<a href="https://example.org/c.pdf">„A Key-value Store”</a>, SOSP 2007.<br>Klasika.</p></li></ul>'))
			.toEqual([
				['Logical Clocks Revisited', 'paper', ['Ana Horvat'], 'Journal of Systems', '1978-07'],
				['Consensus Made Plain', 'paper', ['Ivan Kovač', 'Marko Babić'], 'USENIX ATC', '2014'],
				['A Key-value Store', 'paper', ['Petra Novak'], 'SOSP', '2007'],
			]);
	});
});
