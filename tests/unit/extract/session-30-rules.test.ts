import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';
import {parsePeople} from '../../../src/extract/people.ts';

// Issue #19, session 30: rules written from how pages are written, each on a minimal page of its own.
const read = (body: string, head = '<title>A post</title>', url = 'https://news.example/2026/post') =>
	extractMetadata(new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, {url}).window.document, url);
const zh = '<p>' + '这是一篇很长的文章，讲的是一家公司如何把机器人装进厨房。'.repeat(3) + '</p>';
const ja = '<p>' + '川の渡し船が今月末で運航を終える。最後の船頭は六十年にわたり川と町を見てきた。'.repeat(2) + '</p>';
const en = '<p>' + 'The article goes on for a while, the way articles do. '.repeat(4) + '</p>';

describe('who wrote it', () => {
	test('a Chinese writer credit opening the body outranks the account a reposting site names', () => {
		const page = read('<article><h1>机器人进厨房</h1><div class="info"><span class="author-name">智能涌现</span></div>'
			+ '<div class="content"><p>文｜周若溪 韩知远</p><p>编辑｜苏建明</p>' + zh + '</div></article>');
		expect(page.authors).toEqual(['周若溪', '韩知远']);
	});
	test('作者｜ credits the same way; a mainland credit parts its names by spaces', () => {
		expect(parsePeople(['作者｜邵一鸣 王小川']).map(p => p.name)).toEqual(['邵一鸣', '王小川']);
		// A Japanese name keeps its space: no mainland label.
		expect(parsePeople(['著者 山本 千景']).map(p => p.name)).toEqual(['山本 千景']);
	});
	test('a news site\'s `Published by` opening the body is who put it online, not who wrote it', () => {
		const page = read('<article><h1>Rivers</h1><p class="author-name">Ann Writer</p>'
			+ '<p class="author-published">Published by: <a href="/author/bo">Bo Poster</a></p>' + en + '</article>');
		expect(page.authors).toEqual(['Ann Writer']);
	});
	test('a Japanese paper signs its article at the end, several reporters in 【】, a note about its app after them', () => {
		const page = read(`<article><h1>渡し船</h1><section>${ja}${ja}<p>【加藤結衣、森本航平】</p>`
			+ '<div><p class="note">毎日新聞アプリなら最新ニュースを通知でお届けします。</p></div></section></article>');
		expect(page.authors).toEqual(['加藤結衣', '森本航平']);
	});
	test('a block theme\'s inline style inside the author block is no name', () => {
		const page = read('<main><h1>Rios</h1><div class="wp-block-post-author-name"><style>.wp-block-post-author-name'
			+ '{box-sizing:border-box}</style>por <a href="/author/rafa">Rafael Nogueira</a></div>' + en + '</main>');
		expect(page.authors).toEqual(['Rafael Nogueira']);
	});
});

describe('titles', () => {
	test('a site\'s name with a hyphen in it, before the title, is cut off', () => {
		const page = read('<table><tr><td>' + ja + '</td></tr></table>',
			'<title>e-hon 全国書店ネットワーク - 本屋のない町で</title>', 'https://www.e-hon.ne.jp/bec/SA/Detail');
		expect(page.title).toBe('本屋のない町で');
	});
	test('og:title agreeing with the heading outvotes structured data\'s SEO headline', () => {
		const visible = 'The river’s kayak season was supposed to end. Paddlers had other ideas';
		const page = read(`<article><h1>${visible}</h1>${en}</article>`,
			'<title>River kayak pilot extended through winter - The Times</title>'
			+ `<meta property="og:title" content="${visible}">`
			+ '<script type="application/ld+json">{"@type":"NewsArticle","headline":"River kayak pilot extended through '
			+ 'winter"}</script>');
		expect(page.title).toBe(visible);
	});
});

describe('descriptions that are a store\'s pitch give way', () => {
	const blurb = '<div class="description"><p>When the reef falls silent, something is wrong. Two marine biologists tell '
		+ 'the story of the scientists who spent two decades recording the sounds of a reef.</p></div>';
	test.each([
		['Buy … online', 'Shop has The Quiet Reef by Jess Moreton. Buy a discounted Paperback of The Quiet Reef online '
			+ 'from the leading online bookstore.'],
		['Korean 만나보세요', '리디에서 하야시 미오의 「고요한 기계들의 밤」을 만나보세요.'],
	])('%s', (_, pitch) => {
		const page = read(`<main><h1>The Quiet Reef</h1>${blurb}</main>`,
			`<title>The Quiet Reef | Shop</title><meta name="description" content="${pitch}">`,
			'https://shop.example/book/the-quiet-reef');
		expect(page.description).toMatch(/^When the reef falls silent/);
	});
});

describe('site adapters', () => {
	test('a conference\'s YouTube upload: the talk\'s title and its speakers, not the event nor the channel', () => {
		const page = read('<div itemprop="author" itemscope><meta itemprop="name" content="DevFest Nantes"></div>',
			'<meta name="title" content="[DevFest Nantes 2026] Le ramasse-miettes de Java sans mystère - Camille Roux & '
			+ 'Hugo Benali"><title>[DevFest Nantes 2026] Le ramasse-miettes de Java sans mystère - Camille Roux & Hugo '
			+ 'Benali - YouTube</title>', 'https://www.youtube.com/watch?v=abc123');
		expect([page.title, page.authors]).toEqual(['Le ramasse-miettes de Java sans mystère', ['Camille Roux', 'Hugo Benali']]);
	});
	test('a 极客时间 column: its subtitle says what it teaches, the meta description is the site\'s', () => {
		const page = read('<h1>向量数据库实战课</h1><p class="_column_subtitle">从零实现一个可用于生产的向量检索引擎</p>',
			'<title>向量数据库实战课_数据库_林知远-极客时间</title><meta name="description" content="极客时间是一个面向IT从业者的专业'
			+ '技术学习平台。">', 'https://time.geekbang.org/column/intro/100812301');
		expect(page.description).toBe('从零实现一个可用于生产的向量检索引擎');
	});
});

describe('dates', () => {
	test('a British page writes the day first: `05/09/2024` is the 5th of September there, on an American page the 9th of May', () => {
		const page = (lang: string) => new JSDOM(`<html lang="${lang}"><head><title>Quiet Reef</title></head><body><main>`
			+ '<h1>Quiet Reef</h1><dl><dt>Publisher</dt><dd>Allen &amp; Unwin</dd><dt>Publication date</dt><dd>05/09/2024</dd>'
			+ '<dt>ISBN</dt><dd>9781761472083</dd></dl></main></body></html>', {url: 'https://shop.example/b/1'}).window.document;
		expect(extractMetadata(page('en-GB'), 'https://shop.example/b/1').publishedAt).toBe('2024-09-05');
		expect(extractMetadata(page('en-US'), 'https://shop.example/b/1').publishedAt).toBe('2024-05-09');
	});
});

describe('a podcast episode\'s notes', () => {
	test.each([
		['Acast', 'Hosted on Acast. See acast.com/privacy for more information.'],
		['Megaphone', 'Learn more about your ad choices. Visit megaphone.fm/adchoices'],
		['Omny', 'See omnystudio.com/listener for privacy information.'],
	])('%s\'s notice closing them is no part of them', (_, notice) => {
		const notes = 'In 1944 a young woman wrote to her brother in Finland. The letter arrived this summer.';
		const page = read('<main><h1>The letter</h1></main>', `<title>The letter - Border Stories</title><meta `
			+ `property="og:description" content="${notes} ${notice}">`, 'https://shows.example/episodes/the-letter');
		expect(page.description).toBe(notes);
	});
});

describe('a store\'s details list names who wrote it where no byline does', () => {
	test.each([
		['a Japanese catalogue\'s 著者名', '<tr><th>著者名</th><td><a href="/s?a=1">山本 千景</a>／著</td></tr>'
			+ '<tr><th>出版社名</th><td>晶文社</td></tr><tr><th>ISBN</th><td>9784794975123</td></tr>', ['山本 千景']],
		['a Dutch shop\'s Auteur', '<tr><td>Auteur</td><td>Marijke Dorrestijn</td></tr><tr><td>Uitgever</td>'
			+ '<td>Querido</td></tr><tr><td>EAN</td><td>9789021463457</td></tr>', ['Marijke Dorrestijn']],
	])('%s', (_, rows, authors) => {
		const page = read(`<div><h1>本屋のない町で</h1><table>${rows}</table></div>`, '<title>A book</title>',
			'https://books.example/detail?id=1');
		expect(page.authors).toEqual(authors);
	});
});
