import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';

// Round 12 (held out): a Japanese おすすめ本 post, as Hatena Blog renders one
const url = 'https://someone.hatenablog.com/entry/2024/04/08/181244';
const page = (body: string) => `<html lang="ja"><head><title>おすすめ本</title></head><body><article><div class="entry-content">
<p>今年読んでよかった技術書をまとめました。</p>${body}</div></article></body></html>`;
const found = (body: string) => harvest(new JSDOM(page(body), {url}).window.document, url)
	.map(i => ({title: i.title, authors: i.authors, contributors: i.contributors, publisher: i.publisher,
		publishedAt: i.publishedAt}));

describe('Japanese posts', () => {
	test('『』 marks a title in a Japanese line; the people, then `（出版社、2020年）`, follow it', () => {
		expect(found(`<ul><li>『失敗から学ぶRDBの正しい歩き方』曽根壮大（技術評論社、2019年）</li>
			<li>『プログラマー脳』フェリエンヌ・ヘルマンス 著、水野貴明・水野いずみ 訳（秀和システム、2023年）</li></ul>`)).toEqual([
			{title: '失敗から学ぶRDBの正しい歩き方', authors: ['曽根壮大'], contributors: undefined, publisher: '技術評論社',
				publishedAt: '2019'},
			{title: 'プログラマー脳', authors: ['フェリエンヌ・ヘルマンス'],
				contributors: [{name: '水野貴明', role: 'translator'}, {name: '水野いずみ', role: 'translator'}],
				publisher: '秀和システム', publishedAt: '2023'},
		]);
	});

	test('『』 in a Chinese line (no kana) is a quotation, not a title', () => {
		expect(found(`<ul><li>他说『这本书改变了我』，然后推荐给了大家</li></ul>`)).toEqual([]);
	});

	test('a store card: the linked title, then a list of facts (`作者:` and the names, the publisher bare) under it', () => {
		expect(found(`<h3>1. リーダブルコード</h3>
			<div class="hatena-asin-detail"><a href="https://www.amazon.co.jp/dp/4873115655?tag=x-22"><img src="https://m.media-amazon.com/images/I/51MgH8Jmr3L._SL500_.jpg" alt="リーダブルコード"></a>
			<div class="hatena-asin-detail-info"><p class="hatena-asin-detail-title"><a href="https://www.amazon.co.jp/dp/4873115655?tag=x-22">リーダブルコード</a></p>
			<ul class="hatena-asin-detail-meta"><li><span class="hatena-asin-detail-label">作者:</span><a href="http://d.hatena.ne.jp/keyword/Dustin%20Boswell">Dustin Boswell</a>,<a href="http://d.hatena.ne.jp/keyword/Trevor%20Foucher">Trevor Foucher</a></li><li>オライリージャパン</li></ul>
			<a href="https://www.amazon.co.jp/dp/4873115655?tag=x-22" class="asin-detail-buy">Amazon</a></div></div>
			<p>定番中の定番です。</p>`)).toEqual([
			{title: 'リーダブルコード', authors: ['Dustin Boswell', 'Trevor Foucher'], contributors: undefined,
				publisher: 'オライリージャパン', publishedAt: undefined},
		]);
	});

	test('a page\'s own meta line under its title is still chrome (`<h1><a>Title</a></h1><div class="entry-meta">`)', () => {
		expect(found(`<p class="entry-title"><a href="https://someone.hatenablog.com/entry/2024/04/08/181244">今年の本</a></p>
			<div class="entry-meta"><span>作者:</span><a href="https://someone.hatenablog.com/about">Taro Yamada</a></div>`)).toEqual([]);
	});
});
