import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('a library catalogue\'s table of new titles', () => {
	test('creator headings a line each, an ISBD imprint, an edition after the link, a format under the location', () => {
		expect(read('<table><thead><tr><th>Title</th><th>Author / Creator</th><th>Publication</th><th>Call number</th>'
			+ '<th>Location &amp; format</th></tr></thead><tbody>'
			+ '<tr><td><a href="https://cat.example/record/1">Garden paths : a field guide to parsing</a> <span>Second '
			+ 'edition.</span></td><td>Quinn, Ada M., 1961- author.<br>Ortiz, Ben, author.</td><td>Cambridge, UK ; '
			+ 'Boston, MA : Lark Press, [2019]</td><td>QA76.9 .Q56 2019</td><td>Main Library, New Books shelf<br>Book</td>'
			+ '</tr><tr><td><a href="https://cat.example/record/2">Collected lectures on types</a></td><td>Hale, Rosa, '
			+ 'editor.</td><td>New York : Finch, 2021</td><td>QA76.7 .C65 2021</td><td><a href="https://proxy.example/'
			+ 'login?url=https://books.example/1">Online access</a><br>E-book</td></tr>'
			+ '<tr><td><a href="https://cat.example/record/3">Tidewater</a></td><td>Lund, Greta, film director, film '
			+ 'producer.</td><td>[United States] : Harbor Pictures, [2017]</td><td>GV1 .T53 2017</td><td>Media Center'
			+ '<br>Video (DVD)</td></tr></tbody></table>'))
			.toEqual([
				{title: 'Garden paths: a field guide to parsing', url: 'https://cat.example/record/1', kind: 'book',
					authors: ['Ada M. Quinn', 'Ben Ortiz'], contributors: undefined, publisher: 'Lark Press',
					publishedAt: '2019'},
				{title: 'Collected lectures on types', url: 'https://cat.example/record/2', kind: 'book',
					authors: undefined, contributors: [{name: 'Rosa Hale', role: 'editor'}], publisher: 'Finch',
					publishedAt: '2021'},
				{title: 'Tidewater', url: 'https://cat.example/record/3', kind: 'video', authors: ['Greta Lund'],
					contributors: undefined, publisher: 'Harbor Pictures', publishedAt: '2017'},
			]);
	});
});

describe('a Japanese Markdown table of books', () => {
	test('a header of 書籍 / 著者 / 出版社 names the columns of linked titles', () => {
		expect(read('<h2>インフラ</h2><table><thead><tr><th>書籍</th><th>著者</th><th>出版社</th><th>ひとこと</th></tr>'
			+ '</thead><tbody><tr><td><a href="https://books.example/jp/1">庭の設計入門</a></td><td>山田太郎、佐藤花子</td>'
			+ '<td>技術評論社</td><td>最初の一冊に</td></tr><tr><td><a href="https://books.example/jp/2">網の本</a></td>'
			+ '<td>鈴木一郎</td><td>オーム社</td><td>辞書として</td></tr></tbody></table>', 'ja'))
			.toMatchObject([
				{title: '庭の設計入門', url: 'https://books.example/jp/1', kind: 'book', authors: ['山田太郎', '佐藤花子'],
					publisher: '技術評論社'},
				{title: '網の本', url: 'https://books.example/jp/2', kind: 'book', authors: ['鈴木一郎'], publisher: 'オーム社'},
			]);
	});
});

describe('speaker cards', () => {
	const card = (speaker: string, role: string, heading: string, meta: string, after = '') =>
		`<article class="talk-card"><div class="talk-card__body"><p>${speaker}</p><p>${role}</p><h3>${heading}</h3>`
		+ `<p class="talk-card__meta"><span>${meta}</span> · <span>30 min</span></p><p>Why: a favourite.</p>${after}`
		+ '</div></article>';

	test('the name over the heading is its speaker, `Venue Year · 30 min` under it its year; a `▶ Watch` button', () => {
		const linked = card('Ada Quinn', 'Founder, Garden Works',
			'<a href="https://talks.example/talks/garden">Growing a Garden</a>', 'PLCon 2012');
		const buttoned = card('Ben Ortiz &amp; Cleo Park', 'Harbor Labs', 'Debugging in the Dark', 'Clojure/conj 2015',
			'<a class="btn" href="https://www.youtube.com/watch?v=abc123">▶ Watch</a>');
		expect(read(`<h2>Talks to watch</h2><section>${linked}${buttoned}</section>`))
			.toMatchObject([
				{title: 'Growing a Garden', url: 'https://talks.example/talks/garden', authors: ['Ada Quinn'],
					publishedAt: '2012'},
				{title: 'Debugging in the Dark', url: 'https://www.youtube.com/watch?v=abc123', kind: 'video',
					authors: ['Ben Ortiz', 'Cleo Park'], publishedAt: '2015'},
			]);
	});

	test('a card\'s `Picked by Name:` names who chose the work, not who made it', () => {
		expect(read('<h3>Debugging in the Dark</h3><p>Picked by Omar: still the best hour on the subject.</p>'
			+ '<p><a href="https://www.youtube.com/watch?v=abc123">Watch now</a></p>'))
			.toMatchObject([{title: 'Debugging in the Dark', url: 'https://www.youtube.com/watch?v=abc123',
				authors: undefined}]);
	});
});

describe('a Japanese post\'s credits under a book\'s heading', () => {
	test('`A、B 著／C 訳／Publisher／2012年6月` quoted under a linked heading: roles after names, the month', () => {
		expect(read('<h3>1. <a href="https://www.amazon.co.jp/dp/4000000001">庭の設計入門</a></h3><blockquote><p>Ada Quinn、'
			+ 'Ben Ortiz 著／山田太郎 訳／オライリー・ジャパン／2012年6月</p></blockquote><p>定番中の定番。</p>'
			+ '<h3>2. <a href="https://www.amazon.co.jp/dp/4000000002">網の本</a></h3><blockquote><p>上田勲 著／秀和システム'
			+ '／2016年3月</p></blockquote>', 'ja'))
			.toMatchObject([
				{title: '庭の設計入門', authors: ['Ada Quinn', 'Ben Ortiz'], contributors: [{name: '山田太郎',
					role: 'translator'}], publisher: 'オライリー・ジャパン', publishedAt: '2012-06'},
				{title: '網の本', authors: ['上田勲'], publisher: '秀和システム', publishedAt: '2016-03'},
			]);
	});

	test('a list of `著者：`, `出版社：`, `発売日：` under an unlinked heading labels one book\'s facts', () => {
		expect(read('<h3>3. 良い庭／悪い庭で学ぶ設計入門</h3><ul><li>著者：仙塲大也</li><li>出版社：技術評論社</li>'
			+ '<li>発売日：2022/4/30</li></ul><p>通称「庭本」。<a href="https://www.amazon.co.jp/dp/4000000003">Amazon</a></p>',
		'ja'))
			.toMatchObject([{title: '良い庭／悪い庭で学ぶ設計入門', url: 'https://www.amazon.co.jp/dp/4000000003',
				authors: ['仙塲大也'], publisher: '技術評論社', publishedAt: '2022-04-30'}]);
	});
});

describe('a Polish card\'s labelled lines', () => {
	test('`Autorzy:`, `Tłumaczenie:`, `Wydawnictwo:`, `Rok wydania:` under a „quoted” numbered heading', () => {
		expect(read('<h3>1. „Ogród liczb. Wydanie II”</h3><p><strong>Autorzy:</strong> Anna Nowak, Jan Kowalski<br>'
			+ '<strong>Tłumaczenie:</strong> Piotr Wiśniewski<br><strong>Wydawnictwo:</strong> Helion<br>'
			+ '<strong>Rok wydania:</strong> 2021</p><p>Klasyk, który wszyscy cytują.</p>', 'pl'))
			.toMatchObject([{title: 'Ogród liczb. Wydanie II', kind: 'book', authors: ['Anna Nowak', 'Jan Kowalski'],
				contributors: [{name: 'Piotr Wiśniewski', role: 'translator'}], publisher: 'Helion',
				publishedAt: '2021'}]);
	});
});

describe('a Polish list\'s links and buttons', () => {
	test('a `Sprawdź cenę w Helionie` button under a card\'s labelled lines is its page', () => {
		expect(read('<h3>1. „Ogród liczb”</h3><p>Autor: Anna Nowak<br>Wydawnictwo: Helion<br>Rok wydania: 2014</p>'
			+ '<p>Klasyk.</p><div><a href="https://helion.pl/ksiazki/ogrod-liczb,ogrlic.htm">Sprawdź cenę w Helionie</a>'
			+ '</div>', 'pl'))
			.toMatchObject([{title: 'Ogród liczb', url: 'https://helion.pl/ksiazki/ogrod-liczb,ogrlic.htm',
				authors: ['Anna Nowak'], publisher: 'Helion', publishedAt: '2014'}]);
	});

	test('`<a>Title</a>, autor: Name – comment`: the label\'s name ends at the spaced dash', () => {
		expect(read('<h3>Szybciej</h3><ul><li><a href="https://helion.pl/ksiazki/mityczny-ogrod,mitogr.htm">Mityczny '
			+ 'ogród</a>, autor: Frederick P. Brooks Jr. – stara, ale wciąż aktualna.</li></ul>', 'pl'))
			.toMatchObject([{title: 'Mityczny ogród', authors: ['Frederick P. Brooks Jr.']}]);
	});
});

describe('a link card', () => {
	test('a bookmark card\'s title line is the work, its author and publisher fields its facts', () => {
		expect(read('<p>I then read the clocks paper properly:</p><figure class="kg-card kg-bookmark-card"><a '
			+ 'class="kg-bookmark-container" href="https://papers.example/pubs/garden.pdf"><div class="kg-bookmark-'
			+ 'content"><div class="kg-bookmark-title">Gardens, Paths, and the Ordering of Seeds</div><div class="kg-'
			+ 'bookmark-description">The concept of one seed growing before another is examined.</div><div class="kg-'
			+ 'bookmark-metadata"><span class="kg-bookmark-author">Ada Quinn</span><span class="kg-bookmark-publisher">'
			+ 'Communications of the ACM</span></div></div></a></figure>'))
			.toEqual([{title: 'Gardens, Paths, and the Ordering of Seeds', url: 'https://papers.example/pubs/garden.pdf',
				kind: 'paper', authors: ['Ada Quinn'], contributors: undefined, publisher: 'Communications of the ACM',
				publishedAt: undefined}]);
	});
});

describe('an embedded talk\'s caption', () => {
	test('`"Title" by Name (Venue Year)` under a player names the video it plays, and its year', () => {
		expect(read('<p>Make it this talk; I have watched it three times:</p><figure class="kg-card kg-embed-card">'
			+ '<iframe src="https://www.youtube.com/embed/abc123XYZ_0?feature=oembed" title="Growing a Garden"></iframe>'
			+ '<figcaption><p><span>"Growing a Garden" by Ada Quinn (PLCon 2015)</span></p></figcaption></figure>'))
			.toMatchObject([{title: 'Growing a Garden', url: 'https://www.youtube.com/watch?v=abc123XYZ_0', kind: 'video',
				authors: ['Ada Quinn'], publishedAt: '2015'}]);
	});
});

describe('courses named in a sentence', () => {
	test('a school\'s possessive before a link (`MIT\'s <a>6.5840: …</a>`) makes it a course, its number no date', () => {
		expect(read('<p>Alongside the papers I worked through MIT\'s <a href="https://pdos.example.edu/6.824/">6.5840: '
			+ 'Distributed Gardens</a> on my own, labs and all.</p>'))
			.toMatchObject([{title: '6.5840: Distributed Gardens', url: 'https://pdos.example.edu/6.824/',
				kind: 'course', authors: undefined}]);
	});

	test('`Name\'s <a>…</a> series` is the person\'s lessons: a course', () => {
		expect(read('<p>What I did do was Ada Quinn\'s <a href="https://quinn.example/zero-to-garden.html">Seeds: Zero '
			+ 'to Garden</a> series, writing every line myself.</p>'))
			.toMatchObject([{title: 'Seeds: Zero to Garden', kind: 'course', authors: ['Ada Quinn']}]);
	});
});

describe('a Japanese sentence\'s talk and course', () => {
	test('`Nameさんの講演「<a>…</a>」（2020年）`: the speaker\'s talk, its year', () => {
		expect(read('<h2>番外編</h2><p>和田太郎さんの講演「<a href="https://slides.example/wada/garden">庭と速さ</a>」'
			+ '（2020年）は全員に見てもらっています。</p>', 'ja'))
			.toMatchObject([{title: '庭と速さ', url: 'https://slides.example/wada/garden', kind: 'video',
				authors: ['和田太郎'], publishedAt: '2020'}]);
	});

	test('`<a>…</a>（Udemy、講師：Name）`: the label after `、` names the teacher, up to the closing bracket', () => {
		expect(read('<p>入門として <a href="https://www.udemy.com/course/garden-k/">ゼロから学ぶ庭入門</a>（Udemy、講師：かめ '
			+ 'れい）もわかりやすかったです。</p>', 'ja'))
			.toMatchObject([{title: 'ゼロから学ぶ庭入門', kind: 'course', authors: ['かめ れい']}]);
	});
});

describe('who teaches or hosts, in Polish', () => {
	test('`(prowadzący: A i B)` after a course, `<a>Show</a>, który prowadzi X`', () => {
		expect(read('<h2>Nie tylko książki</h2><p>Z kursów online najwięcej dał mi <a href="https://www.coursera.org/'
			+ 'learn/gardens-part1">Gardens, Part I</a> z Princeton (prowadzący: Anna Nowak i Jan Kowalski) – darmowy. '
			+ 'Do słuchania polecam podcast <a href="https://garden.example/category/podcast/">GardenTalk</a>, który '
			+ 'prowadzi Piotr Wiśniewski.</p>', 'pl'))
			.toMatchObject([
				{title: 'Gardens, Part I', kind: 'course', authors: ['Anna Nowak', 'Jan Kowalski']},
				{title: 'GardenTalk', kind: 'podcast', authors: ['Piotr Wiśniewski']},
			]);
	});
});

describe('works named in prose', () => {
	test('`<em>Title</em>, Name\' small primer`: a name ending in s owns its work with the apostrophe alone', () => {
		expect(read('<p>I also reread <em>Thinking in Gardens</em>, Ada Meadows\' small primer, which is the best '
			+ 'argument I know for drawing boxes.</p>'))
			.toMatchObject([{title: 'Thinking in Gardens', kind: 'book', authors: ['Ada Meadows']}]);
	});
});

describe('a show the writer listens to', () => {
	test('`I mostly listened to <a>…</a>` is a podcast, even under a heading that reads as people to follow', () => {
		expect(read('<h2>Working with people</h2><p>On walks I mostly listened to <a href="https://www.garden-radio.'
			+ 'example/">Garden Engineering Radio</a>, cherry-picking episodes from the back catalogue.</p>'))
			.toMatchObject([{title: 'Garden Engineering Radio', url: 'https://www.garden-radio.example/',
				kind: 'podcast'}]);
	});
});

describe('an imprint in a comment', () => {
	test('`Publisher, Year.` as a sentence of its own under a `„Title” – Author` heading is its imprint', () => {
		expect(read('<h3>3. „Ogród. Wydanie II” – Anna Nowak</h3><p>Katalog z przykładami (w pierwszym wydaniu była '
			+ 'Java). Helion, 2019. Czytam ją wyrywkowo, jak słownik.</p><h3>4. „Sad” – Jan Kowalski</h3><p>Ciężka, ale '
			+ 'dobra.</p>', 'pl'))
			.toMatchObject([
				{title: 'Ogród. Wydanie II', authors: ['Anna Nowak'], publisher: 'Helion', publishedAt: '2019'},
				{title: 'Sad', authors: ['Jan Kowalski'], publisher: undefined, publishedAt: undefined},
			]);
	});
});

describe('a title recommended in a sentence, its author in the genitive', () => {
	test('`polecam … „Title” Vaughna Vernona`: told to read, the man\'s name in the nominative', () => {
		expect(read('<p>Ciężka, ale dobra. Na start polecam zamiast niej krótsze „Gardening Domain Design” Vaughna '
			+ 'Vernona (po angielsku).</p>', 'pl'))
			.toMatchObject([{title: 'Gardening Domain Design', kind: 'book', authors: ['Vaughn Vernon']}]);
	});

	test('`прочитайте «…» Фредерика Брукса`: in Cyrillic too; a woman\'s name is left unread', () => {
		expect(read('<p>Обязательно прочитайте «Мифический сад» Фредерика Брукса — книге почти пятьдесят лет.</p>'
			+ '<p>Прочитайте «Тихий сад» Анны Ивановой, если успеете.</p>', 'ru'))
			.toMatchObject([{title: 'Мифический сад', authors: ['Фредерик Брукс']},
				{title: 'Тихий сад', authors: undefined}]);
	});
});

describe('a title closing on a bracket it opened', () => {
	test('`…の基礎知識【増補改訂版】` keeps its closing bracket; a title wrapped whole in 《》 still loses both', () => {
		expect(read('<h2>インフラ</h2><table><thead><tr><th>書籍</th><th>著者</th><th>出版社</th></tr></thead><tbody><tr><td>'
			+ '<a href="https://books.example/jp/3">［試して理解］庭のしくみ【増補改訂版】</a></td><td>武内覚</td><td>技術評論社</td>'
			+ '</tr><tr><td><a href="https://books.example/jp/4">《庭の本》</a></td><td>山田太郎</td><td>オーム社</td></tr>'
			+ '</tbody></table>', 'ja').map(w => w.title))
			.toEqual(['［試して理解］庭のしくみ【増補改訂版】', '庭の本']);
	});
});
