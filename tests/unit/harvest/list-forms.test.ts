import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {parseCitation} from '../../../src/extract/harvest/citation.ts';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

const url = 'https://blog.example/posts/this-year/';
/** A post whose heading says it lists books, and one whose heading says nothing of what it lists. */
const page = (heading: string, body: string) => `<html><head><title>${heading}</title></head><body><article>
<h1>${heading}</h1><p>Here is what stayed with me, with a line on each where I had one to give.</p>${body}
<p>Thanks for reading.</p></article></body></html>`;
const read = (heading: string, body: string) => harvest(new JSDOM(page(heading, body), {url}).window.document, url)
	.map(w => ({title: w.title, authors: w.authors, publisher: w.publisher, publishedAt: w.publishedAt, url: w.url}));
const books = (body: string) => read('Books I loved this year', body);
const notes = (body: string) => read('Notes from the week', body);
const list = (...items: string[]) => `<ul>${items.map(item => `<li>${item}</li>`).join('')}</ul>`;

describe('the author after the title, written surname first', () => {
	test('`Title — Surname, Given` in a list of books: the author turned to natural order', () => {
		expect(books(list('Deep Work — Newport, Cal', 'The Pragmatic Programmer - Hunt, Andrew & Thomas, David',
			'Sapiens – Harari, Yuval Noah'))).toMatchObject([
			{title: 'Deep Work', authors: ['Cal Newport']},
			{title: 'The Pragmatic Programmer', authors: ['Andrew Hunt', 'David Thomas']},
			{title: 'Sapiens', authors: ['Yuval Noah Harari']},
		]);
	});

	test('two full names parted by a comma stay two people in natural order', () => {
		const items = list('Team Topologies — Matthew Skelton, Manuel Pais',
			'Accelerate — Nicole Forsgren, Jez Humble');
		expect(books(items)).toMatchObject([
			{title: 'Team Topologies', authors: ['Matthew Skelton', 'Manuel Pais']},
			{title: 'Accelerate', authors: ['Nicole Forsgren', 'Jez Humble']},
		]);
	});

	test('after a linked title the inverted name is one person, not two', () => {
		expect(notes(list('<a href="https://books.example/deep-work">Deep Work</a> — Newport, Cal',
			'<a href="https://books.example/atomic-habits">Atomic Habits</a> — Clear, James'))).toMatchObject([
			{title: 'Deep Work', authors: ['Cal Newport']}, {title: 'Atomic Habits', authors: ['James Clear']},
		]);
	});

	test('a place is written so too: `Title — City, Country` is none unless something says works are listed', () => {
		const places = list('Best croissant — Paris, France', 'Best pizza — Naples, Italy', 'Best tea — Kyoto, Japan');
		expect(notes(places)).toEqual([]);
		// (a year says it is a work's line)
		expect(notes(list('Deep Work — Newport, Cal, 2016', 'Atomic Habits — Clear, James, 2018'))).toMatchObject([
			{title: 'Deep Work', authors: ['Cal Newport'], publishedAt: '2016'},
			{title: 'Atomic Habits', authors: ['James Clear'], publishedAt: '2018'},
		]);
	});
});

describe('who else a list names after the title: a publisher, a collective credit', () => {
	test('`Title — Publisher` names the publisher, never an author, nor the publisher as a title', () => {
		expect(books(list("Learning Go — O'Reilly Media", "Programming Rust - O'Reilly Media, 2021",
			'Eloquent JavaScript — No Starch Press'))).toEqual([
			{title: 'Learning Go', authors: undefined, publisher: "O'Reilly Media", publishedAt: undefined},
			{title: 'Programming Rust', authors: undefined, publisher: "O'Reilly Media", publishedAt: '2021'},
			{title: 'Eloquent JavaScript', authors: undefined, publisher: 'No Starch Press', publishedAt: undefined},
		]);
		// (a list of sites is written so too: only a list said to be of works, or a year, makes it a work's line)
		expect(notes(list('The Verge — Vox Media', 'Polygon — Vox Media', 'Eater — Vox Media'))).toEqual([]);
		// (and `Title by Publisher`: a publisher is no author)
		expect(books(list("Learning Go by O'Reilly Media", "Programming Rust by O'Reilly Media, 2021"))).toMatchObject([
			{title: 'Learning Go', authors: undefined, publisher: "O'Reilly Media"},
			{title: 'Programming Rust', authors: undefined, publisher: "O'Reilly Media", publishedAt: '2021'},
		]);
		expect(notes(list('The Verge by Vox Media', 'Polygon by Vox Media'))).toEqual([]);
		// (under a title, `Name — Publisher, Year` is its credit line)
		expect(books('<h3>Stoner</h3><p><em>John Williams — New York Review Books, 1965</em></p>')).toMatchObject([
			{title: 'Stoner', authors: ['John Williams'], publisher: 'New York Review Books', publishedAt: '1965'},
		]);
	});

	test('a project credited as one (`The Go Authors`) is the author, linked or not; a team\'s line is no work', () => {
		expect(notes(list('The Go Programming Language Specification - The Go Authors',
			'The Rust Reference — The Rust Project Developers'))).toMatchObject([
			{title: 'The Go Programming Language Specification', authors: ['The Go Authors']},
			{title: 'The Rust Reference', authors: ['The Rust Project Developers']},
		]);
		const k8s = '<a href="https://kubernetes.io/docs/">Kubernetes Documentation</a> — Kubernetes Contributors';
		expect(notes(list(k8s,
			'<a href="https://go.dev/doc/effective_go">Effective Go</a> — The Go Authors'))).toMatchObject([
			{title: 'Kubernetes Documentation', authors: ['Kubernetes Contributors']},
			{title: 'Effective Go', authors: ['The Go Authors']},
		]);
		expect(notes(list('Ann Lee — Design Team', 'Bob Stone — Platform Team', 'Carol King — Core Team'))).toEqual([]);
	});
});

describe('MLA lines with the publisher left out: `Surname, Given. Title. Year.`', () => {
	test('read in a list of such lines, the people turned to natural order and the year kept', () => {
		expect(notes(list('Newport, Cal. Deep Work. 2016.', 'Clear, James. Atomic Habits. 2018.',
			'Harari, Yuval Noah. Sapiens. 2014.'))).toEqual([
			{title: 'Deep Work', authors: ['Cal Newport'], publisher: undefined, publishedAt: '2016'},
			{title: 'Atomic Habits', authors: ['James Clear'], publisher: undefined, publishedAt: '2018'},
			{title: 'Sapiens', authors: ['Yuval Noah Harari'], publisher: undefined, publishedAt: '2014'},
		]);
	});

	test('one such line in running text is no list; nothing but the year may follow the title', () => {
		expect(notes('<p>A long paragraph of thoughts on focus, of its own, about nothing much.</p>'
			+ '<p>Newport, Cal. Deep Work. 2016.</p>')).toEqual([]);
		const bare = parseCitation('Newport, Cal. Deep Work. 2016.', [], true);
		expect(bare).toMatchObject({title: 'Deep Work', authors: ['Cal Newport'], publishedAt: '2016'});
		expect(parseCitation('Newport, Cal. Deep Work. 2016.')).toBeUndefined();
		expect(parseCitation('Paris, France. It was lovely there in 2016.', [], true)).toBeUndefined();
		expect(parseCitation('Paris, France. It was lovely. 2016 was a good year.', [], true)).toBeUndefined();
	});
});

describe('the people first, then a link', () => {
	test('`Name — <a>Title</a>`: the link is the title and its address the work\'s, written either way round', () => {
		const dw = '<a href="https://books.example/deep-work">Deep Work</a>';
		const ah = '<a href="https://books.example/atomic-habits">Atomic Habits</a>';
		const works = [
			{title: 'Deep Work', authors: ['Cal Newport'], url: 'https://books.example/deep-work'},
			{title: 'Atomic Habits', authors: ['James Clear'], url: 'https://books.example/atomic-habits'},
		];
		expect(notes(list(`Cal Newport — ${dw}`, `James Clear — ${ah}`))).toMatchObject(works);
		expect(books(list(`Newport, Cal — ${dw}`, `Clear, James — ${ah}`))).toMatchObject(works);
	});
});

describe('how lists set their people apart', () => {
	test('`Title | Name | Year`: the bars part the title, the people and the year', () => {
		expect(notes(list('Deep Work | Cal Newport | 2016', 'Atomic Habits | James Clear | 2018'))).toMatchObject([
			{title: 'Deep Work', authors: ['Cal Newport'], publishedAt: '2016'},
			{title: 'Atomic Habits', authors: ['James Clear'], publishedAt: '2018'},
		]);
		// (a menu's bars are no list of works)
		expect(notes(list('Home | About | 2024', 'Blog | Contact | 2025'))).toEqual([]);
	});

	test('names set in capitals are said as a reader says them; the title keeps its capitals', () => {
		const shouted = list('DEEP WORK by CAL NEWPORT', 'THE HOBBIT by J. R. R. TOLKIEN', 'Learning Go by JON BODNER');
		expect(notes(shouted)).toMatchObject([
			{title: 'DEEP WORK', authors: ['Cal Newport']},
			{title: 'THE HOBBIT', authors: ['J. R. R. Tolkien']},
			{title: 'Learning Go', authors: ['Jon Bodner']},
		]);
	});
});

describe('Chinese lists without 《》 or spaces', () => {
	test('`三体——刘慈欣`: the unspaced Chinese dash parts the title and a name opening with a surname', () => {
		expect(notes(list('三体——刘慈欣', '活着——余华'))).toMatchObject([
			{title: '三体', authors: ['刘慈欣']}, {title: '活着', authors: ['余华']},
		]);
		// (after it a few Han characters say as often what the work is)
		expect(notes(list('三体——科幻', '活着——文学'))).toEqual([]);
	});

	test('`《三体》/ 刘慈欣`: a slash after the title parts its people as a dash does', () => {
		expect(notes(list('《三体》/ 刘慈欣', '《活着》／余华'))).toMatchObject([
			{title: '三体', authors: ['刘慈欣']}, {title: '活着', authors: ['余华']},
		]);
	});
});

describe('a byline\'s people, and where they end', () => {
	const a = (title: string, slug: string) => `<a href="https://books.example/${slug}">${title}</a>`;

	test('`by Newport, Cal`: one name written surname first, turned; `by Cal Newport, David Allen` stays two', () => {
		expect(notes(list(`${a('Deep Work', 'dw')} by Newport, Cal`, 'Atomic Habits by Clear, James'))).toMatchObject([
			{title: 'Deep Work', authors: ['Cal Newport']}, {title: 'Atomic Habits', authors: ['James Clear']},
		]);
		expect(notes(list(`${a('A Book', 'ab')} by Cal Newport, David Allen`, `${a('B Book', 'bb')} by Ann Lee`)))
			.toMatchObject([
				{title: 'A Book', authors: ['Cal Newport', 'David Allen']}, {title: 'B Book', authors: ['Ann Lee']},
			]);
	});

	test('`by Name, Publisher, Year`: the part before the year is the publisher; a full name is a co-author', () => {
		expect(notes(list(`${a('Deep Work', 'dw')} by Cal Newport, Grand Central, 2016`,
			`${a('Atomic Habits', 'ah')} by James Clear, Avery, 2018`,
			`${a('The Pragmatic Programmer', 'pp')} by Andrew Hunt, David Thomas, 1999`))).toMatchObject([
			{title: 'Deep Work', authors: ['Cal Newport'], publisher: 'Grand Central', publishedAt: '2016'},
			{title: 'Atomic Habits', authors: ['James Clear'], publisher: 'Avery', publishedAt: '2018'},
			{title: 'The Pragmatic Programmer', authors: ['Andrew Hunt', 'David Thomas'], publisher: undefined},
		]);
	});
});

describe('a linked work\'s year and publisher, read from its own item', () => {
	const a = (title: string, slug: string) => `<a href="https://books.example/${slug}">${title}</a>`;

	test('`<a>Title</a> (2016) by Name`: a year in brackets right after the title is the work\'s', () => {
		const dated = list(`${a('Deep Work', 'dw')} (2016) by Cal Newport`,
			`${a('Atomic Habits', 'ah')} (2018) by James Clear`);
		expect(notes(dated)).toMatchObject([
			{title: 'Deep Work', publishedAt: '2016'}, {title: 'Atomic Habits', publishedAt: '2018'},
		]);
		// (it makes no link a work by itself)
		const trip = '<p>I wrote about <a href="https://other.example/post">a trip to Rome</a> (2016) last spring.</p>';
		expect(notes(trip)).toEqual([]);
	});

	test('`<a>Title</a> — Name (Publisher, Month Year)`: any publisher, and the month', () => {
		expect(notes(list(`${a('Atomic Habits', 'ah')} — James Clear (Avery, October 2018)`,
			`${a('Deep Work', 'dw')} — Cal Newport (Piatkus, 2016)`))).toMatchObject([
			{title: 'Atomic Habits', authors: ['James Clear'], publisher: 'Avery', publishedAt: '2018-10'},
			{title: 'Deep Work', authors: ['Cal Newport'], publisher: 'Piatkus', publishedAt: '2016'},
		]);
	});
});

test('an edition note in brackets after an unlinked title is no part of it, nor a stop before its people', () => {
	const noted = list('Clean Code (2nd edition) - Robert C. Martin', 'Refactoring (2nd Edition) – Martin Fowler');
	expect(notes(noted)).toMatchObject([
		{title: 'Clean Code', authors: ['Robert C. Martin']}, {title: 'Refactoring', authors: ['Martin Fowler']},
	]);
});

describe('`Name, Title` items that only their list says are works', () => {
	test('siblings written so read author first, in a post that says nothing of works', () => {
		expect(notes(list('Cal Newport, Deep Work', 'James Clear, Atomic Habits', 'Yuval Noah Harari, Sapiens'))).toMatchObject([
			{title: 'Deep Work', authors: ['Cal Newport']}, {title: 'Atomic Habits', authors: ['James Clear']},
			{title: 'Sapiens', authors: ['Yuval Noah Harari']},
		]);
		// (the title-first list still reads title first)
		expect(notes(list('Deep Work, Cal Newport', 'Atomic Habits, James Clear'))).toMatchObject([
			{title: 'Deep Work', authors: ['Cal Newport']}, {title: 'Atomic Habits', authors: ['James Clear']},
		]);
	});

	test('never a lone item, an organisation after the name, nor a list under a heading naming people', () => {
		expect(notes(list('Yuval Noah Harari, Sapiens'))).toEqual([]);
		expect(notes(list('Jane Doe, Acme Labs', 'John Roe, Initech Systems', 'Ann Lee, Globex Group'))).toEqual([]);
		expect(read('Our speakers', list('Jane Doe, Data Science', 'John Roe, Platform Engineering', 'Ann Lee, Design')))
			.toEqual([]);
	});
});

describe('one word after a dash: a publisher when a list of them says so', () => {
	test('a publisher\'s one-word name (`— Manning`) in a post that says nothing of works', () => {
		const items = list("Learning Go — O'Reilly", 'Grokking Algorithms - Manning', 'Rust in Action — Manning');
		expect(notes(items)).toEqual([
			{title: 'Learning Go', authors: undefined, publisher: "O'Reilly", publishedAt: undefined, url: undefined},
			{title: 'Grokking Algorithms', authors: undefined, publisher: 'Manning', publishedAt: undefined,
				url: undefined},
			{title: 'Rust in Action', authors: undefined, publisher: 'Manning', publishedAt: undefined, url: undefined},
		]);
	});

	test('a word no list knows is the publisher when the list repeats it, not an author-first title', () => {
		const repeated = list('Learning Go — Heinemann', 'Grokking Algorithms - Heinemann', 'Deep Work — Cal Newport');
		expect(books(repeated)).toMatchObject([
			{title: 'Learning Go', publisher: 'Heinemann'}, {title: 'Grokking Algorithms', publisher: 'Heinemann'},
			{title: 'Deep Work', authors: ['Cal Newport']},
		]);
		// (said once, it names no publisher: it may be a nickname, a place, a one-word title)
		expect(books(list('Learning Go — Heinemann', 'Deep Work — Cal Newport', 'Rust in Action — Manning')))
			.not.toContainEqual(expect.objectContaining({publisher: 'Heinemann'}));
		// (nor in a post that says nothing of works: a list of sites and their owners is written so)
		expect(notes(list('WordPress — Automattic', 'Tumblr — Automattic', 'Gravatar — Automattic'))).toEqual([]);
	});
});

describe('a catalogue line after a 《》 title: fields parted by spaced slashes', () => {
	const read = (body: string) => harvest(new JSDOM(page('书单', body), {url}).window.document, url)
		.map(w => ({title: w.title, authors: w.authors, contributors: w.contributors, publisher: w.publisher}));
	test('`[国籍] A / B 译 / 出版社 / 年`: A wrote it, B translated it, not both translators', () => {
		expect(read(list('《百年孤独》 [哥伦比亚] 加西亚·马尔克斯 / 范晔 译 / 南海出版公司 / 2011',
			'《霍乱时期的爱情》 [哥伦比亚] 加西亚·马尔克斯 / 杨玲 译 / 南海出版公司 / 2012'))).toMatchObject([
			{title: '百年孤独', authors: ['加西亚·马尔克斯'], contributors: [{name: '范晔', role: 'translator'}],
				publisher: '南海出版公司'},
			{title: '霍乱时期的爱情', authors: ['加西亚·马尔克斯'], contributors: [{name: '杨玲', role: 'translator'}],
				publisher: '南海出版公司'},
		]);
	});
	test('co-translators joined without spaces stay translators', () => {
		expect(read(list('《追风筝的人》 [美] 卡勒德·胡赛尼 著 / 李继宏/王旭 译 / 上海人民出版社 / 2006'))[0]).toMatchObject({
			authors: ['卡勒德·胡赛尼'], contributors: [{name: '李继宏', role: 'translator'}, {name: '王旭', role: 'translator'}],
		});
	});
});

describe('a list vouches for its pen names: Han names in the place its other items name their authors', () => {
	const read = (body: string) => harvest(new JSDOM(page('书单', body), {url}).window.document, url)
		.map(w => [w.title, w.authors]);
	test('after the title, before it, with a comma or a dash', () => {
		expect(read(list('《活着》，余华', '《呼兰河传》，萧红', '《骆驼祥子》，老舍', '《呐喊》，鲁迅'))).toEqual([
			['活着', ['余华']], ['呼兰河传', ['萧红']], ['骆驼祥子', ['老舍']], ['呐喊', ['鲁迅']],
		]);
		expect(read(list('余华《活着》', '路遥《平凡的世界》', '刘慈欣《三体》'))).toEqual([
			['活着', ['余华']], ['平凡的世界', ['路遥']], ['三体', ['刘慈欣']],
		]);
		expect(read(list('《活着》—— 余华', '《平凡的世界》—— 路遥', '《三体》—— 刘慈欣'))).toEqual([
			['活着', ['余华']], ['平凡的世界', ['路遥']], ['三体', ['刘慈欣']],
		]);
	});
	test('never a word about the book, nor a name the list does not vouch for', () => {
		expect(read(list('《活着》余华', '《三体》刘慈欣', '《平凡的世界》必读'))[2]).toEqual(['平凡的世界', undefined]);
		expect(read(list('余华《活着》', '刘慈欣《三体》', '推荐《平凡的世界》'))[2]).toEqual(['平凡的世界', undefined]);
		expect(read(list('《平凡的世界》，路遥', '《围城》'))).toEqual([['平凡的世界', undefined], ['围城', undefined]]);
	});
});

test('one Han character between title marks is a whole title: `《蛙》`, `《家》`', () => {
	const read = (body: string) => harvest(new JSDOM(page('书单', body), {url}).window.document, url)
		.map(w => [w.title, w.authors]);
	expect(read(list('《蛙》莫言 著', '《家》巴金 著', '《活着》余华 著'))).toEqual([['蛙', ['莫言']], ['家', ['巴金']], ['活着', ['余华']]]);
	// (a one-letter link text stays none)
	expect(read(list('<a href="https://books.example/x">X</a> — a note', '<a href="https://books.example/y">书</a>'))).toEqual([]);
});

describe('English list lines: initials run together, a translator\'s `by`, a hyphen inside the title', () => {
	test('`J.R.R. Tolkien`, `C.S. Lewis` are names', () => {
		expect(books(list('The Hobbit by J.R.R. Tolkien', 'The Screwtape Letters by C.S. Lewis', 'Dune by Frank Herbert')))
			.toMatchObject([
				{title: 'The Hobbit', authors: ['J.R.R. Tolkien']},
				{title: 'The Screwtape Letters', authors: ['C.S. Lewis']},
				{title: 'Dune', authors: ['Frank Herbert']},
			]);
	});
	test('a translator\'s `by` ends no title; a hyphen inside a word is no dash', () => {
		expect(books(list('Sapiens, Yuval Noah Harari (translated by John Purcell)', 'The Three-Body Problem, Cixin Liu (translated by Ken Liu)'))
			.map(w => w.title)).toEqual(['Sapiens', 'The Three-Body Problem']);
	});
});

describe('an editor\'s mark after a name', () => {
	test('is a word of its own: a name ending in `ed` keeps it', () => {
		expect(readPost('<h2>Books</h2><ul><li><a href="https://books.example/a">The Slow Garden</a> by Dan Reed</li>'
			+ '<li><a href="https://books.example/b">Harbour Lights</a> by Mohammed Ahmed</li>'
			+ '<li><a href="https://books.example/c">Essays</a> by Ann Lee (ed.)</li></ul>').map(w => w.authors))
			.toEqual([['Dan Reed'], ['Mohammed Ahmed'], ['Ann Lee']]);
	});
});

describe('a serial comma', () => {
	test('before the last name parts nothing: `by A, B, and C` names three', () => {
		expect(readPost('<h2>Books</h2><ul><li><a href="https://books.example/a">The Slow Garden</a> by Ada Quinn, '
			+ 'Ben Ortiz, and Cleo Hart. A long read.</li><li><a href="https://books.example/b">Harbour Lights</a> by '
			+ 'Dan Ross</li></ul>').map(w => w.authors))
			.toEqual([['Ada Quinn', 'Ben Ortiz', 'Cleo Hart'], ['Dan Ross']]);
	});
});

describe('a film set apart', () => {
	test('its studio and year in brackets, then `directed by`: its makers, a video', () => {
		expect(readPost('<h2>Also on our radar</h2><ul><li><strong>Watch:</strong> <em>The Slow Garden</em> (Netflix, '
			+ '2020), directed by Ada Quinn and Ben Ortiz. Yes, still.</li></ul>')).toEqual([
			{title: 'The Slow Garden', url: undefined, kind: 'video', authors: ['Ada Quinn', 'Ben Ortiz'],
				contributors: undefined, publisher: 'Netflix', publishedAt: '2020'}]);
	});
});

describe('an audiobook\'s reader', () => {
	test('`read by X` after its translator names its narrator', () => {
		expect(readPost('<h2>For your ears</h2><p>Walking the canal with <strong><em>The Slow Garden</em></strong> by Ada '
			+ 'Quinn, translated by Ben Ortiz and read by Cleo Hart (Tide Books, 2016). Unabridged, 7 hours.</p>'))
			.toMatchObject([{title: 'The Slow Garden', authors: ['Ada Quinn'],
				contributors: [{name: 'Ben Ortiz', role: 'translator'}, {name: 'Cleo Hart', role: 'narrator'}]}]);
	});
});

describe('a title set apart after its owner', () => {
	test('`Name’s <em>Title</em> (Publisher, edition Year)` names its author, publisher and year', () => {
		expect(readPost('<p>What finally clicked was Ada Quinn’s <em>The Slow Garden</em> (“the green book”, Tide '
			+ 'Press, 2nd ed. 2014). Very slow and very explicit.</p><p>For the practice, Ben Ortiz’s <em>Harbour Lights</em> '
			+ '(Packt, 3rd edition 2024) is worth a look too.</p><p>Also Appel’s <em>Compilers</em> is good.</p>'))
			.toEqual([
				{title: 'The Slow Garden', url: undefined, kind: 'book', authors: ['Ada Quinn'],
					contributors: undefined, publisher: 'Tide Press', publishedAt: '2014'},
				{title: 'Harbour Lights', url: undefined, kind: 'book', authors: ['Ben Ortiz'], contributors: undefined,
					publisher: 'Packt', publishedAt: '2024'}]);
	});
});
