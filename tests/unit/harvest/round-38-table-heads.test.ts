import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const table = (head: string[], rows: string[][]) => `<table><thead><tr>${head.map(h => `<th>${h}</th>`).join('')}</tr>`
	+ `</thead><tbody>${rows.map(r => `<tr>${r.map(c => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const facts = (body: string, lang: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.publisher, w.publishedAt]);

describe('tables headed in the words of more languages', () => {
	test('Slovak: `Názov | Autor | Vydavateľstvo | Rok`, a shop\'s partner link no publisher', () => {
		expect(facts(table(['Názov', 'Autor', 'Vydavateľstvo', 'Rok', ''], [
			['<strong>Piata loď</strong>', 'Monika Kompaníková', 'Koloman Kertész Bagala', '2010', ''],
			['<strong>Trhlina</strong>', 'Jozef Karika', 'Ikar', '2016',
				'<a href="https://www.martinus.sk/?uItem=209155">Martinus</a>'],
		]), 'sk')).toEqual([
			['Piata loď', ['Monika Kompaníková'], 'Koloman Kertész Bagala', '2010'],
			['Trhlina', ['Jozef Karika'], 'Ikar', '2016'],
		]);
	});

	test('Urdu: `کتاب | مصنف | سنِ اشاعت`, each author linked to a page of their own', () => {
		expect(facts(table(['کتاب', 'مصنف', 'سنِ اشاعت'], [
			['<i>آگ کا دریا</i>', '<a href="/wiki/qurratulain">قرۃ العین حیدر</a>', '1959'],
			['<i>آنگن</i>', '<a href="/wiki/khadija">خدیجہ مستور</a>', '1962'],
		]), 'ur')).toEqual([
			['آگ کا دریا', ['قرۃ العین حیدر'], undefined, '1959'],
			['آنگن', ['خدیجہ مستور'], undefined, '1962'],
		]);
	});
});
