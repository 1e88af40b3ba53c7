import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (works: ReturnType<typeof readPost>) => works.map(w => [w.title, w.authors, w.publisher, w.publishedAt]);

describe('a word for `by` no list knows, told by the book\'s facts after the name', () => {
	test('a set-apart title, a short word, a full name, then an imprint sentence', () => {
		expect(facts(readPost('<ul><li><strong>Fluent Python</strong> nga Luciano Ramalho. O’Reilly, 2022 (botimi i '
			+ '2-të). Jo për javën e parë.</li><li><strong>Think Python</strong> nga Allen B. Downey. O’Reilly, 2015. '
			+ 'Libri më i mirë.</li></ul>', 'sq'))).toEqual([
			['Fluent Python', ['Luciano Ramalho'], 'O’Reilly', '2022'],
			['Think Python', ['Allen B. Downey'], 'O’Reilly', '2015'],
		]);
	});

	test('or a dated bracket: `<em>Title</em> gan Name (1953)`', () => {
		expect(facts(readPost('<p>Un arall i’r rhai uwch: <em>Cysgod y Cryman</em> gan Islwyn Ffowc Elis (1953), nofel am '
			+ 'fferm yn Nyffryn Clwyd.</p>', 'cy'))).toEqual([['Cysgod y Cryman', ['Islwyn Ffowc Elis'], undefined, '1953']]);
	});

	test('no name closed so, no work: a short word before capitals that a bracket does not date', () => {
		expect(readPost('<ul><li><strong>Fluent Python</strong> nga Luciano Ramalho, për javën e gjashtë.</li>'
			+ '<li><strong>Think Python</strong> nga Allen B. Downey, falas online.</li></ul>', 'sq')).toEqual([]);
	});

	test('English words before a name keep their sense (`with`, `and`), and a given name is no word for `by`', () => {
		expect(facts(readPost('<ol><li><strong>Pair Programming Illuminated</strong> with Laurie Williams (2002)</li>'
			+ '<li>The Effective Executive, Peter F. Drucker (Harper &amp; Row, 1967)</li>'
			+ '<li>High Output Management, Andrew S. Grove (Random House, 1983)</li></ol>'))).toEqual([
			['The Effective Executive', ['Peter F. Drucker'], 'Harper & Row', '1967'],
			['High Output Management', ['Andrew S. Grove'], 'Random House', '1983'],
		]);
	});
});

describe('a paragraph under a heading that opens with the work\'s people, the year or imprint closing them', () => {
	const comment = 'Saol ar an mBlascaod Mór, ó bhéal fear a mhair ann. Tá Gaeilge na Mumhan ann, rud a chuireann '
		+ 'isteach ar fhoghlaimeoirí Chonnacht ar dtús, ach téann tú i dtaithí air. ';

	test('`Le X (1929). A comment` credits the heading\'s work, however long the comment', () => {
		expect(facts(readPost(`<h3>An tOileánach</h3><p>Le Tomás Ó Criomhthain (1929). ${comment.repeat(3)}</p>`
			+ '<h3>Eachtraí Eilíse i dTír na nIontas</h3><p>Le Lewis Carroll, aistrithe ag Nicholas Williams (Evertype, '
			+ `2007). ${comment}</p>`, 'ga'))).toEqual([
			['An tOileánach', ['Tomás Ó Criomhthain'], undefined, '1929'],
			['Eachtraí Eilíse i dTír na nIontas', ['Lewis Carroll'], 'Evertype', '2007'],
		]);
	});

	test('a paragraph opening with a given name and initial is no such credit (`Ian M. Banks (1987)` is one name)', () => {
		expect(facts(readPost(`<h3>Consider Phlebas</h3><p>Ian M. Banks (1987). ${comment}</p>`))).toEqual([]);
	});
});

describe('a title set apart, then a bracket of a house no list knows, or a person, and a year', () => {
	test('in a sentence with no link: the house, the year; capitalised words alike a person', () => {
		expect(facts(readPost('<p>For the long weekend: <em>Skugga-Baldur</em> (Bjartur, 2003), short and strange, and '
			+ '<strong>Tímaþjófurinn</strong> (Mál og menning, 1986). Then <em>Dune</em> (Frank Herbert, 1965).</p>')))
			.toEqual([
				['Skugga-Baldur', undefined, 'Bjartur', '2003'],
				['Tímaþjófurinn', undefined, 'Mál og menning', '1986'],
				['Dune', ['Frank Herbert'], undefined, '1965'],
			]);
	});

	test('not a format, a month or a sentence\'s words before the year', () => {
		expect(readPost('<p>I bought <em>Dune</em> (Kindle, 2019) and <em>Emma</em> (March, 2020), and <em>Persuasion</em> '
			+ '(Read in, 2021).</p>')).toEqual([]);
	});
});
