import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {publisherIn} from '../../../src/extract/harvest/biblio.ts';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

const url = 'https://show.example/episodes/142';
const titles = (html: string) => harvest(new JSDOM(html, {url}).window.document, url).map(i => i.title);
const article = (body: string) => `<html><head><title>Ep. 142</title></head><body><main><h1>Ep. 142</h1>
<p>We talk about attention, email and the books that changed how our guest plans her week.</p>${body}</main></body></html>`;

describe('sponsors, side columns and publishers\' initials', () => {
	test('`This episode is brought to you by <a>Sponsor</a>` is a sponsor\'s credit, not a work', () => {
		expect(titles(article(`<ul><li><a href="https://bookshop.org/a/1/9781455586691">Deep Work</a> by Cal Newport</li></ul>
			<p>This episode is brought to you by <a href="https://margin.example/craft">Margin</a>, the notes app for outliners.</p>`)))
			.toEqual(['Deep Work']);
	});

	test('a side column beside the answer (related questions, an e-book ad) is chrome as a sidebar is', () => {
		const html = `<html><head><title>A question</title></head><body><main><div class="Question-main"><div class="RichText">
			<p>${'I have kept these books for years and would hand them to anyone starting out. '.repeat(4)}</p>
			<ul><li>《人月神话》- 弗雷德里克·布鲁克斯</li><li>《黑客与画家》- 保罗·格雷厄姆</li></ul></div></div>
			<div class="Question-sideColumn"><h2>相关推荐</h2><a href="https://show.example/pub/book/119563721">《代码大全》</a> 电子书</div></main></body></html>`;
		expect(titles(html)).toEqual(['人月神话', '黑客与画家']);
	});

	test('initials open a publisher\'s name (`W. W. Norton`)', () => {
		expect(publisherIn('by Nicholas Carr (W. W. Norton, 2010)')).toBe('W. W. Norton');
		expect(publisherIn('Robert C. Martin, Prentice Hall, 2008')).toBe('Prentice Hall');
	});
});

describe('a sender\'s request to the reader', () => {
	test('is no title: `please book a seat`, `Add us to your address book` link an event and a contact card', () => {
		expect(readPost('<h2>At the shop</h2><p><strong>Book club:</strong> Wednesday, 7pm — <em>The Slow Garden</em>. '
			+ 'Free, but <a href="https://shop.example/events">please book a seat</a>.</p><div class="vcard">'
			+ '<span class="org fn">Shop Ltd</span><br><a href="https://shop.example/vcard?u=4f">Add us to your address '
			+ 'book</a></div>')).toEqual([]);
	});
});

describe('a licence notice', () => {
	test('links the licence\'s deed, no work the post recommends, under its references too', () => {
		expect(readPost('<h2>References and further reading</h2><ol><li>Ada Quinn (2018). <a '
			+ 'href="https://books.example/a">The Slow Garden</a>. Blog post.</li></ol><hr/><p><em>Next week: Lab 7.</em>'
			+ '<br/><em>© 2025 The Lab. Notebook licensed <a href="https://creativecommons.org/licenses/by/4.0/">CC BY '
			+ '4.0</a>; code under the <a href="https://opensource.org/license/mit/">MIT License</a>.</em></p>')
			.map(w => w.title)).toEqual(['The Slow Garden']);
	});
});
