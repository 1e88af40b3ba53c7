import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('tabs', () => {
	test('a tab panel the tabs component hides is the page\'s content; other hidden parts are not', () => {
		const list = (title: string, n: number) => `<ol><li>Ada Quinn and Ben Ortiz. <a href="https://papers.example/${n}">`
			+ `${title}</a>. <em>SOSP</em> 2013.</li></ol>`;
		expect(read('<h2>Papers</h2><div class="tabs-container"><ul role="tablist"><li role="tab">One</li>'
			+ '<li role="tab">Two</li></ul><div role="tabpanel">' + list('Gardens of State', 1) + '</div>'
			+ '<div role="tabpanel" hidden="">' + list('Harbours of Time', 2) + '</div></div>'
			+ '<div hidden="">' + list('Rivers of Ink', 3) + '</div>'))
			.toMatchObject([{title: 'Gardens of State'}, {title: 'Harbours of Time'}]);
	});
});

describe('a link wrapping a book card of labelled facts', () => {
	test('a Korean shop card: its title over a `dl` of `저자`, `출판`, `발매` terms, all in one link', () => {
		const card = (href: string, title: string, author: string, date: string) => `<div><a href="${href}"><div>`
			+ `<strong>${title}</strong></div><dl><dt>저자</dt><dd>${author}</dd><dt>출판</dt><dd>위키북스</dd>`
			+ `<dt>발매</dt><dd>${date}</dd></dl></a></div><p>좋은 책이에요. 신입 때 꼭 읽어 보세요.</p>`;
		expect(read('<h2>추천 도서</h2>' + card('https://books.example/1', '정원의 상태', '조영호', '2019.06.17.')
			+ card('https://books.example/2', '항구의 시간', '로버트 C. 마틴', '2013.12.24.'), 'ko'))
			.toEqual([{title: '정원의 상태', url: 'https://books.example/1', kind: 'book', authors: ['조영호'],
				contributors: undefined, publisher: '위키북스', publishedAt: '2019-06-17'},
			{title: '항구의 시간', url: 'https://books.example/2', kind: 'book', authors: ['로버트 C. 마틴'],
				contributors: undefined, publisher: '위키북스', publishedAt: '2013-12-24'}]);
	});
});

describe('Portuguese translators', () => {
	test('`Tradução:` and `Tradutora:` lines among a book\'s labelled facts', () => {
		expect(read('<h3>Jardins do Estado</h3><p>Autor: Ada Quinn<br>Tradução: Lan Souza<br>Editora: Novatec, 2017</p>'
			+ '<p>O livro mais gentil que existe.</p><h3>Portos do Tempo</h3><p>Autor: Ben Ortiz<br>Tradutora: Rita Lima<br>'
			+ 'Editora: Bookman<br>Ano: 2010</p>', 'pt'))
			.toMatchObject([{title: 'Jardins do Estado', authors: ['Ada Quinn'],
				contributors: [{name: 'Lan Souza', role: 'translator'}], publisher: 'Novatec', publishedAt: '2017'},
			{title: 'Portos do Tempo', authors: ['Ben Ortiz'], contributors: [{name: 'Rita Lima', role: 'translator'}],
				publisher: 'Bookman', publishedAt: '2010'}]);
	});

	test('`tradução de X` in the brackets after a title credits its translator', () => {
		expect(read('<ul><li><a href="https://books.example/1">Neuromante</a>, de Ada Quinn (Aleph, 2016, tradução de Lan '
			+ 'Souza).</li><li><a href="https://books.example/2">Portos</a>, de Ben Ortiz (Aleph, 2015).</li></ul>', 'pt'))
			.toMatchObject([{title: 'Neuromante', authors: ['Ada Quinn'],
				contributors: [{name: 'Lan Souza', role: 'translator'}]}, {title: 'Portos', authors: ['Ben Ortiz']}]);
	});
});

describe('numbered lines', () => {
	test('a numbered line of a paragraph may run longer than a line wrapped by hand: it is still a list\'s line', () => {
		expect(read('<p>Three books worth every cent:<br><br>1. <em>Gardens of State: A Practical Guide to the Slow Design '
			+ 'of Public Spaces and Shared Gardens</em> — Ada Quinn, Ben Ortiz, Cy Young and Dee Lane (Bookman, 2000)<br>2. '
			+ '<em>Harbours of '
			+ 'Time</em> — Eve Stone (Alta Books, 2016)<br><br>All have translations, but read the original.</p>'))
			.toMatchObject([{title: 'Gardens of State: A Practical Guide to the Slow Design of Public Spaces and Shared Gardens',
				kind: 'book',
				authors: ['Ada Quinn', 'Ben Ortiz', 'Cy Young', 'Dee Lane'], publisher: 'Bookman', publishedAt: '2000'},
			{title: 'Harbours of Time', authors: ['Eve Stone'], publisher: 'Alta Books', publishedAt: '2016'}]);
	});
});

describe('names joined in the languages of Europe', () => {
	test('`A, B e C` after a title\'s dash names three authors, as `A, B and C` does', () => {
		expect(read('<ul><li><em>Jardins do Estado</em> — Ada Quinn, Ben Ortiz e Cy Young (Bookman, 2000)</li>'
			+ '<li><em>Portos do Tempo</em> — Eva Lima y Rui Costa (Aleph, 2016)</li></ul>', 'pt'))
			.toMatchObject([{title: 'Jardins do Estado', authors: ['Ada Quinn', 'Ben Ortiz', 'Cy Young']},
				{title: 'Portos do Tempo', authors: ['Eva Lima', 'Rui Costa']}]);
	});
});

describe('Korean titles in prose', () => {
	test('`『Title』(A 지음, Publisher)` and `『Title』(Publisher, 2015)`: the brackets right after the title credit it', () => {
		expect(read('<p>네트워크는 <b>『정원의 상태』</b>(아미노 에이지 지음, 영진닷컴)로 감을 잡고, 얇은 책 <b>『항구의 시간』</b>'
			+ '(위키북스, 2015)를 먼저 읽는 걸 추천합니다.</p>', 'ko'))
			.toEqual([{title: '정원의 상태', url: undefined, kind: 'book', authors: ['아미노 에이지'],
				contributors: undefined, publisher: '영진닷컴', publishedAt: undefined},
			{title: '항구의 시간', url: undefined, kind: 'book', authors: undefined, contributors: undefined,
				publisher: '위키북스', publishedAt: '2015'}]);
	});
});

describe('a link card\'s facts', () => {
	test('are the card\'s own: none goes to the work named in the paragraph above it', () => {
		expect(read('<p>네트워크는 <b>『정원의 상태』</b>(아미노 에이지 지음, 영진닷컴)로 감을 잡았어요.</p><div>'
			+ '<a href="https://books.example/2"><strong>항구의 시간</strong><dl><dt>저자</dt><dd>조영호</dd><dt>출판</dt>'
			+ '<dd>위키북스</dd><dt>발매</dt><dd>2018.04.12.</dd></dl></a></div>', 'ko'))
			.toMatchObject([{title: '정원의 상태', publisher: '영진닷컴', publishedAt: undefined},
				{title: '항구의 시간', authors: ['조영호'], publisher: '위키북스', publishedAt: '2018-04-12'}]);
	});
});

describe('a table of talks', () => {
	test('its `Speaker` column names who gave each talk, its `Event` column the year; the event is no publisher', () => {
		expect(read('<h2>Talks</h2><table><thead><tr><th>Talk</th><th>Speaker</th><th>Event</th><th>Length</th></tr></thead>'
			+ '<tbody><tr><td><a href="https://video.example/1">Gardens of state</a></td><td>Ada Quinn</td>'
			+ '<td>Harbour Conf 2014</td><td>47 min</td></tr><tr><td><a href="https://video.example/2">Harbours of time</a>'
			+ '</td><td>Ben Ortiz and Cy Young</td><td>Slow Summit London 2017</td><td>38 min</td></tr></tbody></table>'))
			.toMatchObject([
				{title: 'Gardens of state', authors: ['Ada Quinn'], publisher: undefined, publishedAt: '2014'},
				{title: 'Harbours of time', authors: ['Ben Ortiz', 'Cy Young'], publisher: undefined,
					publishedAt: '2017'},
			]);
	});
});

describe('names in a reading list\'s citations', () => {
	test('an initial opening a given name before the surname (`K. Mani Chandy`) is one name', () => {
		expect(read('<h2>Papers</h2><ol><li>K. Ada Quinn and Ben Ortiz. <a href="https://papers.example/1">Gardens of '
			+ 'State: Determining Global States</a>. <em>ACM TOCS</em> 3(1), 1985.</li><li>Cy Young and Dee Lane. <a '
			+ 'href="https://papers.example/2">Harbours of Time</a>. <em>SOSP</em> 2013.</li></ol>'))
			.toMatchObject([{title: 'Gardens of State: Determining Global States', kind: 'paper',
				authors: ['K. Ada Quinn', 'Ben Ortiz'], publishedAt: '1985'},
			{title: 'Harbours of Time', authors: ['Cy Young', 'Dee Lane']}]);
	});
});

describe('a talk\'s venue', () => {
	test('joined to the year after a video\'s title, it is where the talk was given, no publisher', () => {
		expect(read('<h2>Talks</h2><ul><li>Ada Quinn, <a href="https://www.youtube.com/watch?v=a1">“Gardens of state”</a>, '
			+ 'Harbour Conf London 2020.</li><li>Ben Ortiz, <a href="https://www.youtube.com/watch?v=b2">“Harbours of time'
			+ '”</a>, SlowCon US 2023.</li></ul>'))
			.toMatchObject([{title: 'Gardens of state', kind: 'video', authors: ['Ada Quinn'], publisher: undefined,
				publishedAt: '2020'}, {title: 'Harbours of time', publisher: undefined, publishedAt: '2023'}]);
	});
});

describe('an owner opening a list item', () => {
	test('`Name\'s <a>Title</a>, a note` opens the item with its work, the name (a surname alone too) its author', () => {
		expect(read('<h2>Essays</h2><ul><li>Quinn\'s <a href="https://notes.example/gardens">Gardens of state</a>, the note '
			+ 'that started my garden</li><li>Ben Ortiz\'s <a href="https://notes.example/harbours">Harbours of time</a>, '
			+ 'short and kind</li><li>Today\'s <a href="https://news.example/1">Front page</a>, read at breakfast</li>'
			+ '</ul>'))
			.toMatchObject([{title: 'Gardens of state', authors: ['Quinn']},
				{title: 'Harbours of time', authors: ['Ben Ortiz']}]);
	});
});
