import fc from 'fast-check';
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {parsePeople} from '../../../src/extract/harvest/people.ts';
import {dateIn, parseReference} from '../../../src/extract/harvest/biblio.ts';

const page = 'https://blog.example/posts/reading-list/';
const word = fc.constantFrom('Kubernetes', '《云原生Java》', 'by Jane Doe', '张磊 著', '宋净超 译', '电子工业出版社', '2017年6月出版',
	"O'Reilly, 2019", 'ISBN 978-7-121-31706-2', '——', '[1]', '“', 'here', '<', '&amp;', ' ');
const href = fc.constantFrom('https://github.com/a/b', 'javascript:alert(1)', 'data:text/html,x', '//cdn.example/x', '/posts/other/', '#top', 'mailto:a@b.c', 'http://[bad', 'https://book.douban.com/subject/1/', 'https://amazon.com/dp/1449373321', '  https://time.geekbang.org/column/intro/1 ');
const text = fc.array(word, {maxLength: 6}).map(words => words.join(' '));
const node: fc.Arbitrary<string> = fc.letrec<{node: string}>(tie => ({
	node: fc.oneof(
		{depthSize: 'small', withCrossShrink: true},
		text,
		fc.tuple(fc.constantFrom('p', 'li', 'ul', 'h2', 'div', 'nav', 'em', 'blockquote', 'article', 'footer', 'span'),
			fc.array(tie('node'), {maxLength: 4})).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
		fc.tuple(href, text).map(([h, t]) => `<a href="${h}">${t}</a>`),
	),
})).node;

describe('harvest: robustness', () => {
	it('never throws and never returns a non-http(s) url, on generated documents', () => {
		const urls = fc.constantFrom(page, 'https://x.example/', 'file:///tmp/post.html', 'not a url');
		fc.assert(fc.property(fc.array(node, {maxLength: 6}), urls, (parts, url) => {
			const doc = new JSDOM(`<title>t</title><h1>推荐——深入剖析Kubernetes</h1><h2>by 张磊，极客时间出品</h2>${parts.join('')}`).window.document;
			const items = harvest(doc, url);
			for (const item of items) {
				expect(item.title.length).toBeGreaterThan(0);
				if (item.url) expect(new URL(item.url).protocol).toMatch(/^https?:$/);
			}
		}), {numRuns: 150});
	});

	it('reads a page saved or exported to disk, whose own relative links are no works\' addresses', () => {
		const file = 'file:///home/ann/Downloads/ChatExport/messages.html';
		const doc = new JSDOM('<div class="history"><div class="message"><div class="text">Livros da semana:<br>'
			+ '1. <a href="https://www.amazon.com.br/dp/8576082675">Código Limpo</a> — Robert C. Martin<br>'
			+ '2. <a href="https://novatec.com.br/livros/entendendo-algoritmos/">Entendendo Algoritmos</a> — Aditya Bhargava'
			+ '<br>3. <a href="photos/photo_1.jpg">Arquitetura Limpa</a> — Robert C. Martin</div></div></div>', {url: file})
			.window.document;
		const items = harvest(doc, file);
		expect(items.map(i => [i.title, i.url])).toEqual([
			['Código Limpo', 'https://www.amazon.com.br/dp/8576082675'],
			['Entendendo Algoritmos', 'https://novatec.com.br/livros/entendendo-algoritmos/'],
			['Arquitetura Limpa', undefined],
		]);
	});

	it('does not return javascript: or relative links unresolved', () => {
		const doc = new JSDOM(`<article><ul><li><a href="javascript:alert(1)">Evil</a> - by Jane Doe, O'Reilly, 2020</li><li><a href="/books/good/">Good Book</a> - Jane Doe 著，电子工业出版社，2019年5月出版</li></ul></article>`, {url: page}).window.document;
		const items = harvest(doc, page);
		expect(items.find(i => i.title === 'Good Book')?.url).toBe('https://blog.example/books/good/');
		expect(items.filter(i => i.url && !i.url.startsWith('https://'))).toEqual([]);
	});

	it('splits people by role and reads dates without inventing them', () => {
		expect(parsePeople('（Josh Long & Kenny Bastani著，张若飞 宋净超译）')).toEqual({
			authors: ['Josh Long', 'Kenny Bastani'],
			contributors: [{name: '张若飞', role: 'translator'}, {name: '宋净超', role: 'translator'}],
		});
		expect(parsePeople('edited by Betsy Beyer and Chris Jones').contributors)
			.toEqual([{name: 'Betsy Beyer', role: 'editor'}, {name: 'Chris Jones', role: 'editor'}]);
		expect(parsePeople('Photo by Taylor Vick on Unsplash').authors).toEqual([]);
		expect(dateIn('自2017年4月开源以来')).toBeUndefined();
		expect(dateIn('出版年: 2018-9')).toBe('2018-09');
		expect(parseReference('杜军. Kubernetes网络权威指南[M]. 北京: 电子工业出版社, 2019.'))
			.toMatchObject({title: 'Kubernetes网络权威指南', authors: ['杜军'], publisher: '电子工业出版社', publishedAt: '2019'});
	});

	it('survives a deeply nested page', () => {
		const deep = `${'<div>'.repeat(3000)}<p><a href="https://book.douban.com/subject/1/">Deep</a></p>${'</div>'.repeat(3000)}`;
		const doc = new JSDOM(`<article>${deep}</article>`, {url: page}).window.document;
		expect(() => harvest(doc, page)).not.toThrow();
	});
});
