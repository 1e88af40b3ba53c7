import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {redirectTarget} from '../../../src/extract/harvest/hosts.ts';
import {readPost} from './read-post.ts';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://notes.example/posts/episode-12/';
const post = (body: string) => `<html><head><title>Episode 12</title></head><body><article><h1>Notes from the week</h1>
<p>We talked about attention, meetings and the long week. The things we mentioned are below.</p>${body}<p>See you next week.</p></article></body></html>`;
const found = (body: string) => harvest(new JSDOM(post(body), {url}).window.document, url)
	.map(i => ({title: i.title, url: i.url, kind: i.kind, authors: i.authors, publishedAt: i.publishedAt}));

describe('what the words around a link say', () => {
	test('a redirecting link is read as its target', () => {
		const zhihu = new URL('https://link.zhihu.com/?target=https%3A//book.douban.com/subject/1477390/');
		expect(redirectTarget(zhihu).href).toBe('https://book.douban.com/subject/1477390/');
		expect(redirectTarget(new URL('https://www.google.com/url?q=https://missing.csail.mit.edu/&sa=D')).href)
			.toBe('https://missing.csail.mit.edu/');
		// A page of its own that takes a query is no redirector; nor is a link to the same site
		expect(redirectTarget(new URL('https://shop.example/search?q=https://a.example/')).href).toBe('https://shop.example/search?q=https://a.example/');
		expect(redirectTarget(new URL('https://a.example/go?to=https://a.example/b')).href).toBe('https://a.example/go?to=https://a.example/b');
		expect(found('<p>豆瓣：<a href="https://link.zhihu.com/?target=https%3A//book.douban.com/subject/1477390/">代码大全</a>，可以当字典翻。</p>'))
			.toMatchObject([{title: '代码大全', url: 'https://book.douban.com/subject/1477390/', kind: 'book'}]);
	});

	test('a kind of work named right before a home page makes it that work, whatever its section says', () => {
		expect(found(`<h2>不是书，但值得一看</h2><p>MIT 的公开课<a href="https://missing.csail.mit.edu/">计算机教育中缺失的一课</a>，B 站有字幕。</p>
			<p>我用 <a href="https://www.notion.so/">Notion</a> 做笔记。</p>`))
			.toEqual([{title: '计算机教育中缺失的一课', url: 'https://missing.csail.mit.edu/', kind: 'course', authors: undefined, publishedAt: undefined}]);
		expect(found('<p>I block sites with the app <a href="https://freedom.to/">Freedom</a> most mornings.</p>')).toEqual([]);
	});

	test('`Name\'s paper <a>Title</a> (Venue Year)`: the owner is the author, the venue\'s year the date', () => {
		expect(found(`<ul><li>Gloria Mark's paper <a href="https://dl.acm.org/doi/10.1145/1357054.1357072">The Cost of Interrupted Work</a> (CHI 2008)</li>
			<li>Sandi Metz's talk: <a href="https://www.youtube.com/watch?v=8bZh5LMaSmE">All the Little Things</a></li>
			<li>Our host's talk <a href="https://www.youtube.com/watch?v=Q3hJ8dKp0mE">Attention Is a Budget</a></li></ul>`)).toEqual([
			{title: 'The Cost of Interrupted Work', url: 'https://dl.acm.org/doi/10.1145/1357054.1357072', kind: 'paper', authors: ['Gloria Mark'], publishedAt: '2008'},
			{title: 'All the Little Things', url: 'https://www.youtube.com/watch?v=8bZh5LMaSmE', kind: 'video', authors: ['Sandi Metz'], publishedAt: undefined},
			{title: 'Attention Is a Budget', url: 'https://www.youtube.com/watch?v=Q3hJ8dKp0mE', kind: 'video', authors: undefined, publishedAt: undefined},
		]);
	});

	test('a repository named in passing is a tool, unless its name says it teaches (`Primer`, `Cookbook`)', () => {
		expect(found(`<p>If budget is tight, the free <a href="https://github.com/donnemartin/system-design-primer">System Design Primer</a>
			repo covers a lot.</p><p>Our whole team ships every service to the cluster with <a href="https://github.com/fluxcd/flux2">Flux</a>.</p>`)
			.map(i => i.title))
			.toEqual(['System Design Primer']);
	});

	test('an address written as the link\'s text: the title is the quoted one before it, never a sentence', () => {
		expect(found(`<div class="note">Not a book, but Rich Hickey's "Simple Made Easy" talk: <a href="https://www.infoq.com/presentations/Simple-Made-Easy/">
			https://www.infoq.com/presentations/Simple-Made-Easy/</a></div>
			<div class="note">Agreed. There's also a talk version: <a href="https://www.youtube.com/watch?v=bmSAYlu0NcY">https://www.youtube.com/watch?v=bmSAYlu0NcY</a></div>`))
			.toEqual([{title: 'Simple Made Easy', url: 'https://www.infoq.com/presentations/Simple-Made-Easy/', kind: 'video', authors: ['Rich Hickey'],
				publishedAt: undefined}]);
	});

	test('a line of links set apart by bars, a mail address aside, is navigation; a label makes it a list', () => {
		const bar = `<p><a href="https://a.example/guidelines">Guidelines</a> | <a href="https://a.example/faq">FAQ</a> |
			<a href="https://github.com/HackerNews/API">API</a> | <a href="https://a.example/legal">Legal</a> | <a href="mailto:x@a.example">Contact</a></p>`;
		expect(found(bar)).toEqual([]);
		expect(found(`<p>Books: <a href="https://nostarch.com/tlpi">The Linux Programming Interface</a> · <a href="https://pragprog.com/titles/tpp20/">The
			Pragmatic Programmer</a> · <a href="https://www.manning.com/books/grokking-algorithms">Grokking Algorithms</a></p>`).map(i => i.title))
			.toHaveLength(3);
	});

	test('a title set apart in prose, then `, Name\'s fourth novel (Publisher, Year)` or `. Name wrote it …`', () => {
		expect(found(`<p>Then <strong>Intermezzo</strong>, Sally Rooney's fourth novel (Faber, 2024). Two brothers and a lot of grief.</p>
			<p>On the way back I reread <em>The Dispossessed</em>. Ursula K. Le Guin wrote it fifty years ago and it still reads new.</p>
			<p>We stayed at <em>Casa Azul</em>, Maria's favourite hotel in town, for three nights.</p>`)).toEqual([
			{title: 'Intermezzo', url: undefined, kind: 'book', authors: ['Sally Rooney'], publishedAt: '2024'},
			{title: 'The Dispossessed', url: undefined, kind: 'book', authors: ['Ursula K. Le Guin'],
				publishedAt: undefined},
		]);
	});

	test('a title set apart then `, his earlier novel`: a work, its author named elsewhere', () => {
		expect(found('<p>Seconding this. If you liked it, try <em>Cutting for Stone</em>, his earlier novel.</p>')).toEqual([
			{title: 'Cutting for Stone', url: undefined, kind: 'book', authors: undefined, publishedAt: undefined},
		]);
	});

	test('emoji badges between a link and its dash; a bracket of notes closing on a year; a format word is no publisher', () => {
		expect(found(`<h2>Books</h2><ul><li><a href="https://doc.rust-lang.org/book/">The Rust Programming Language</a> 🆓 - Steve Klabnik and
			Carol Nichols.</li><li><a href="https://www.youtube.com/watch?v=rAl-9HwD858">Crust of Rust</a> 🆓 - Jon Gjengset (stream, 2020).</li></ul>`))
			.toMatchObject([
				{title: 'The Rust Programming Language', authors: ['Steve Klabnik', 'Carol Nichols'], publishedAt: undefined},
				{title: 'Crust of Rust', authors: ['Jon Gjengset'], publishedAt: '2020'},
			]);
		expect(harvest(new JSDOM(post(`<ul><li><a href="https://www.youtube.com/watch?v=rAl-9HwD858">Crust of Rust</a> - Jon Gjengset (stream, 2020).</li>
			</ul>`), {url}).window.document, url)[0]?.publisher).toBeUndefined();
	});

	test('a numbered heading `N. Title, Name` is a list post\'s item', () => {
		expect(found(`<h3>1. The Psychology of Money, Morgan Housel</h3><p>Short chapters, each one a single idea.</p>
			<p><a href="https://amzn.to/3Yb1pQx">Get it on Amazon</a></p><h3>2. Your Money or Your Life, Vicki Robin and Joe Dominguez</h3>
			<p>Old, a bit preachy.</p><h3>What I'd skip, honestly</h3><p>Anything promising passive income.</p>`)).toMatchObject([
			{title: 'The Psychology of Money', url: 'https://amzn.to/3Yb1pQx', authors: ['Morgan Housel']},
			{title: 'Your Money or Your Life', authors: ['Vicki Robin', 'Joe Dominguez']},
		]);
	});
	test('a link that says where to get the work its line names is the work\'s page, not a title', () => {
		expect(found(`<ul><li>„Refactoring“ von Martin Fowler (mitp, 2020) – <a href="https://shop.example/a1">bei Thalia</a>.</li>
			<li>„Clean Code“ von Robert C. Martin – <a href="https://store.example/b2">on Amazon</a>.</li>
			<li>„Domain-Driven Design“ von Eric Evans</li></ul>`)).toMatchObject([
			{title: 'Refactoring', url: 'https://shop.example/a1'}, {title: 'Clean Code', url: 'https://store.example/b2'},
			{title: 'Domain-Driven Design', url: undefined},
		]);
		expect(found(`<p><b>1. 『객체지향의 사실과 오해』</b><br>조영호 지음, 위키북스, 2015<br>역할과 책임을 설명합니다.
			<a href="https://books.example/k1">교보문고에서 보기</a></p><p><b>2. 『오브젝트』</b><br>조영호 지음, 위키북스, 2019</p>`))
			.toMatchObject([{title: '객체지향의 사실과 오해', url: 'https://books.example/k1'}, {title: '오브젝트', url: undefined}]);
		// A capitalised title opening with a preposition is a title; a note's number, to this page, is no address
		expect(found(`<ul><li><a href="https://books.example/w">On Writing</a> by Stephen King</li>
			<li>„Refactoring“ von Martin Fowler<sup><a href="#note-1">1</a></sup></li><li>„Clean Code“ von Robert C. Martin</li></ul>`))
			.toMatchObject([{title: 'On Writing', url: 'https://books.example/w'}, {title: 'Refactoring', url: undefined},
				{title: 'Clean Code', url: undefined}]);
	});
});

describe('Turkish words around a link', () => {
	test('the kind after it with its suffix, the owner before it in the genitive, a host label and `ve`', () => {
		expect(readPost('<h2>Kitap Dışında</h2><p>Birkaç ek kaynak:</p><ul>'
			+ '<li>Akademi’deki <a href="https://learn.example/portal/course/giris-1">Programlamaya Giriş</a> eğitimi '
			+ 'ücretsiz.</li><li>Ada Quinn’in Udemy’deki <a href="https://lessons.example/c/ileri">İleri Seviye</a> '
			+ 'kursu çok iyi.</li><li>Yolda <a href="https://sohbet.example/">Kod Sohbetleri</a> podcast’i (sunucular: '
			+ 'Ben Ortiz ve Cleo Hart).</li><li>Dan Ross’un <a href="https://tube.example/v/9">Git Dersleri</a> '
			+ 'videosunu izleyin.</li></ul>', 'tr')).toMatchObject([
			{title: 'Programlamaya Giriş', kind: 'course', authors: undefined},
			{title: 'İleri Seviye', kind: 'course', authors: ['Ada Quinn']},
			{title: 'Kod Sohbetleri', kind: 'podcast', authors: ['Ben Ortiz', 'Cleo Hart']},
			{title: 'Git Dersleri', kind: 'video', authors: ['Dan Ross']}]);
	});
});

describe('a contraction', () => {
	test('is no name\'s word: the paragraph under a linked video opening `Then I’d …` names no one', () => {
		expect(readPost('<h2>Watch</h2><p>(that’s the <a href="https://www.youtube.com/playlist?list=PL1">Slow Gardens '
			+ '2023</a> playlist, 20 lectures.)</p><p>Then I’d put two books before anything heavy, both short.</p>'))
			.toEqual([{title: 'Slow Gardens 2023', url: 'https://www.youtube.com/playlist?list=PL1', kind: 'video',
				authors: undefined, contributors: undefined, publisher: undefined, publishedAt: undefined}]);
	});
});

describe('a show\'s network', () => {
	test('named after its link with `from` is its publisher; the show stays a podcast', () => {
		expect(readPost('<h2>Also</h2><ul><li><strong>Listen:</strong> the podcast <a href="https://radio.example/">'
			+ 'Slow Air</a> from Hill Country Public Radio, hosted by Ada Quinn. Start with the first one.</li></ul>'))
			.toEqual([{title: 'Slow Air', url: 'https://radio.example/', kind: 'podcast', authors: ['Ada Quinn'],
				contributors: undefined, publisher: 'Hill Country Public Radio', publishedAt: undefined}]);
	});
});

describe('a link\'s appositive going on to who gives it', () => {
	test('`<a>…</a>, a self-paced online course with Name from the …`: a course, that person its author', () => {
		expect(readPost('<h2>Also</h2><ul><li><strong>Do:</strong> <a href="https://learn.example/p/sketching/">Field '
			+ 'Sketching</a>, a self-paced online course with Ada Quinn from the Hill Lab. Ines is on module 3.</li></ul>'))
			.toEqual([{title: 'Field Sketching', url: 'https://learn.example/p/sketching/', kind: 'course',
				authors: ['Ada Quinn'], contributors: undefined, publisher: undefined, publishedAt: undefined}]);
	});
});
