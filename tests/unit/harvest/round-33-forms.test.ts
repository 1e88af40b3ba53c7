import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string, lang?: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt]);

/** An outliner's line: a `div` whose every character is a span of its own, as Scrapbox renders them. */
const line = (text: string, inner = (s: string) => s) => `<div class="line">${inner([...text]
	.map(ch => `<span class="c">${ch}</span>`).join(''))}</div>`;

describe('an outliner\'s title lines over their colophons', () => {
	test('`『Title』` then `A、B 著／C 訳` and `Publisher、Year`, the address alone under them; the note page no address', () => {
		const note = (s: string) => `<a class="page-link" href="https://blog.example/notes/x">${s}</a>`;
		const body = `<div class="lines">${line('Books')}<div class="line">『${note('Alpha Book')} 第2版』</div>${line('山田太郎、鈴木花子 著／佐藤一郎 訳')}`
			+ `${line('技術評論社、2021')}${line('https://publisher.example/books/1')}${line('とても良かった')}`
			+ `${line('『ベータの本』')}${line('田中次郎 著')}${line('翔泳社、2019')}${line('何度も読んだ')}</div>`;
		expect(readPost(body, 'ja').map(w => [w.title, w.url, w.authors, w.contributors, w.publisher, w.publishedAt]))
			.toEqual([
				['Alpha Book 第2版', 'https://publisher.example/books/1', ['山田太郎', '鈴木花子'],
					[{name: '佐藤一郎', role: 'translator'}], '技術評論社', '2021'],
				['ベータの本', undefined, ['田中次郎'], undefined, '翔泳社', '2019'],
			]);
	});

	test('a title line with no colophon under it is no work (a bought, unread pile)', () => {
		expect(facts(`${line('『ベータの本』')}${line('まだ読んでいない')}`, 'ja')).toEqual([]);
	});

	test('`Maker（handle）「Title」` with its address alone on the line under it: the maker\'s piece', () => {
		expect(readPost(`${line('山田太郎（yamada）「設計の話」')}<div class="line">`
			+ '<a href="https://slides.example/yamada/design">https://slides.example/yamada/design</a></div>'
			+ `${line('チームで見た')}`, 'ja').map(w => [w.title, w.url, w.authors])).toEqual([
			['設計の話', 'https://slides.example/yamada/design', ['山田太郎']],
		]);
	});
});
