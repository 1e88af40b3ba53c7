import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (works: ReturnType<typeof readPost>) =>
	works.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt]);
const ulasan = '<p>Buku ini saya baca dua kali, dan selalu ada hal baru yang saya catat.</p>';


describe('round 48: a video channel recommended by its link', () => {
	test('a link to a channel\'s page is a video work; one worded as a place, or beside a social profile, is not', () => {
		const works = readPost('<h2>Watch</h2><ul><li>Video essays: <a href="https://www.youtube.com/@maplecodes">Maple '
			+ 'Codes</a>, short lessons on parsing.</li><li>Sorting, drawn: <a href="https://example.org/sorting">Sorting '
			+ 'Explained</a> by Ann Lee</li></ul><p>Our old talks are on <a href="https://www.youtube.com/@ourmeetup">our '
			+ 'YouTube channel</a>.</p><p>Follow <a href="https://www.youtube.com/@ourclub">Club Live</a> and our page on '
			+ '<a href="https://www.facebook.com/ourclub">Facebook</a>.</p>', 'en');
		expect(works.map(w => [w.title, w.kind])).toEqual([['Maple Codes', 'video'], ['Sorting Explained', 'book']]);
	});
});

describe('round 48: an Indonesian list of books, each credited under its numbered heading', () => {
	test('`Name, alih bahasa X. House, Year.`, `Karya A dan B (House, Year)`, `Name — penerjemah X — House, Year`', () => {
		expect(facts(readPost(`<h2>1. Jalan Sunyi</h2><p>Ayu Lestari, alih bahasa Budi Hartono. Pustaka Senja, 2020.</p>`
			+ ulasan
			+ `<h2>2. Kota Tanpa Jam</h2><p>Karya Rina Wulandari dan Dewi Anggraini (Pustaka Senja, 2017)</p>${ulasan}`
			+ `<h2>3. Laut di Atas Meja</h2><p>Tomas Berg — penerjemah A. Siregar — Nusa Aksara, 2015</p>${ulasan}`, 'id')))
			.toEqual([
				['Jalan Sunyi', ['Ayu Lestari'], [{name: 'Budi Hartono', role: 'translator'}], 'Pustaka Senja', '2020'],
				['Kota Tanpa Jam', ['Rina Wulandari', 'Dewi Anggraini'], undefined, 'Pustaka Senja', '2017'],
				['Laut di Atas Meja', ['Tomas Berg'], [{name: 'A. Siregar', role: 'translator'}], 'Nusa Aksara',
					'2015'],
			]);
	});

	test('`Oleh Name. Edisi … terbitan House (Year).`: a byline, then who published the edition', () => {
		expect(facts(readPost(`<h2>4. Uang dan Kita</h2><p>Oleh Hana Putri. Edisi Indonesia terbitan Penerbit Lentera (2022).`
			+ `</p>${ulasan}`, 'id'))).toEqual([['Uang dan Kita', ['Hana Putri'], undefined, 'Penerbit Lentera', '2022']]);
	});

	test('a show `bersama` its host, a channel the line calls a podcast; a linked title the prose credits stays whole', () => {
		const works = readPost('<h2>Untuk didengar</h2><ul><li>Podcast <a href="https://www.youtube.com/@ruangbincang">Ruang '
			+ 'Bincang</a> bersama Sari Nugroho. Obrolan santai tiap minggu.</li><li>Video "<a href="https://www.ted.com/talks/'
			+ 'why_we_wait">Why We Wait for the Last Minute</a>" oleh Leo Hart (2019). Singkat dan lucu.</li></ul>', 'id');
		expect(works.map(w => [w.title, w.kind, w.authors, w.url])).toEqual([
			['Ruang Bincang', 'podcast', ['Sari Nugroho'], 'https://www.youtube.com/@ruangbincang'],
			['Why We Wait for the Last Minute', 'video', ['Leo Hart'], 'https://www.ted.com/talks/why_we_wait'],
		]);
	});
});

const avis = '<p>Un livre que je fais lire à mes élèves chaque année, chapitre par chapitre.</p>';

describe('round 48: a title in bold, its credit broken over two lines', () => {
	test('`<b><i>Title</i></b> — Name<br>House, Year · note`: the names end with their line', () => {
		expect(facts(readPost('<h3>Plus loin</h3><p><strong><em>La Mer intérieure</em></strong> — Claire Dumas<br>'
			+ `Minuit, 2011 · <a href="https://editeur.example/mer">fiche</a></p>${avis}<p><strong><em>Le Temps long</em>`
			+ `</strong> — Hugo Laine<br>trad. Anne et Marc Vidal · Les Presses du large, 2014</p>${avis}`, 'fr'))).toEqual([
			['La Mer intérieure', ['Claire Dumas'], undefined, 'Minuit', '2011'],
			['Le Temps long', ['Hugo Laine'], [{name: 'Anne Vidal', role: 'translator'},
				{name: 'Marc Vidal', role: 'translator'}], 'Les Presses du large', '2014'],
		]);
	});

	test('`<b>1. <a>Title</a></b><br>A, B III & C — House, Year`, and a house a list knows after the name', () => {
		const why = '<p>The one I would keep if I could keep only one, and the one I lend most.</p>';
		expect(facts(readPost(`<h2>Books</h2><p><strong>1. <a href="https://www.amazon.com/dp/0000000001">Tidal Minds</a>`
			+ '</strong><br>Ann B. Cole, Tom R. Hale III &amp; Lu C. Park — Quay Press, 2014</p>' + why
			+ `<p><strong>2. Small Steps</strong><br>Dana K. Holt, Harper Business, 2019</p>${why}`))).toEqual([
			['Tidal Minds', ['Ann B. Cole', 'Tom R. Hale III', 'Lu C. Park'], undefined, 'Quay Press', '2014'],
			['Small Steps', ['Dana K. Holt'], undefined, 'Harper Business', '2019'],
		]);
	});

	test('a titled link with its year in a record\'s note is the work of the people named before it', () => {
		const works = readPost('<h3>Plus loin</h3><p><strong><em>La Mer intérieure</em></strong> — Claire Dumas<br>Minuit, '
			+ `2011</p>${avis}<p>Et pour finir, l’article de Léon Garnier <a href="https://revue.example/ports.htm"><q>Les `
			+ 'ports francs</q></a> (1998), court et clair.</p>', 'fr');
		expect(works.map(w => [w.title, w.kind, w.authors, w.publishedAt, w.url])).toEqual([
			['La Mer intérieure', 'book', ['Claire Dumas'], '2011', undefined],
			['Les ports francs', 'article', ['Léon Garnier'], '1998', 'https://revue.example/ports.htm'],
		]);
	});
});

describe('round 48: a Japanese list of books, each credited under its numbered heading', () => {
	test('labelled fields parted by full-width slashes or spaces; roles after names, the imprint in brackets or after', () => {
		const why = '<p>数式が少なく、通勤中に少しずつ読み進められた一冊です。</p>';
		expect(facts(readPost(`<h3>① 『数の森』</h3><p>著者：森川一郎／出版社：青葉書房／発売：2015年</p>${why}`
			+ `<h3>② 『かたちの科学』</h3><p>山口花子 著（白樺社、2019年）</p>${why}`
			+ `<h3>③ 『比べる技術』</h3><p>著：川村健\u3000出版社：北星堂（2011年）</p>${why}`
			+ `<h3>④ 『測る入門』</h3><p>大野真 著、青葉書房、2021年。副題は「はじめての計測」。</p>${why}`, 'ja'))).toEqual([
			['数の森', ['森川一郎'], undefined, '青葉書房', '2015'],
			['かたちの科学', ['山口花子'], undefined, '白樺社', '2019'],
			['比べる技術', ['川村健'], undefined, '北星堂', '2011'],
			['測る入門', ['大野真'], undefined, '青葉書房', '2021'],
		]);
	});

	test('a title in corner brackets, a note in brackets after them, is what the corner brackets hold', () => {
		expect(facts(readPost('<h3>⑥ 『確率の話』（基礎数学Ⅱ）</h3><p>北海大学数学教室 編／北海大学出版会／1995年</p>'
			+ '<p>古い本ですが、いまでも定番の教科書です。</p>', 'ja'))).toEqual([
			['確率の話', undefined, [{name: '北海大学数学教室', role: 'editor'}], '北海大学出版会', '1995'],
		]);
	});

	test('a table headed `書名 | 著者・訳者 | 出版社 | 発売年`, each role after its names on a line of its own', () => {
		expect(facts(readPost('<h2>実践書</h2><table><thead><tr><th>書名</th><th>著者・訳者</th><th>出版社</th><th>発売年</th>'
			+ '</tr></thead><tbody><tr><td><a href="https://books.example.jp/1">表計算で学ぶ</a></td><td>Mia Kohl 著<br>'
			+ '森田一・川口二郎 訳</td><td>青葉書房</td><td>2016</td></tr><tr><td>図で考える</td><td>石井明 著</td>'
			+ '<td>白樺社</td><td>2020</td></tr></tbody></table>', 'ja'))).toEqual([
			['表計算で学ぶ', ['Mia Kohl'], [{name: '森田一', role: 'translator'}, {name: '川口二郎', role: 'translator'}], '青葉書房',
				'2016'],
			['図で考える', ['石井明'], undefined, '白樺社', '2020'],
		]);
	});
});

describe('round 48: a list post\'s sections', () => {
	test('a section headed as the books the writer does not recommend names none', () => {
		const works = readPost('<h2>おすすめの本</h2><h3>① 『数の森』</h3><p>著者：森川一郎／出版社：青葉書房／発売：2015年</p>'
			+ '<p>最初の一冊に。</p><h2>初学者にはおすすめしない本</h2><p>山本花子『重たい理論』（北星堂）は名著ですが、前提が多すぎます。</p>',
		'ja');
		expect(works.map(w => w.title)).toEqual(['数の森']);
	});

	test('a full name alone under a numbered heading, among credited siblings, is the heading\'s work\'s author', () => {
		expect(facts(readPost(`<h2>1. Jalan Sunyi</h2><p>Karya Ayu Lestari (Pustaka Senja, 2020)</p>${ulasan}`
			+ `<h2>2. Catatan Pagi</h2><p>Dimas P. Hadi</p>${ulasan}`, 'id'))).toEqual([
			['Jalan Sunyi', ['Ayu Lestari'], undefined, 'Pustaka Senja', '2020'],
			['Catatan Pagi', ['Dimas P. Hadi'], undefined, undefined, undefined],
		]);
	});
});

describe('round 48: a Japanese list of free materials, each labelled with its kind', () => {
	test('`講座：` labels a course; `YouTube：` before a channel a video', () => {
		const works = readPost('<h2>無料教材</h2><ul><li><strong>講座：</strong><a href="https://learn.example.jp/stats/">はじめての'
			+ '統計</a>（毎週1本、10分ほどの動画）</li><li><strong>YouTube：</strong><a href="https://www.youtube.com/@tokeich">統計'
			+ 'チャンネル</a>（解説動画）</li></ul>', 'ja');
		expect(works.map(w => [w.title, w.kind])).toEqual([['はじめての統計', 'course'], ['統計チャンネル', 'video']]);
	});

	test('`論文：「Title」A & B（Year）の<a>PDF</a>`: a paper cited by its title in corner brackets, its link where to read it', () => {
		const works = readPost('<h2>無料教材</h2><ul><li><strong>論文：</strong>「標本の大きさについての覚え書き」Moreau &amp; Ishii'
			+ '（2019）の<a href="https://papers.example.org/note.pdf">日本語訳PDF</a>。短くて読みやすい文書です。</li></ul>', 'ja');
		expect(works.map(w => [w.title, w.kind, w.authors, w.publishedAt, w.url])).toEqual([
			['標本の大きさについての覚え書き', 'paper', ['Moreau', 'Ishii'], '2019', 'https://papers.example.org/note.pdf'],
		]);
	});
});


describe('round 48: a heading\'s book, its credit opening the comment under it', () => {
	test('`A & B — House, 3rd ed., 2015. A comment… <a>the book\'s site</a>`: the link is where the heading\'s book is', () => {
		const works = readPost('<h2>Part 2</h2><h3>Machines and Their Minds</h3><p>Ada K. Lund &amp; Piet R. Olsen — Harbor '
			+ 'Press, 3rd ed., 2015. Long but worth it. The exercises are on <a href="https://machines.example.edu/">the book\'s '
			+ 'site</a>.</p>');
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt, w.url])).toEqual([
			['Machines and Their Minds', ['Ada K. Lund', 'Piet R. Olsen'], 'Harbor Press', '2015', 'https://machines.example.edu/'],
		]);
	});
});
