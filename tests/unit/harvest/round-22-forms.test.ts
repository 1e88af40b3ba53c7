import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('an outbound redirector on a two-word path', () => {
	test('`/redir/redirect?url=<address>` is read as its address', () => {
		const wrap = (address: string) => 'https://social.example/redir/redirect?url='
			+ `${encodeURIComponent(address)}&amp;urlhash=Ab1c`;
		expect(read(`<ul><li><a href="${wrap('https://books.example/gardens')}">Gardens of State</a> by Ada Quinn</li>`
			+ `<li><a href="${wrap('https://books.example/harbours')}">Harbours of Time</a> by Ben Ortiz</li></ul>`))
			.toMatchObject([{title: 'Gardens of State', url: 'https://books.example/gardens'},
				{title: 'Harbours of Time', url: 'https://books.example/harbours'}]);
	});
});

describe('a Japanese list item\'s credit after its 『title』', () => {
	test('all in one bracket: the people with their roles, the publisher, the year (`ほか` is no name)', () => {
		expect(read('<h2>おすすめ</h2><ul><li><a href="https://books.example/1">『庭の設計』</a>（山田花子著、'
			+ '佐藤一郎監訳、庭出版、2022年）…最初の一冊に。</li><li>『港の時間』（鈴木次郎 ほか、港書房、2021）</li></ul>', 'ja'))
			.toMatchObject([{title: '庭の設計', authors: ['山田花子'],
				contributors: [{name: '佐藤一郎', role: 'translator'}], publisher: '庭出版', publishedAt: '2022'},
			{title: '港の時間', authors: ['鈴木次郎'], publisher: '港書房', publishedAt: '2021'}]);
	});

	test('its colophon\'s fields parted by `／`, a year alone closing them', () => {
		expect(read('<h2>おすすめ</h2><ul><li>『庭の設計』アダ・クイン 著／山田花子・佐藤一郎 訳／庭出版／2021年</li>'
			+ '<li>『港の時間』ベン・オルティス 著／鈴木次郎 訳／港書房／2019年</li></ul>', 'ja'))
			.toMatchObject([{title: '庭の設計', authors: ['アダ・クイン'], contributors: [
				{name: '山田花子', role: 'translator'}, {name: '佐藤一郎', role: 'translator'}],
			publisher: '庭出版', publishedAt: '2021'},
			{title: '港の時間', authors: ['ベン・オルティス'], contributors: [{name: '鈴木次郎', role: 'translator'}],
				publisher: '港書房', publishedAt: '2019'}]);
	});
});

describe('a Japanese honorific after a name', () => {
	test('`さん` closing a labelled name is no part of it', () => {
		expect(read('<h2>講座</h2><ul><li><a href="https://courses.example/1">「庭の設計入門」</a>（講師：山田花子さん）</li>'
			+ '<li><a href="https://courses.example/2">「港の時間入門」</a>（講師：鈴木次郎さん）</li></ul>', 'ja'))
			.toMatchObject([{title: '庭の設計入門', authors: ['山田花子']}, {title: '港の時間入門', authors: ['鈴木次郎']}]);
	});
});

describe('Hebrew `של` (of) after a title', () => {
	test('two or three Hebrew words after `של` up to the clause\'s end are its maker', () => {
		expect(read('<h2>פודקאסטים</h2><ul><li><a href="https://pods.example/1">גנים של מדינה</a> של רן לוי – מומלץ מאוד.</li>'
			+ '<li><a href="https://pods.example/2">נמלי הזמן</a> של דנה בר – לשמוע בדרך.</li></ul>', 'he'))
			.toMatchObject([{title: 'גנים של מדינה', authors: ['רן לוי']}, {title: 'נמלי הזמן', authors: ['דנה בר']}]);
	});
});

describe('Hebrew `בהגשת` (hosted by) after a title', () => {
	test('its hosts, `ו` (and) joined to the second name', () => {
		expect(read('<h2>פודקאסטים</h2><ul><li><a href="https://pods.example/1">גנים ונמלים</a>, בהגשת רן לוי ודנה בר.</li>'
			+ '<li><a href="https://pods.example/2">נמלי הזמן</a>, בהגשת עמית כהן.</li></ul>', 'he'))
			.toMatchObject([{title: 'גנים ונמלים', authors: ['רן לוי', 'דנה בר']},
				{title: 'נמלי הזמן', authors: ['עמית כהן']}]);
	});
});

describe('Hebrew kind words', () => {
	test('`פודקאסט:` (podcast) labelling the works after it', () => {
		expect(read('<h2>לא רק ספרים</h2><p>🎧 <strong>פודקאסט:</strong> <a href="https://pods.example/1">גנים של מדינה</a> '
			+ 'של רן לוי – מומלץ מאוד, וגם <a href="https://pods.example/2">נמלי הזמן</a>, בהגשת דנה בר.</p>', 'he'))
			.toMatchObject([{title: 'גנים של מדינה', kind: 'podcast'}, {title: 'נמלי הזמן', kind: 'podcast'}]);
	});
});

describe('a Japanese show\'s hosts', () => {
	test('`（パーソナリティ：A・B）`: each Han name parted by `・` a host', () => {
		expect(read('<h2>ポッドキャスト</h2><ul><li><a href="https://pods.example/1">「庭の話をしよう」</a>（パーソナリティ：'
			+ '山田花子・佐藤一郎）。通勤中に。</li><li><a href="https://pods.example/2">「港の時間」</a>（パーソナリティ：鈴木次郎）</li></ul>',
		'ja')).toMatchObject([{title: '庭の話をしよう', authors: ['山田花子', '佐藤一郎']},
			{title: '港の時間', authors: ['鈴木次郎']}]);
	});
});
