import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('an outbound redirector', () => {
	const wrap = (address: string) => `https://t.social.example/redirect?z=${encodeURIComponent(address)}`
		+ `&amp;t=Yjc5&amp;p=${encodeURIComponent('https://blog.example/2026/reading')}`;
	test('a key of its own (`/redirect?z=<address>`) is read as its address', () => {
		expect(read(`<ul><li><a href="${wrap('https://books.example/gardens')}">Gardens of State</a> by Ada Quinn</li>`
			+ `<li><a href="${wrap('https://books.example/harbours')}">Harbours of Time</a> by Ben Ortiz</li></ul>`))
			.toMatchObject([{title: 'Gardens of State', url: 'https://books.example/gardens'},
				{title: 'Harbours of Time', url: 'https://books.example/harbours'}]);
	});
	test('a table row\'s link is read as its address', () => {
		const q = (address: string) => `https://www.search.example/url?q=${address}&amp;sa=D`;
		expect(read('<table><tr><td>Title</td><td>Author</td></tr>'
			+ `<tr><td><a href="${q('https://books.example/gardens')}">Gardens of State</a></td><td>Ada Quinn</td></tr>`
			+ `<tr><td><a href="${q('https://books.example/harbours')}">Harbours of Time</a></td><td>Ben Ortiz</td></tr>`
			+ '</table>')).toMatchObject([{title: 'Gardens of State', url: 'https://books.example/gardens'},
			{title: 'Harbours of Time', url: 'https://books.example/harbours'}]);
	});
});

describe('a table whose cells open with a label naming their column', () => {
	test('the label is no part of the value', () => {
		const row = (title: string, author: string) => `<tr><td><label>title</label><div class="value"><a href="/b/${
			title[0]}">${title}</a></div></td><td><label>author</label><div class="value">${author}</div></td></tr>`;
		expect(read('<table><tr><th>title</th><th>author</th></tr>' + row('Gardens of State', 'Ada Quinn')
			+ row('Harbours of Time', 'Ben Ortiz') + '</table>')).toMatchObject([
			{title: 'Gardens of State', authors: ['Ada Quinn']}, {title: 'Harbours of Time', authors: ['Ben Ortiz']}]);
	});
});

describe('a table\'s authors sorted surname first', () => {
	test('`Surname, Given` and `Surname Jr., Given` are read in natural order', () => {
		expect(read('<table><tr><th>Title</th><th>Author</th></tr>'
			+ '<tr><td>Gardens of State</td><td>Quinn Jr., Ada B.</td></tr>'
			+ '<tr><td>Harbours of Time</td><td>Ortiz, Ben *</td></tr></table>')).toMatchObject([
			{title: 'Gardens of State', authors: ['Ada B. Quinn Jr.']},
			{title: 'Harbours of Time', authors: ['Ben Ortiz']}]);
	});
});

describe('a table\'s `date pub` column', () => {
	test('is the date the work was published, to the day as written', () => {
		expect(read('<table><tr><th>Title</th><th>Author</th><th>date pub</th></tr>'
			+ '<tr><td>Gardens of State</td><td>Ada Quinn</td><td>Oct 20, 1999</td></tr>'
			+ '<tr><td>Harbours of Time</td><td>Ben Ortiz</td><td>1975</td></tr></table>')).toMatchObject([
			{title: 'Gardens of State', publishedAt: '1999-10-20'}, {title: 'Harbours of Time', publishedAt: '1975'}]);
	});
});

describe('a table\'s title closing on its edition in brackets', () => {
	test('the edition is no part of the title', () => {
		expect(read('<table><tr><th>Title</th><th>Author</th></tr>'
			+ '<tr><td>Gardens of State (2nd ed.)</td><td>Ada Quinn</td></tr>'
			+ '<tr><td>Harbours of Time (3rd edition)</td><td>Ben Ortiz</td></tr></table>')).toMatchObject([
			{title: 'Gardens of State', authors: ['Ada Quinn']}, {title: 'Harbours of Time', authors: ['Ben Ortiz']}]);
	});
});

describe('a table\'s format cell', () => {
	test('goes on to the publisher and the year after the kind it names', () => {
		expect(read('<table><tr><th>Title</th><th>Author(s)</th><th>Format</th></tr>'
			+ '<tr><td>Gardens of State</td><td>Ada Quinn</td><td>Book, Harbour Press 2019</td></tr>'
			+ '<tr><td>Notes on Harbours</td><td>Ben Ortiz</td><td>Blog post, 2013</td></tr></table>')).toMatchObject([
			{title: 'Gardens of State', kind: 'book', publisher: 'Harbour Press', publishedAt: '2019'},
			{title: 'Notes on Harbours', kind: 'article', publishedAt: '2013'}]);
	});
});

describe('a heading\'s labelled facts after a paragraph about the work', () => {
	test('Swedish labels, a paragraph between the heading and them', () => {
		expect(read('<h3>Gardens of State</h3><p>The book that made me see every hedge as a border.</p>'
			+ '<p><strong>Författare:</strong> Ada Quinn<br><strong>Översättning:</strong> Ben Ortiz<br>'
			+ '<strong>Förlag:</strong> Harbour Press<br><strong>Utgiven:</strong> 2013</p>'
			+ '<h3>Harbours of Time</h3><p>Short, and still the best on tides.</p>'
			+ '<p><strong>Författare:</strong> Cleo Park<br><strong>Förlag:</strong> Tide Books<br>'
			+ '<strong>Utgiven:</strong> 2014</p>', 'sv')).toMatchObject([
			{title: 'Gardens of State', authors: ['Ada Quinn'], contributors: [{name: 'Ben Ortiz', role: 'translator'}],
				publisher: 'Harbour Press', publishedAt: '2013'},
			{title: 'Harbours of Time', authors: ['Cleo Park'], publisher: 'Tide Books', publishedAt: '2014'}]);
	});
});

describe('the German bibliography\'s style', () => {
	test('`Name, Vorname / Name, Vorname: <i>Titel</i>. Untertitel. Übersetzt von X. Ort: Verlag Jahr.`', () => {
		expect(read('<ul><li>Quinn, Ada / Ortiz, Ben: <i>Gärten des Staates</i>. Eine Geschichte. Übersetzt von Cleo'
			+ ' Park. München: Hafen Verlag 2021. – Mein Buch des Jahres.</li>'
			+ '<li>Lind, Dora M.: <a href="https://books.example/gezeiten">Gezeiten</a>. 2., überarb. Aufl. Aus dem'
			+ ' Schwedischen von Eva Berg. Heidelberg: flut.verlag 2019.</li></ul>', 'de')).toMatchObject([
			{title: 'Gärten des Staates', authors: ['Ada Quinn', 'Ben Ortiz'],
				contributors: [{name: 'Cleo Park', role: 'translator'}], publisher: 'Hafen Verlag',
				publishedAt: '2021'},
			{title: 'Gezeiten', url: 'https://books.example/gezeiten', authors: ['Dora M. Lind'],
				contributors: [{name: 'Eva Berg', role: 'translator'}], publisher: 'flut.verlag',
				publishedAt: '2019'}]);
	});
});

describe('titles in reversed guillemets', () => {
	test('`»Title« von Name`, as German books set titles', () => {
		expect(read('<p>Endlich gelesen habe ich »Gärten des Staates« von Ada Quinn – sehr bitter und sehr komisch.'
			+ ' Danach kam »Gezeiten« von Ben Ortiz, ein Sommerbuch.</p>', 'de')).toMatchObject([
			{title: 'Gärten des Staates', authors: ['Ada Quinn']}, {title: 'Gezeiten', authors: ['Ben Ortiz']}]);
	});
});

describe('a link quoted, its credit after the closing mark, the event it was given at after the names', () => {
	test('`„<a>Titel</a>“ von Name, EVENT 2023` and `<a>Title</a> by Name, EVENT 2019`', () => {
		expect(read('<ul><li>Vortrag: „<a href="https://talks.example/tides">Gezeiten lieben lernen</a>“ von Ada Quinn,'
			+ ' OOP 2023. Sehr gut.</li><li>Talk: <a href="https://talks.example/harbours">Harbours of Time</a> by Ben'
			+ ' Ortiz, GOTO 2019. Great.</li></ul>', 'de')).toMatchObject([
			{title: 'Gezeiten lieben lernen', authors: ['Ada Quinn'], publishedAt: '2023'},
			{title: 'Harbours of Time', authors: ['Ben Ortiz'], publishedAt: '2019'}]);
	});
});

describe('a list whose items are paragraphs', () => {
	test('`<li><p>Title - Name</p></li>` is read as `<li>Title - Name</li>`', () => {
		expect(read('<ol><li><p>Gardens of State - Ada Quinn</p></li><li><p>Harbours of Time - Ben Ortiz</p></li>'
			+ '<li><p>Notes on Tides - Cleo Park</p></li></ol>')).toMatchObject([
			{title: 'Gardens of State', authors: ['Ada Quinn']}, {title: 'Harbours of Time', authors: ['Ben Ortiz']},
			{title: 'Notes on Tides', authors: ['Cleo Park']}]);
	});
	test('a linked 『title』 whose credit names a publisher and a translator is a book', () => {
		const li = (path: string, title: string) => `<li><p><a href="https://books.example/${path}">『${title}』</a>`
			+ '（ダン・ブラウン著、長谷川敦士監訳、BNN、2022年）…レビューで揉めがちな人に。</p></li>';
		expect(read(`<h2>慣れてきたら</h2><ul>${li('a', 'デザインの伝え方')}${li('b', 'デザインの話し方')}</ul>`, 'ja'))
			.toMatchObject([{title: 'デザインの伝え方', kind: 'book', publisher: 'BNN'},
				{title: 'デザインの話し方', kind: 'book', publisher: 'BNN'}]);
	});
});

describe('a show\'s hosts named with `with` in the languages of Europe', () => {
	test('`<a>Show</a> med A och B`, `<a>Show</a> mit A und B`', () => {
		expect(read('<p><strong>Poddtips:</strong> <a href="https://harbour.example/podcast">Harbour Talk</a> med Ada'
			+ ' Quinn och Ben Ortiz. Långa samtal om hamnar.</p><p><strong>Podcast:</strong> <a'
			+ ' href="https://tides.example/podcast">Gezeitenfunk</a> mit Cleo Park und Dora Lind. Jede Woche.</p>'))
			.toMatchObject([{title: 'Harbour Talk', kind: 'podcast', authors: ['Ada Quinn', 'Ben Ortiz']},
				{title: 'Gezeitenfunk', kind: 'podcast', authors: ['Cleo Park', 'Dora Lind']}]);
	});
});
