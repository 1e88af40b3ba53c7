import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string, lang: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.contributors?.map(c => `${c.role}:${c.name}`), w.publisher, w.publishedAt]);

describe('a Japanese affiliate widget’s product card under a book’s title', () => {
	const easyLink = (name: string, maker: string) => '<div class="easyLink-box"><div class="easyLink-info">'
		+ `<p class="easyLink-info-name"><a href="https://af.example/c?id=1">${name}</a></p>`
		+ `<p class="easyLink-info-maker">${maker}</p><p class="easyLink-info-btn"><a href="https://af.example/c?id=2">`
		+ 'Amazon</a></p></div></div>';
	const rinker = (name: string, maker: string) => '<div class="yyi-rinker-contents"><div class="yyi-rinker-box">'
		+ `<div class="yyi-rinker-title"><a href="https://af.example/r?id=3">${name}</a></div>`
		+ `<div class="yyi-rinker-detail"><div class="brand">${maker}</div></div></div></div>`;

	test('`Title 第16版 [ A ]` and its maker line: the people in the brackets (not the maker), the maker its publisher', () => {
		expect(facts('<p><b>①『スッキリわかる 日商簿記2級 商業簿記』</b></p><p>とにかくこれが一番！</p>'
			+ easyLink('スッキリわかる 日商簿記2級 商業簿記 第16版 [ 滝澤 ななみ ]', 'TAC出版')
			+ '<p><b>②『みんなが欲しかった! FPの教科書 2級・AFP』</b></p><p>わかりやすい。</p>'
			+ rinker('2023-2024年版 みんなが欲しかった！ FPの教科書2級・AFP [ 滝澤 ななみ/TAC出版 ]', 'TAC出版')
			+ '<p><b>③『ファクトフルネス』</b></p><p>面白い。</p>' + easyLink('ファクトフルネス', '日経BP'), 'ja'))
			.toEqual([
				['スッキリわかる 日商簿記2級 商業簿記', ['滝澤 ななみ'], undefined, 'TAC出版', undefined],
				['みんなが欲しかった! FPの教科書 2級・AFP', ['滝澤 ななみ'], undefined, 'TAC出版', undefined],
				['ファクトフルネス', undefined, undefined, undefined, undefined],
			]);
	});
});

describe('a Japanese title line closed by its author and its house in brackets, no year', () => {
	test('`『Title』安川康介（KADOKAWA）`, `（オーム社）`: the house by its form; not an edition note', () => {
		expect(facts('<p><b>①『科学的根拠に基づく最高の勉強法』安川康介（KADOKAWA）</b></p><p>良い本です。</p>'
			+ '<p><b>②『ハッカーと画家』ポール・グレアム（オーム社）</b></p><p>面白い。</p>'
			+ '<p><b>③『銀河の本』上巻（新装版）</b></p><p>面白い。</p>', 'ja')).toEqual([
			['科学的根拠に基づく最高の勉強法', ['安川康介'], undefined, 'KADOKAWA', undefined],
			['ハッカーと画家', ['ポール・グレアム'], undefined, 'オーム社', undefined],
			['銀河の本', undefined, undefined, undefined, undefined],
		]);
	});
});
