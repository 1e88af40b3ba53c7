import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const table = (head: string[], rows: string[][]) => `<table><thead><tr>${head.map(h => `<th>${h}</th>`).join('')}</tr>`
	+ `</thead><tbody>${rows.map(r => `<tr>${r.map(c => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const OPAC = 'https://opac.example.mn/record/';

describe('round 40: tables and talks', () => {
	test('a table headed in words no list knows, one row\'s people cell no name (`X орчуулга`, a translation)', () => {
		expect(readPost(table(['№', 'Номын нэр', 'Зохиогч', 'Он'], [
			['1', `<a href="${OPAC}1">Монголын нууц товчоо</a>`, 'Ц. Дамдинсүрэн орчуулга', '1947'],
			['2', `<a href="${OPAC}2">Гологдсон хүүхэн</a>`, 'Ц. Дамдинсүрэн', '1929'],
			['3', `<a href="${OPAC}3">Учиртай гурван толгой</a>`, 'Д. Нацагдорж', '1934'],
			['4', `<a href="${OPAC}4">Тунгалаг Тамир</a>`, 'Ч. Лодойдамба', '1962'],
			['5', `<a href="${OPAC}5">Хонгор зул</a>`, 'С. Эрдэнэ', ''],
		]), 'mn').slice(1).map(w => [w.title, w.authors, w.publishedAt])).toEqual([
			['Гологдсон хүүхэн', ['Ц. Дамдинсүрэн'], '1929'],
			['Учиртай гурван толгой', ['Д. Нацагдорж'], '1934'],
			['Тунгалаг Тамир', ['Ч. Лодойдамба'], '1962'],
			['Хонгор зул', ['С. Эрдэнэ'], undefined],
		]);
	});

	test('Galician `Título | Autoría | Editorial | Ano`', () => {
		expect(readPost(table(['Título', 'Autoría', 'Editorial', 'Ano'], [
			['<em>Think Python</em>', 'Allen B. Downey', 'O’Reilly', '2015'],
			['<em>Fluent Python</em>', 'Luciano Ramalho', 'O’Reilly', '2022'],
		]), 'gl').map(w => [w.title, w.authors, w.publisher, w.publishedAt])).toEqual([
			['Think Python', ['Allen B. Downey'], 'O’Reilly', '2015'],
			['Fluent Python', ['Luciano Ramalho'], 'O’Reilly', '2022'],
		]);
	});

	test('`Name, <a>«Title»</a>, Event Year.`: a talk\'s speaker before the comma, its year the event\'s', () => {
		expect(readPost('<ol><li><p>Ned Batchelder, <a href="https://www.youtube.com/watch?v=_AEJHKGk9ns">«Facts and '
			+ 'Myths about Python names and values»</a>, PyCon US 2015. Despois desta charla xa non confundes nada.</p></li>'
			+ '<li><p>Brandon Rhodes, <a href="https://www.youtube.com/watch?v=DJtef410XaM">«The Clean Architecture in '
			+ 'Python»</a>, PyOhio 2014. Boa compañía para o libro.</p></li></ol>', 'gl')
			.map(w => [w.title, w.authors, w.publishedAt])).toEqual([
			['Facts and Myths about Python names and values', ['Ned Batchelder'], '2015'],
			['The Clean Architecture in Python', ['Brandon Rhodes'], '2014'],
		]);
	});
});
