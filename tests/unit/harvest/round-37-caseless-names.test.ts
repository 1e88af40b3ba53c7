import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string, lang: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.publishedAt]);

describe('names and quoted titles in Georgian, a script with no capitals, and in Armenian', () => {
	test('Georgian: `Author — „Title“` list items, a hyphened surname and a particle among the name’s words', () => {
		expect(facts('<h2>VII კლასი</h2><ul><li><p><strong>ნოდარ დუმბაძე — „მე, ბებია, ილიკო და ილარიონი“</strong> '
			+ '(1960).</p></li><li><p><strong>ანტუან დე სენ-ეგზიუპერი — „პატარა უფლისწული“</strong>.</p></li></ul>',
		'ka')).toEqual([
			['მე, ბებია, ილიკო და ილარიონი', ['ნოდარ დუმბაძე'], '1960'],
			['პატარა უფლისწული', ['ანტუან დე სენ-ეგზიუპერი'], undefined],
		]);
	});
	test('Georgian: a comment after a dash, words of a sentence (`და` and), is no name', () => {
		expect(facts('<p><strong>დათო ტურაშვილი, „ჯინსების თაობა“</strong>, 2008 წ. — მოკლე და ძალიან საინტერესო.</p>',
			'ka').filter(f => f[1]?.includes('მოკლე და ძალიან საინტერესო'))).toEqual([]);
	});
	test('Armenian: capitalised name words read as a name, as in Latin letters', () => {
		expect(facts('<ul><li><p>Րաֆֆի — „Սամվել“ (1886).</p></li><li><p>Ֆրանց Վերֆել — „Musa Dagh“ (1933).</p></li>'
			+ '</ul>', 'hy').map(f => f[1])).toContainEqual(['Ֆրանց Վերֆել']);
	});
});
