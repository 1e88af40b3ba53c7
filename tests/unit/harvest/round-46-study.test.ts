import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (works: ReturnType<typeof readPost>) =>
	works.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt]);
const why = '<p>Книга, к которой я возвращаюсь каждый год, и всем советую.</p>';

describe('round 46: a Russian list of books', () => {
	test('Russian labels under a numbered heading (`Автор:`, `Перевод:`, `Издательство:`), a `House, Year` line after', () => {
		expect(facts(readPost('<h3>1. «Чистый код»</h3><p>Автор: Роберт Мартин<br>Перевод: Е. Матвеев<br>'
			+ `Издательство: Питер, 2019</p>${why}<h3>2. «Грокаем алгоритмы»</h3><p>Автор: Адитья Бхаргава<br>Питер, 2017</p>`
			+ why, 'ru'))).toEqual([
			['Чистый код', ['Роберт Мартин'], [{name: 'Е. Матвеев', role: 'translator'}], 'Питер', '2019'],
			['Грокаем алгоритмы', ['Адитья Бхаргава'], undefined, 'Питер', '2017'],
		]);
	});

	test('Cyrillic initials are no sentence\'s stop (`Э. Гамма`, `Дж. Влиссидес`)', () => {
		expect(facts(readPost('<p><b>10.</b> «Идеальный программист» — Роберт Мартин (Питер, 2012). Про умение говорить '
			+ '«нет».</p><p><b>12.</b> «Паттерны объектно-ориентированного проектирования» — Э. Гамма, Р. Хелм, Р. Джонсон, '
			+ 'Дж. Влиссидес (Питер, 2020). «Банда четырёх».</p>', 'ru'))).toEqual([
			['Идеальный программист', ['Роберт Мартин'], undefined, 'Питер', '2012'],
			['Паттерны объектно-ориентированного проектирования', ['Э. Гамма', 'Р. Хелм', 'Р. Джонсон', 'Дж. Влиссидес'],
				undefined, 'Питер', '2020'],
		]);
	});
});
