import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';
import {parsePeople} from '../../../src/extract/people.ts';

const read = (body: string, head = '<title>A post</title>') => {
	const url = 'https://news.example/2024/post';
	return extractMetadata(new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, {url}).window.document, url);
};
const text = '<p>' + 'The article goes on for a while, the way articles do. '.repeat(4) + '</p>';

describe('a visible byline, when no metadata names the author', () => {
	test.each([
		['a line under the title', '<article><h1>Rivers</h1><p>By Ann Writer</p>' + text + '</article>', ['Ann Writer']],
		['several authors', '<article><h1>Rivers</h1><div>By Ann Writer, Bob Reader and Cy Three</div>' + text + '</article>', ['Ann Writer', 'Bob Reader', 'Cy Three']],
		['a byline beside the date', '<article><h1>Rivers</h1>' + text + '<p><span>By Ann Writer</span> | <time datetime="2024-05-01">May 1</time></p></article>',
			['Ann Writer']],
		['a link to the author\'s page', '<article><h1>Rivers</h1><a href="/authors/ann-writer">Ann Writer</a>' + text + '</article>', ['Ann Writer']],
		['an Author: label', '<article><h1>Rivers</h1><p class="author">Author: Ann Writer</p>' + text + '</article>', ['Ann Writer']],
		['Authors: under the title', '<article><h1>Rivers</h1><p>Authors: Ann Writer, Bob Reader</p>' + text + '</article>', ['Ann Writer', 'Bob Reader']],
		['rel=author', '<article><h1>Rivers</h1><a rel="author" href="/u/ann">Ann Writer</a>' + text + '</article>', ['Ann Writer']],
		['a BEM author class', '<article><h1>Rivers</h1><span class="article__author">Ann Writer</span>' + text + '</article>', ['Ann Writer']],
		['a camelCase author class', '<article><h1>Rivers</h1><div class="articleAuthor">Ann Writer</div>' + text + '</article>', ['Ann Writer']],
		['an author id', '<article><h1>Rivers</h1><span id="story-author">Ann Writer</span>' + text + '</article>', ['Ann Writer']],
		['itemprop=author outside any item', '<article><h1>Rivers</h1><span itemprop="author">Ann Writer</span>' + text + '</article>', ['Ann Writer']],
		['文/X', '<article><h1>河流</h1><p>文/张小明</p>' + text + '</article>', ['张小明']],
		['作者：X、Y', '<article><h1>河流</h1><p>作者：张小明、李华</p>' + text + '</article>', ['张小明', '李华']],
		['著者 X', '<article><h1>川</h1><p>著者 山田太郎</p>' + text + '</article>', ['山田太郎']],
		['names in capitals', '<article><h1>Rivers</h1><p class="byline">BY ANN WRITER AND BOB READER</p>' + text + '</article>', ['Ann Writer', 'Bob Reader']],
		['an author box: the name, a line break, the section', '<article><h1>Rivers</h1><div class="author-info"><span><a href="/bio?id=7">'
			+ 'Ann Writer</a><br></span><span>News</span></div>' + text + '</article>', ['Ann Writer']],
		// Texts that touch across elements are set apart by the layout: the name is not glued to what follows it.
		['a name and an outlet in touching spans', '<article><h1>Rivers</h1><div class="byline"><span>Ann Writer</span><span>Rivers Desk</span></div>'
			+ text + '</article>', ['Ann Writer']],
		['a byline under the title, its outlet touching it', '<article><h1>Rivers</h1><div><span>By Ann Writer</span><span>Rivers Desk</span></div>'
			+ text + '</article>', ['Ann Writer']],
		['作者：X after a touching 来源：', '<article><h1>河流</h1><div class="info"><span>来源：新华网</span><span>作者：张小明</span></div>' + text + '</article>',
			['张小明']],
		['an author box with a bio block', '<article><h1>Rivers</h1><div class="post-author"><div>Ann Writer</div><div>Ann writes on rivers.</div></div>'
			+ text + '</article>', ['Ann Writer']],
		['a byline and its day, joined by on', '<article><h1>Rivers</h1><p class="meta">Posted by <a href="/u/a">Ann Writer</a> on May 1, 2024</p>'
			+ text + '</article>', ['Ann Writer']],
		// WordPress themes label the name for screen readers, with no colon: `Author Ann Writer` to a script.
		['a screen reader\'s label before the name', '<article><h1>Rivers</h1><span class="byline"><span class="screen-reader-text">Author </span>'
			+ '<span class="author vcard"><a class="url fn n" href="/author/ann/">Ann Writer</a></span></span>' + text + '</article>', ['Ann Writer']],
		// (from probes8's misses, session 26: any word before `par`, `por`, as before `by`)
		['a word and `par`', '<article><h1>Rivers</h1><div class="article__authors">Publié par <a href="/auteurs/a">Ann Writer</a>, Berne</div>'
			+ text + '</article>', ['Ann Writer']],
		['a word and `por`', '<article><h1>Rivers</h1><p>Escrito por Ann Writer</p>' + text + '</article>', ['Ann Writer']],
		['linked names joined by words', '<article><h1>Rivers</h1><p>By <a href="/u/a">Ann Writer</a> and <a href="/u/b">Bob Reader</a></p>' + text
			+ '</article>', ['Ann Writer', 'Bob Reader']],
	])('%s', (_, body, authors) => expect(read(body).authors).toEqual(authors));

	test.each([
		['a section name', '<article><h1>Rivers</h1><p>By Opinion</p>' + text + '</article>'],
		['a date', '<article><h1>Rivers</h1><p class="byline">May 1, 2024</p>' + text + '</article>'],
		['a role label', '<article><h1>Rivers</h1><p class="author">Staff writer</p>' + text + '</article>'],
		['the link to every author', '<article><h1>Rivers</h1><a href="/authors/">Authors</a>' + text + '</article>'],
		['an authority badge', '<article><h1>Rivers</h1><span class="authority-badge">Ann Writer</span>' + text + '</article>'],
		['a call to action', '<article><h1>Rivers</h1><p class="author-link">Follow</p>' + text + '</article>'],
		['the site\'s name', '<article><h1>Rivers</h1><p class="byline">By The Daily Example</p>' + text + '</article>'],
		['a photo credit', '<article><h1>Rivers</h1><p>Photo by Ann Writer</p>' + text + '</article>'],
		['an about-the-author heading (`作者簡介`)', '<article><h1>河流</h1>' + text + '<section id="author"><h2>作者簡介</h2>'
			+ '<p>一九七一年生於瑞典，曾任記者，現專職寫作。</p></section></article>'],
		['a reviewer (a store\'s `review__author`)', '<article><h1>Rivers</h1>' + text + '</article><section class="reviews">'
			+ '<div class="review"><span class="review__author">Ann Writer</span><p>Could not put it down.</p></div></section>'],
		['the first line of a list of columnists', '<nav><ul><li class="author-follow"><a href="/ann">Ann Writer<br></a><ul><li>'
			+ 'Her column on rivers and the towns along them</li><li>Her column on bridges, ferries and fords that cross them</li>'
			+ '<li>Her column on the mills that stood by them</li></ul></li></ul></nav>'
			+ '<article><h1>Rivers</h1>' + text + '</article>'],
	])('not %s', (_, body) => expect(read(body, '<title>Rivers</title><meta property="og:site_name" content="The Daily Example">').authors).toEqual([]));

	test('a byline may open the body, before its first paragraph of text, where no metadata names anyone', () => {
		expect(read('<article><h1>Rivers</h1><p>Ann Writer</p><p><em>By Ann Writer and Bob Reader</em></p>' + text
			+ '</article>').authors).toEqual(['Ann Writer', 'Bob Reader']);
		// (not a `By` sentence after the text has begun)
		expect(read('<article><h1>Rivers</h1>' + text + '<p>By Ann Writer and Bob Reader</p></article>').authors).toEqual([]);
	});

	test('an article signed at its end, as Japanese papers sign theirs: a name in brackets as its last paragraph', () => {
		const body = (sign: string) => '<article><h1>川</h1><p>　県は８日、計画を発表した。総事業費は約４２億円で、来年春に着工する。</p>'
			+ `<p>${sign}</p></article>`;
		expect(read(body('（山本千尋）')).authors).toEqual(['山本千尋']);
		expect(read(body('（共同）')).authors).toEqual([]); // the agency, not a person
	});

	test('metadata naming the author still wins over the page', () => {
		expect(read('<article><h1>Rivers</h1><p>By Bob Reader</p>' + text + '</article>', '<meta name="author" content="Ann Writer">').authors).toEqual(['Ann Writer']);
	});

	test.each([
		['an outlet after the names', 'By Ann Writer and Bob Reader, Reuters', ['Ann Writer', 'Bob Reader']],
		['a capital E standing for a name is an initial, not `e`', 'K. E. Mills', ['K. E. Mills']],
		['Han names after a comma are names', '张小明，李华', ['张小明', '李华']],
		['Russian `Автор`', 'Автор Анна Смирнова', ['Анна Смирнова']],
		['those it was written with', 'by Ann Writer and Bob Reader, with contributions from the River Society',
			['Ann Writer', 'Bob Reader']],
		['a catalogue heading\'s life dates', 'Writer, Ann B., 1945-', ['Ann B. Writer']],
		['life dates that have ended', 'Writer, Ann B., 1901-1987', ['Ann B. Writer']],
	])('a byline\'s parts: %s', (_, line, names) => expect(parsePeople([line]).map(p => p.name)).toEqual(names));

	test('a byline\'s date and separators are not people', () => {
		expect(parsePeople(['By Ann Writer | May 1, 2024']).map(p => p.name)).toEqual(['Ann Writer']);
	});

	test.each([
		['an aside naming who helped', 'Par Ann Writer (avec Bob Reader et Cy Three)', ['Ann Writer']],
		['an aside with one helper', 'By Ann Writer (with Bob Reader)', ['Ann Writer']],
		['a figure after the name', 'Ann Writer ($70K/mo)', ['Ann Writer']],
		['a count after a label', 'Views (1234)', []],
		['a role label still read', 'Ann Writer (Author), Bob Reader (Translator)', ['Ann Writer']],
		['a bracket left open', 'Ann Writer, Bob Reader (Acme', ['Ann Writer']],
		['a bracket closed alone', 'Ann Writer; founder)', ['Ann Writer']],
		// (from probes7's misses, session 25: `y` joins names in Spanish; a capital Y opening a name is none)
		['a Turkish name whose surname opens with Y', 'Elif Yıldırım', ['Elif Yıldırım']],
		['Spanish `y` between two names', 'Ana Ruiz y Luis Gil', ['Ana Ruiz', 'Luis Gil']],
		['a follow button and a badge after the name', '吳明益 追蹤作者 新功能介紹', ['吳明益']],
		['a profile line after a follow link is no name', 'Ann Writer Suivre ce journaliste sur twitter', []],
	])('brackets: %s', (_, line, authors) =>
		expect(parsePeople([line]).filter(p => p.role === 'author').map(p => p.name)).toEqual(authors));

	test('a byline with an aside on the page', () => {
		expect(read('<article><h1>Rivers</h1><p>Par Ann Writer (avec Bob Reader et Cy Three)</p>' + text + '</article>').authors).toEqual(['Ann Writer']);
	});
});

describe('a byline read in the lines a reader sees', () => {
	test.each([
		['its label in a block, its name in another (`By` / a block holding the name)',
			'<article><h1>Rivers</h1><div class="author">By <div class="split"><span>Ann Writer</span></div></div>'
			+ text + '</article>', ['Ann Writer']],
		['the date in the next block, with blank text between', '<article><h1>Rivers</h1><div class="meta">'
			+ '<div class="signature">Par <span>Ann Writer</span></div>\n <div class="dates">Publié le <time '
			+ 'datetime="2025-02-14">14/02/2025</time></div></div>' + text + '</article>', ['Ann Writer']],
		['a name, then the day in a block of its own', '<article><h1>Rivers</h1><div class="post-header-byline">'
			+ '<div><a href="/@ann">Ann Writer</a></div>\n<div>Feb 12, 2025</div></div>' + text + '</article>',
			['Ann Writer']],
		['a follow button beside the name', '<h1>島嶼的夜車</h1><ul><li>作者：<a href="/search?author=1">陳建宏</a>&nbsp;<a class="btn">追蹤作者'
			+ '</a></li><li>出版社：木馬文化</li></ul>' + text, ['陳建宏']],
		['a store\'s contributor class', '<h1>The Almanac</h1><h2>A year in an orchard</h2><span class="visible-contributors"><span>by</span> '
			+ '<a class="contributor-name" href="/search?q=ann">Ann Writer</a></span>' + text, ['Ann Writer']],
		['an `autor` class, as German, Spanish and Polish sites spell it', '<h1>Das Schweigen</h1><p class="autoren">'
			+ '<a href="/suche?q=ann">Ann Writer</a></p>' + text, ['Ann Writer']],
		// Rules of session 21, each a way newspapers write bylines (probes3's news-tw, news-tr and portal-br).
		['a reporter\'s label touching the name, the place it was filed from after a slash', '<article><h1>河流</h1>'
			+ '<div class="byline">記者陳怡君／新竹報導</div>' + text + '</article>', ['陳怡君']],
		['the place it was filed from after a comma', '<article><h1>Rivers</h1><p class="byline">By Ann Writer, Izmir</p>'
			+ text + '</article>', ['Ann Writer']],
		['`e` joining two names, then the outlet and its place', '<article><h1>Rios</h1><p class="byline">Por Ana Souza e '
			+ 'Bruno Lima, Gazeta do Vale — Paranaguá</p>' + text + '</article>', ['Ana Souza', 'Bruno Lima']],
		// Written from probes4's misses (session 21): Italian, Swedish, Indonesian labels, an outlet, a correspondent.
		['Italian `di`', '<article><h1>Fiumi</h1><p class="byline">di Marco Bellini</p>' + text + '</article>', ['Marco Bellini']],
		['Swedish `av`', '<article><h1>Älvar</h1><p class="byline">av Karin Sundqvist</p>' + text + '</article>', ['Karin Sundqvist']],
		['Indonesian `Penulis`, then the editor', '<article><h1>Sungai</h1><div class="read__credit">Penulis Yohanes Kurniawan | Editor '
			+ 'Dita Anggraini</div>' + text + '</article>', ['Yohanes Kurniawan']],
		['a news service after the name', '<article><h1>Rivers</h1><p class="byline">By Ramesh Iyer, Express News Service</p>'
			+ text + '</article>', ['Ramesh Iyer']],
		['a reporter and a correspondent', '<article><h1>河流</h1><div class="author">记者 沈佳怡 通讯员 王海峰</div>' + text
			+ '</article>', ['沈佳怡', '王海峰']],
		['a label of a word and `by`, in a field of its own', '<article><h1>Rivers</h1><div class="news-author"><div '
			+ 'class="field__label">Story by</div><div class="field__item">Ann Writer</div></div>' + text + '</article>', ['Ann Writer']],
		['`Words by` under the title', '<article><h1>Rivers</h1><p>Words by Ann Writer</p>' + text + '</article>', ['Ann Writer']],
		// Written from probes6's misses (session 24): Danish `Af`, Polish `Autor:`, Blogger's Finnish `Julkaissut`.
		['Danish `Af`', '<article><h1>Vinter</h1><div class="product-authors">Af <a href="/forfatter/1">Mette Kjær</a></div>'
			+ text + '</article>', ['Mette Kjær']],
		['Polish `Autor:`', '<h1>Ogród</h1><div class="smartAuthorWrapper"><span>Autor: </span><a href="/szukaj?a=1">Zofia Wierzbicka'
			+ '</a></div>' + text, ['Zofia Wierzbicka']],
		['Blogger\'s Finnish `Julkaissut`', '<article><h1>Sauna</h1>' + text + '<span class="post-author vcard">Julkaissut '
			+ '<span class="fn"><a rel="author" href="/profile/1">Aino V.</a></span></span></article>', ['Aino V.']],
		// Twenty Ten's `<span class="meta-prep meta-prep-author">Posted on</span>`, in any language, labels the date.
		['a theme\'s label in an author class', '<article><h1>Γεφύρια</h1><div class="entry-meta"><span class="meta-prep '
			+ 'meta-prep-author">Δημοσιεύτηκε στις</span> <a href="/2024/03/x/"><span class="entry-date">23/03/2024</span></a> '
			+ '<span class="meta-sep">από</span> <span class="author vcard"><a class="url fn n" href="/author/eleni/">Ελένη '
			+ 'Καραγιάννη</a></span></div>' + text + '</article>', ['Ελένη Καραγιάννη']],
		// (a byline in square brackets with its outlet, `[Name，Outlet]`: its halves are no names; the link is)
		['a byline in square brackets, the author\'s link inside', '<article><h1>川</h1><div id="cmsByline">[<a href="/author/m/">'
			+ '松本はるか</a>，テクノリンク]</div>' + text + '</article>', ['松本はるか']],
		// Written from probes7's misses (session 25): Romanian `de`, Blogger's Japanese `投稿者`, any one-word label and
		// a colon (Hungarian `Szerző:`), Korean `저` after the name, a dash and the day after it.
		['Romanian `de`', '<article><h1>Metrou</h1><div class="author">de <a href="/autor/1">Ioana Dumitrescu</a></div>'
			+ text + '</article>', ['Ioana Dumitrescu']],
		['Blogger\'s Japanese `投稿者`', '<article><h1>只見線</h1>' + text + '<span class="post-author vcard">投稿者 '
			+ '<span class="fn"><a rel="author" href="/profile/1">佐藤 健太</a></span></span></article>', ['佐藤 健太']],
		['a label of one word and a colon', '<article><h1>Vasút</h1><div class="info-author"><span>Szerző:</span> '
			+ '<a class="author-name" href="/szerzo/1">Tóth Marcell</a></div>' + text + '</article>', ['Tóth Marcell']],
		['Korean `저` after the name', '<h1>소년이 온다</h1><span class="author"><a href="/s?q=1">한강</a> 저</span>' + text,
			['한강']],
		['a dash, then the day', '<article><h1>Метро</h1><div class="post_author"><span>Автор:</span> <a href="/a/1">Олена '
			+ 'Гребенюк</a> <span>—</span> <span class="post_time">Понеділок, 10 березня 2025, 14:32</span></div>' + text
			+ '</article>', ['Олена Гребенюк']],
		// (classes are matched as written, lower case or capitalised, without a case-folding query: session 25)
		['a capitalised `Byline` class', '<article><h1>Rivers</h1><div class="ArticleByline"><span>Ann Writer</span></div>'
			+ text + '</article>', ['Ann Writer']],
		['a talk\'s speakers', '<h1>Caching at the edge</h1><div class="speaker-names"><a href="/talk/speaker/1">Ann '
			+ 'Writer</a>, <a href="/talk/speaker/2">Bob Reader</a></div>' + text, ['Ann Writer', 'Bob Reader']],
	])('%s', (_, body, authors) => expect(read(body).authors).toEqual(authors));
});

test('a site named by its address, as the author, gives way to the byline (`HVG` on hvg.hu)', () => {
	const head = '<title>Vasút</title><meta name="author" content="HVG"><meta property="og:site_name" content="hvg.hu">';
	expect(read('<article><h1>Vasút</h1><div class="info-author">Szerző: <a href="/szerzo/1">Tóth Marcell</a></div>'
		+ text + '</article>', head).authors).toEqual(['Tóth Marcell']);
});

describe('the head title\'s `by` part names the author where no metadata does', () => {
	test('as Medium titles every post: `Title | by Name | Publication | Medium`', () => {
		const head = '<title>Rivers we forgot | by Ann Writer | Field Notes | Medium</title>';
		expect(read('<article><h1>Rivers we forgot</h1>' + text + '</article>', head).authors).toEqual(['Ann Writer']);
	});
	test('a `by` inside the title\'s own words is no part of its own', () => {
		const head = '<title>Stand by me, a river song | Field Notes</title>';
		expect(read('<article><h1>Stand by me, a river song</h1>' + text + '</article>', head).authors).toEqual([]);
	});
});

describe('a visible byline naming every author the metadata names reads their roles and the rest (session 27)', () => {
	const ld = (names: string[]) => '<title>Rivers</title><script type="application/ld+json">' + JSON.stringify({
		'@context': 'https://schema.org', '@type': 'Book', name: 'Rivers', author: names.map(name => ({'@type': 'Person', name}))})
		+ '</script>';
	test('a translator among a store\'s structured authors, `(Traducteur)` in the byline', () => {
		const page = read('<h1>Rivers</h1><div class="authors-main"><a class="authors" href="/a/1">Ann Writer</a> (Auteur), '
			+ '<a class="authors" href="/a/2">Bob Reader</a> (Traducteur)</div>' + text, ld(['Ann Writer', 'Bob Reader']));
		expect(page.authors).toEqual(['Ann Writer']);
		expect(page.contributors).toEqual([{name: 'Bob Reader', role: 'translator'}]);
	});
	test('a second author the metadata leaves out', () => {
		const head = '<title>Rivers</title><meta property="og:type" content="book"><meta property="book:author" content="Ann Writer">';
		expect(read('<h1>Rivers</h1><p class="autoren"><a href="/s?q=1">Ann Writer</a> (Autor), <a href="/s?q=2">Bob Reader</a> '
			+ '(Autor)</p>' + text, head).authors).toEqual(['Ann Writer', 'Bob Reader']);
	});
	test('a byline that leaves out a structured author changes nothing', () => {
		expect(read('<h1>Rivers</h1><p class="byline">By Ann Writer</p>' + text, ld(['Ann Writer', 'Bob Reader'])).authors)
			.toEqual(['Ann Writer', 'Bob Reader']);
	});
});

describe('a credit labelled before a name, or a picture credit after one, is no author (session 27)', () => {
	test.each([
		['a photographer after the writer, `Fotos:`', '<article><h1>Rivers</h1><div class="byline">Text: <a href="/a/1">Ann Writer</a>, '
			+ 'Fotos: <span>Bob Reader</span></div>' + text + '</article>', ['Ann Writer']],
		['`Kuva:` (Finnish) after the name', '<article><h1>Joet</h1><p class="byline">Ann Writer, Kuva: Bob Reader</p>' + text
			+ '</article>', ['Ann Writer']],
		['Japanese `装画` (the cover\'s picture) after a name', '<h1>海辺</h1><p class="book-detail-author"><a href="/s?q=1">佐伯 遥'
			+ '</a> 著 ; <a href="/s?q=2">中村 佑介</a> 装画</p>' + text, ['佐伯 遥']],
	])('%s', (_, body, authors) => expect(read(body).authors).toEqual(authors));
	test('the metadata\'s photographer gives way to the byline\'s `Fotos:` credit', () => {
		const head = '<title>Rivers</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Rivers",'
			+ '"author":[{"@type":"Person","name":"Ann Writer"},{"@type":"Person","name":"Bob Reader"}]}</script>';
		expect(read('<article><h1>Rivers</h1><div class="article-byline">Text: <a href="/a/1">Ann Writer</a>, Fotos: '
			+ '<span>Bob Reader</span></div>' + text + '</article>', head).authors).toEqual(['Ann Writer']);
	});
});

test('the last name of a byline whose line goes on to `Published` and the day (session 27)', () => {
	const head = '<title>Rivers</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Rivers",'
		+ '"author":{"@type":"Person","name":"Ann Writer"}}</script>';
	expect(read('<article><h1>Rivers</h1><div class="story__byline"><a href="/authors/1">Ann Writer</a> | <a href="/authors/2">'
		+ 'Bob Reader</a> Published November 4, 2025 Updated about 2 hours ago</div>' + text + '</article>', head).authors)
		.toEqual(['Ann Writer', 'Bob Reader']);
});

// (from probes11's misses, session 27)
describe('bylines as news sites, talks and courses write them', () => {
	test.each([
		['links alike side by side are so many names', '<h1>Cells</h1><div class="author__section">Speakers: <a class="author'
			+ '__link" href="/profile/Ann-Writer/">Ann Writer</a> <a class="author__link" href="/profile/Bob-Reader/">Bob Reader'
			+ '</a></div>' + text, ['Ann Writer', 'Bob Reader']],
		['a button beside the name is classed apart', '<h1>海辺</h1><ul><li class="author">作者：<a href="/search/1/">陳建宏</a> '
			+ '<a class="btn" href="/shop/rye">追蹤作者</a> <a class="btn" href="#">新功能介紹</a></li></ul>' + text, ['陳建宏']],
		['Korean reporters, `기자` after each name', '<h1>변압기</h1><div class="article-byline"><a class="article-byline__author" '
			+ 'href="/people/lee/">이준호 기자</a> <a class="article-byline__author" href="/people/jung/">정다은 기자</a></div>'
			+ text, ['이준호', '정다은']],
		['a subscriber\'s badge before the name', '<h1>銭湯</h1><div class="asa-Byline"><span class="asa-Paid">有料記事</span>'
			+ '<p class="asa-Byline__names"><a href="/list.html?reporter=hayashi">林美咲</a></p></div>' + text, ['林美咲']],
		['a course\'s teachers', '<h1>Quantum Software</h1><p class="course-hero__teachers">Katrin Berger, Jonas Albrecht'
			+ '</p>' + text, ['Katrin Berger', 'Jonas Albrecht']],
		['a course\'s instructor, linked', '<h1>Acuarela botánica</h1><p>Un curso de <a class="teacher-link" '
			+ 'href="/es/martalozano">Marta Lozano</a></p>' + text, ['Marta Lozano']],
	])('%s', (_, body, authors) => expect(read(body).authors).toEqual(authors));
});

test('a page holding a book\'s worth of text keeps its metadata\'s authors: no byline is looked for (session 27)', () => {
	const head = '<title>Rivers</title><script type="application/ld+json">{"@type":"Book","name":"Rivers",'
		+ '"author":{"@type":"Person","name":"Ann Writer"}}</script>';
	const byline = '<h1>Rivers</h1><p class="byline">Ann Writer (Author), Bob Reader (Translator)</p>';
	const words = (n: number) => `<p>${'word '.repeat(n)}</p>`;
	expect(read(byline + words(500), head).contributors).toEqual([{name: 'Bob Reader', role: 'translator'}]);
	const long = read(byline + words(60_000), head);
	expect([long.authors, long.contributors]).toEqual([['Ann Writer'], undefined]);
});

// (from probes12's misses, session 28)
describe('bylines as stores, catalogues and news sites write them (session 28)', () => {
	test.each([
		['linked names parted by the page\'s own comma are no sorted name', '<h1>感染症</h1><p class="book-author">'
			+ '<a href="/search/?author=中村真理子">中村真理子</a>，<a href="/search/?author=佐藤健">佐藤健</a> 著</p>' + text,
		['中村真理子', '佐藤健']],
		['a catalogue\'s creator, sorted, with the life dates in brackets', '<h1>Placówka</h1><p class="pl-creator"><a href='
			+ '"/search?query=Prus">Prus, Bolesław (1847-1912)</a></p>' + text, ['Bolesław Prus']],
		['a `writer` block around the names and their label', '<article><h1>Venezia</h1><span class="writer">di <span class='
			+ '"cds-author">Ann Writer</span> e <span class="cds-author">Bob Reader</span></span>' + text + '</article>',
		['Ann Writer', 'Bob Reader']],
		['a mainland paper\'s reporters after its name and `记者`, parted by spaces', '<article><h1>长江十年禁渔后</h1><div>'
			+ '<span>澎湃新闻记者 王立新 陈思雨</span></div><div>2026-12-05 08:30</div>' + text + '</article>', ['王立新', '陈思雨']],
		['a Japanese name\'s space is no parting', '<article><h1>海辺</h1><p>記者 佐伯 遥</p>' + text + '</article>', ['佐伯 遥']],
	])('%s', (_, body, authors) => expect(read(body).authors).toEqual(authors));
	test('a block labelled as the author\'s comes before one listing other credits first', () => {
		expect(read('<h1>Polarnacht</h1><div class="author"><span>Mitarbeit:</span> <a href="/autor/kv/">Velde, Karin</a>; '
			+ '<span>Übersetzung:</span> <a href="/autor/kv/">Velde, Karin</a></div><div class="author"><span>Autor:</span> '
			+ '<a href="/autor/la/">Aasen, Liv</a></div>' + text).authors).toEqual(['Liv Aasen']);
		// (a news site's `Published by:` below the reporter names who put the story online)
		expect(read('<article><h1>Ghats</h1><p class="author-name">Ann Writer</p><p class="author-published">Published by: '
			+ '<a href="/author/bob">Bob Reader</a></p>' + text + '</article>').authors).toEqual(['Ann Writer']);
	});
	test('a label with its feminine ending in brackets, `Autor(a):`, and a Portuguese translator\'s', () => {
		const page = read('<h1>Rivers</h1><div class="lc-contributors"><span>Autor(a):</span> <a href="/busca?ft=1">Ann Writer'
			+ '</a> <span>|</span> <span>Tradutor(a):</span> <a href="/busca?ft=2">Bob Reader</a></div>' + text);
		expect(page.authors).toEqual(['Ann Writer']);
		expect(page.contributors).toEqual([{name: 'Bob Reader', role: 'translator'}]);
	});
	test('author blocks of one class side by side, or author links, name one author each (session 29)', () => {
		expect(read('<article><h1>Nemocnice</h1><div class="meta"><div class="e_terms_author"><a href="/autor/vf/">Veronika '
			+ 'Folentová</a></div><div class="e_terms_author"><a href="/autor/mk/">Matúš Kosík</a></div><time>5. 12. 2026</time>'
			+ '</div>' + text + '</article>').authors).toEqual(['Veronika Folentová', 'Matúš Kosík']);
		expect(read('<h1>Rivers of Salt</h1><p class="book-hero__contributors">by <a href="/author/ef/">Eleanor Fitzwarren</a>'
			+ ' and <a href="/author/do/">Daniel Okonjo</a><br>With a foreword by <a href="/author/mk/">Mark Kurlansky</a></p>'
			+ text).authors).toEqual(['Eleanor Fitzwarren', 'Daniel Okonjo']);
		// (a label's own block, of another class, is no name)
		expect(read('<article><h1>Rivers</h1><div class="byline"><span class="byline__label">By</span><span class='
			+ '"byline__name">Ann Writer</span></div>' + text + '</article>').authors).toEqual(['Ann Writer']);
	});
	test('a reporter\'s newsroom in brackets, three words or more, is no role (session 29)', () => {
		expect(read('<article><h1>Skolas</h1><div class="article__authors"><span class="article__author">Ieva Zālīte '
			+ '(Latvijas Radio Ziņu dienests)</span></div>' + text + '</article>').authors).toEqual(['Ieva Zālīte']);
		expect(parsePeople(['Ann Writer (Illustrator)'])).toEqual([{name: 'Ann Writer', role: 'other'}]);
	});
	test('a photographer\'s credit in brackets after the last name is no role of that name\'s', () => {
		const head = '<title>Rivers</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Rivers",'
			+ '"author":[{"@type":"Person","name":"Ann Writer"},{"@type":"Person","name":"Bob Reader"},'
			+ '{"@type":"Person","name":"Cy Three"}]}</script>';
		expect(read('<article><h1>Rivers</h1><div class="byline">Von <a href="/autor/1">Ann Writer</a>, <a href="/autor/2">'
			+ 'Bob Reader</a> und Cy Three (Fotos: Dee Four)</div>' + text + '</article>', head).authors)
			.toEqual(['Ann Writer', 'Bob Reader', 'Cy Three']);
	});
});
