import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('emphasis set by a span\'s inline style', () => {
	test('`<span style="font-style:italic">` sets a title apart as `<i>` does', () => {
		expect(read('<p>Start with <a href="https://books.example/harbours">Harbours of Time</a> by Ben Ortiz. After '
			+ 'that, <span style="font-style:italic">Gardens of State</span> by Ada Quinn, slower but deeper.</p>'))
			.toMatchObject([{title: 'Harbours of Time', authors: ['Ben Ortiz']},
				{title: 'Gardens of State', authors: ['Ada Quinn']}]);
	});
});

describe('a work set out as a caption\'s emoji-led lines', () => {
	test('the book emoji\'s line is the title, the writing hand\'s the authors, the others translator and imprint', () => {
		expect(read('<p>📖 <b>Harbours of Time</b><br>✍️ Ben Ortiz<br>🔁 Translated by Ada Quinn<br>🏷️ Northwind · 2021'
			+ '<br>💬 Slow, and worth it.</p><p>📕 <a href="https://books.example/gardens"><b>Gardens of State</b></a><br>'
			+ '✍️ Cleo Marsh<br>💬 A second read.</p>')).toMatchObject([
			{title: 'Harbours of Time', kind: 'book', authors: ['Ben Ortiz'],
				contributors: [{name: 'Ada Quinn', role: 'translator'}], publisher: 'Northwind', publishedAt: '2021'},
			{title: 'Gardens of State', url: 'https://books.example/gardens', authors: ['Cleo Marsh']}]);
	});
});

describe('a translator credited in brackets after the byline', () => {
	test('`<i>Title</i> af A (oversat af B)` and `by A (translated by B)`: B translated, A wrote', () => {
		expect(read('<ul><li><i>Havnens lys</i> af Ida Holm (oversat af Per Lund)</li>'
			+ '<li><i>Harbours of Time</i> by Ben Ortiz (translated by Ada Quinn)</li></ul>', 'da')).toMatchObject([
			{title: 'Havnens lys', authors: ['Ida Holm'], contributors: [{name: 'Per Lund', role: 'translator'}]},
			{title: 'Harbours of Time', authors: ['Ben Ortiz'],
				contributors: [{name: 'Ada Quinn', role: 'translator'}]}]);
	});
});

describe('a citation `Name: <i>Title</i>. Credits. House, Year.` with the name in natural order', () => {
	test('the name is the author, `Suom.` credits the translator, the house and year close the line', () => {
		expect(read('<ul><li>Leena Aho: <i>Meren valo</i>. Suom. Pekka Salo. Otava, 2015.</li>'
			+ '<li>Ben Ortiz: <i>Harbours of Time</i>. Northwind, 2019.</li></ul>', 'fi')).toMatchObject([
			{title: 'Meren valo', authors: ['Leena Aho'], contributors: [{name: 'Pekka Salo', role: 'translator'}],
				publisher: 'Otava', publishedAt: '2015'},
			{title: 'Harbours of Time', authors: ['Ben Ortiz'], publisher: 'Northwind', publishedAt: '2019'}]);
	});
});

describe('the author in the genitive right before the title', () => {
	test('Finnish: `Leena Ahon ja Pekka Salon <a>…</a>`, `Ben Ortizin <i>…</i>` name Leena Aho, Pekka Salo, Ben Ortiz', () => {
		expect(read('<p>Aloita lukemalla Leena Ahon ja Pekka Salon <a href="https://books.example/meri">Meren valo</a> '
			+ '(Otava, 2015).</p><p>Sen jälkeen Ben Ortizin <i>Harbours of Time</i>, joka on yhä paras johdatus.</p>', 'fi'))
			.toMatchObject([{title: 'Meren valo', authors: ['Leena Aho', 'Pekka Salo']},
				{title: 'Harbours of Time', authors: ['Ben Ortiz']}]);
	});
	test('Danish: `Ida Holms <a>…</a>` names Ida Holm; what a name owns in lower case is no title', () => {
		expect(read('<ul><li>Ida Holms <a href="https://books.example/havn">Havnens lys</a> – den jeg giver væk</li>'
			+ '<li>Per Lunds <a href="https://lund.example/arkiv">artikelarkiv</a>, når du vil slå noget op</li>'
			+ '</ul>', 'da')).toEqual([expect.objectContaining({title: 'Havnens lys', authors: ['Ida Holm']})]);
	});
});

describe('kinds named in Finnish and the Nordic languages', () => {
	test('`Kurssit` heads courses, `puhe` and `foredrag` name talks', () => {
		expect(read('<h2>Kurssit</h2><ol><li><a href="https://learn.example/perusteet">Ohjelmoinnin perusteet</a> – '
			+ 'alusta asti, omaan tahtiin.</li><li><a href="https://learn.example/sql">Tietokannat</a> – SQL ja '
			+ 'mallinnus.</li></ol>', 'fi')).toMatchObject([{title: 'Ohjelmoinnin perusteet', kind: 'course'},
			{title: 'Tietokannat', kind: 'course'}]);
		expect(read('<h2>Foredrag</h2><ul><li><a href="https://talks.example/lytte">Om at lytte</a> – 18 minutter, '
			+ 'der ændrede noget.</li></ul>', 'da')).toMatchObject([{title: 'Om at lytte', kind: 'video'}]);
	});
});

describe('a show\'s hosts in Finnish', () => {
	test('`<a>…</a>-podcastia, jota juontavat A ja B` and `<a>…</a> (juontajana C)`: a podcast and its hosts', () => {
		expect(read('<p>Suosittelen <a href="https://koodikulma.example/">Koodikulma</a>-podcastia, jota juontavat '
			+ 'Leena Aho ja Pekka Salo. Englanniksi <a href="https://shows.example/podcast">Night Shift</a> (juontajana '
			+ 'Ben Ortiz) sopii aloittelijoille.</p>', 'fi')).toMatchObject([
			{title: 'Koodikulma', kind: 'podcast', authors: ['Leena Aho', 'Pekka Salo']},
			{title: 'Night Shift', kind: 'podcast', authors: ['Ben Ortiz']}]);
	});
});

describe('a work\'s emoji alone before its link, as captions lead a line', () => {
	test('`🎧 <a>…</a> fra Network med Host`: a podcast, its network and host', () => {
		expect(read('<p>🎧 <a href="https://radio.example/lyd/havet">Havet</a> fra Radio Nord med Ida Holm – en halv time om '
			+ 'ugen.</p>', 'da')).toMatchObject([{title: 'Havet', kind: 'podcast', authors: ['Ida Holm'],
			publisher: 'Radio Nord'}]);
	});
});

describe('`Name – <i>Title</i>` in a list whose titles are one word each', () => {
	test('the title set apart settles the order: the names are its author', () => {
		expect(read('<ul><li>Ida Holm – <i>Havet</i> (Lindhardt, 2015)</li><li>Per Lund – <i>Skoven</i> '
			+ '(Gyldendal, 2019)</li></ul>', 'da')).toMatchObject([
			{title: 'Havet', authors: ['Ida Holm'], publishedAt: '2015'},
			{title: 'Skoven', authors: ['Per Lund'], publisher: 'Gyldendal', publishedAt: '2019'}]);
	});
});

describe('a talk\'s labelled line citing its speaker first', () => {
	test('`🎤 Foredrag: Name, <a>"Title"</a> (Venue Year)` and `Talk: Name, <a>Title</a> (Venue Year)`', () => {
		expect(read('<p>🎤 Foredrag: Ida Holm, <a href="https://talks.example/lytte">"Om at lytte"</a> (Nordic Talks '
			+ '2019). En halv time værd.</p><p>Talk: Ben Ortiz, <a href="https://talks.example/tides">Tides of Code</a> '
			+ '(Harbour Conf 2021). Still the best intro.</p>', 'da')).toMatchObject([
			{title: 'Om at lytte', authors: ['Ida Holm'], publishedAt: '2019'},
			{title: 'Tides of Code', authors: ['Ben Ortiz'], publishedAt: '2021'}]);
	});
});

describe('the owner in the genitive after a dash, before the kind of work', () => {
	test('`<a>…</a> – Leena Ahon kurssi …` names Leena Aho; a school\'s genitive names no one', () => {
		expect(read('<h2>Kurssit</h2><ul><li><a href="https://learn.example/web">Web alusta</a> – Leena Ahon kurssi '
			+ 'Reactista ja Nodesta.</li><li><a href="https://learn.example/data">Data ja me</a> – Turun yliopiston '
			+ 'datakurssi, ei vaadi ohjelmointia.</li></ul>', 'fi')).toMatchObject([
			{title: 'Web alusta', kind: 'course', authors: ['Leena Aho']},
			{title: 'Data ja me', kind: 'course', authors: undefined}]);
	});
});

describe('the year and house the prose after a work owned in the genitive gives', () => {
	test('`… vuodelta 2015`, `Otava julkaisi suomennoksen 2018`', () => {
		expect(read('<p>Ja se yksi puhe: Leena Ahon <i>Meren ääni</i> Nordic Dev -konferenssista vuodelta 2015.</p>'
			+ '<p>Sen jälkeen Ben Ortizin <i>Harbours of Time</i>, joka on yhä paras. Otava julkaisi suomennoksen 2018.</p>',
		'fi')).toMatchObject([{title: 'Meren ääni', authors: ['Leena Aho'], publishedAt: '2015'},
			{title: 'Harbours of Time', authors: ['Ben Ortiz'], publisher: 'Otava', publishedAt: '2018'}]);
	});
});
