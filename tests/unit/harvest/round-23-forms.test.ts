import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

/** A Ghost bookmark card as Ghost renders it: the site in `kg-bookmark-author`, the author in its publisher field. */
const bookmark = (url: string, title: string, site: string, author: string) => '<figure class="kg-card '
	+ `kg-bookmark-card"><a class="kg-bookmark-container" href="${url}"><div class="kg-bookmark-content"><div `
	+ `class="kg-bookmark-title">${title}</div><div class="kg-bookmark-description">A garden, seen slowly.</div><div `
	+ `class="kg-bookmark-metadata"><span class="kg-bookmark-author">${site}</span><span class="kg-bookmark-publisher">`
	+ `${author}</span></div></div></a></figure>`;

describe('a Ghost bookmark card naming its site where the author stands', () => {
	test('the title\'s site suffix or prefix names the site: the other field is the author, the site no one', () => {
		expect(read(`<p>Two pages:</p>${bookmark('https://seeds.example/gardens', 'Gardens of State - Seedhouse',
			'Seedhouse', 'Ada Quinn')}${bookmark('https://github.com/AdaQuinn/garden-notes', 'GitHub - AdaQuinn/garden-notes: '
			+ 'Notes on gardens.', 'GitHub', 'AdaQuinn')}`))
			.toMatchObject([{title: 'Gardens of State', authors: ['Ada Quinn'], publisher: undefined},
				{title: 'AdaQuinn/garden-notes', authors: ['AdaQuinn'], publisher: undefined}]);
	});
});

describe('a link card\'s kind from its address', () => {
	test('a known host\'s work page, a page under `/courses/` or `/papers/`: a repository, a course, a paper', () => {
		expect(read(`<p>Three pages:</p>${bookmark('https://github.com/AdaQuinn/garden-notes', 'GitHub - AdaQuinn/'
			+ 'garden-notes: Notes on gardens.', 'GitHub', 'AdaQuinn')}${bookmark('https://seeds.example/fr/courses/'
			+ '12-gardens', 'Gardens of State - Seedhouse', 'Seedhouse', 'Ada Quinn')}${bookmark('https://quinn.example/'
			+ 'papers/harbours.pdf', 'Harbours of Time', 'quinn.example', 'Ben Ortiz')}`))
			.toMatchObject([{title: 'AdaQuinn/garden-notes', kind: 'repository'},
				{title: 'Gardens of State', kind: 'course'}, {title: 'Harbours of Time', kind: 'paper'}]);
	});
});

/** A table of works headed `Title | Author(s) | Type | Publisher / where`, a row each. */
const table = (...rows: string[][]) => '<table><tr><th>Title</th><th>Author(s)</th><th>Type</th><th>Publisher / where'
	+ `</th></tr>${rows.map(row => `<tr>${row.map(cell => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>`;

describe('a table\'s publisher cell', () => {
	test('closing on the year after a comma (`Publisher, 2016`): the publisher, then the year', () => {
		expect(read(table(['Gardens of State', 'Ada Quinn', 'BOOK', 'Seedhouse Press, 2016'],
			['Harbours of Time', 'Ben Ortiz', 'BOOK', 'Addison-Wesley, 2020'])))
			.toMatchObject([{title: 'Gardens of State', publisher: 'Seedhouse Press', publishedAt: '2016'},
				{title: 'Harbours of Time', publisher: 'Addison-Wesley', publishedAt: '2020'}]);
	});

	test('a course\'s: where it is given, its platform, no publisher', () => {
		expect(read(table(['Gardens of State', 'Ada Quinn', 'COURSE', 'Seedhouse'],
			['Harbours of Time', 'Ben Ortiz', 'BOOK', 'Seedhouse Press'])))
			.toMatchObject([{title: 'Gardens of State', kind: 'course', publisher: undefined},
				{title: 'Harbours of Time', kind: 'book', publisher: 'Seedhouse Press'}]);
	});
});

describe('a table\'s people cell closing on an editors\' mark', () => {
	test('`A, B (eds.)`: its names edited the work, none wrote it', () => {
		expect(read(table(['Gardens of State', 'Ada Quinn, Ben Ortiz (eds.)', 'BOOK', 'Seedhouse Press'],
			['Harbours of Time', 'Ben Ortiz', 'BOOK', 'Seedhouse Press'])))
			.toMatchObject([{title: 'Gardens of State', authors: undefined, contributors: [
				{name: 'Ada Quinn', role: 'editor'}, {name: 'Ben Ortiz', role: 'editor'}]},
			{title: 'Harbours of Time', authors: ['Ben Ortiz']}]);
	});
});

describe('a table\'s row typed as a repository', () => {
	test('`REPO`: a repository its people cell credits, hosted where its publisher cell says, no publisher', () => {
		expect(read(table(['<a href="https://github.com/AdaQuinn/garden-notes">AdaQuinn/garden-notes</a>', 'Ada Quinn',
			'REPO', 'GitHub'], ['Harbours of Time', 'Ben Ortiz', 'BOOK', 'Seedhouse Press'])))
			.toMatchObject([{title: 'AdaQuinn/garden-notes', kind: 'repository', authors: ['Ada Quinn'],
				publisher: undefined}, {title: 'Harbours of Time', authors: ['Ben Ortiz']}]);
	});
});

describe('a paper\'s venue and year in the sentence after its people', () => {
	test('`<a>Title</a> — Quinn, Ortiz. GardenConf 2015.`: the year the work\'s', () => {
		expect(read('<h2>Papers</h2><ul><li><a href="https://papers.example/1">Gardens at Scale</a> — Quinn, Ortiz, '
			+ 'Lee. GardenConf 2015.</li><li><a href="https://papers.example/2">Harbours of Time</a> — Ada Quinn, Ben '
			+ 'Ortiz. USENIX HTC 2014.</li></ul>'))
			.toMatchObject([{title: 'Gardens at Scale', authors: ['Quinn', 'Ortiz', 'Lee'], publishedAt: '2015'},
				{title: 'Harbours of Time', authors: ['Ada Quinn', 'Ben Ortiz'], publishedAt: '2014'}]);
	});
});

describe('a link\'s text quoting its title, then its venue and year', () => {
	test('`<a>"Title" (GardenConf EU 2023)</a>`: the title in the quotes, the year the work\'s', () => {
		expect(read('<h2>Watching</h2><ul><li><a href="https://videos.example/1">"Everything About Gardens Is Wrong" '
			+ '(GardenConf EU 2023)</a> — talk by Ada Quinn. 34 min.</li></ul>'))
			.toMatchObject([{title: 'Everything About Gardens Is Wrong', authors: ['Ada Quinn'], publishedAt: '2023'}]);
	});
});

describe('a show its hosts present', () => {
	test('`<a>Name</a> — weekly, hosted by A and B`: a podcast, whatever its title\'s words', () => {
		expect(read('<h2>Listening</h2><ul><li><a href="https://gardens.example/">Garden Talk from Seedhouse</a> — '
			+ 'weekly, hosted by Ada Quinn and Ben Ortiz.</li></ul>'))
			.toMatchObject([{title: 'Garden Talk from Seedhouse', kind: 'podcast', authors: ['Ada Quinn', 'Ben Ortiz']}]);
	});
});

describe('Indonesian fact labels', () => {
	test('`Penerjemah:`, `Penerbit:`, `Tahun terbit:` under a heading: the work\'s translator, publisher, year', () => {
		const book = (n: number, title: string, facts: string) => `<h3>${n}. ${title} – Ada Quinn</h3><p>Buku yang `
			+ `santai.</p><ul><li><strong>Penulis:</strong> Ada Quinn</li>${facts}</ul>`;
		expect(read(book(1, 'Kebun Negara', '<li><strong>Penerjemah:</strong> Budi Santoso</li><li><strong>Penerbit:'
			+ '</strong> Seedhouse Press</li><li><strong>Tahun terbit:</strong> 2021</li>') + book(2, 'Pelabuhan Waktu',
			'<li><strong>Penerbit:</strong> Harbour Books</li><li><strong>Tahun terbit:</strong> 2019</li>'), 'id'))
			.toMatchObject([{title: 'Kebun Negara', authors: ['Ada Quinn'],
				contributors: [{name: 'Budi Santoso', role: 'translator'}], publisher: 'Seedhouse Press',
				publishedAt: '2021'},
			{title: 'Pelabuhan Waktu', publisher: 'Harbour Books', publishedAt: '2019'}]);
	});
});

describe('a store button under a heading read as a work', () => {
	test('`Cek Harga di Store`, `Beli di Store` under `N. Title – Name`: the work\'s address', () => {
		const book = (n: number, title: string, button: string, url: string) => `<h3>${n}. ${title} – Ada Quinn</h3>`
			+ `<p>Buku yang santai.</p><ul><li><strong>Penerbit:</strong> Seedhouse Press</li></ul><div><a href="${url}">`
			+ `${button}</a></div>`;
		expect(read(book(1, 'Kebun Negara', 'Cek Harga di Seedshop', 'https://seedshop.example/kebun')
			+ book(2, 'Pelabuhan Waktu', 'Beli di Harbourmart', 'https://harbourmart.example/pelabuhan'), 'id'))
			.toMatchObject([{title: 'Kebun Negara', url: 'https://seedshop.example/kebun'},
				{title: 'Pelabuhan Waktu', url: 'https://harbourmart.example/pelabuhan'}]);
	});
});

describe('a translator\'s credit naming the language translated from', () => {
	test('`traduit de l\'anglais par Y`, `traducido del inglés por Y`: Y the translator', () => {
		expect(read('<p>J\'ai relu <em>Jardins d\'État</em>, d\'Ada Quinn (Seedhouse, 2009, traduit de l\'anglais par '
			+ 'Ben Ortiz). Un classique.</p><p>Y <em>Puertos del tiempo</em> de Cal Lee (Harbour, 2011, traducido del '
			+ 'inglés por Dana Ruiz).</p>', 'fr'))
			.toMatchObject([{title: 'Jardins d\'État', contributors: [{name: 'Ben Ortiz', role: 'translator'}]},
				{title: 'Puertos del tiempo', contributors: [{name: 'Dana Ruiz', role: 'translator'}]}]);
	});
});

describe('a talk\'s French appositive after its quoted title', () => {
	test('`« <a>Title</a> », conférence de X à Venue 2023`: X its speaker, the venue\'s year its year', () => {
		expect(read('<figure><iframe src="https://www.youtube.com/embed/abc123XYZ_0"></iframe><figcaption><p>« <a '
			+ 'href="https://www.youtube.com/watch?v=abc123XYZ_0">Les jardins par la pratique</a> », conférence de Ada '
			+ 'Quinn à GardenConf France 2023 (45 min).</p></figcaption></figure>', 'fr'))
			.toMatchObject([{title: 'Les jardins par la pratique', authors: ['Ada Quinn'], publishedAt: '2023'}]);
	});
});

describe('a link card\'s caption naming its people and year', () => {
	test('`Ada Quinn et Ben Ortiz, 2006. A note.` under a card by Ada Quinn: both its people, the year its', () => {
		const card = bookmark('https://quinn.example/papers/harbours.pdf', 'Harbours of Time', 'quinn.example',
			'Ada Quinn').replace('</a></figure>', '</a><figcaption><p>Ada Quinn et Ben Ortiz, 2006. Quarante pages.</p>'
			+ '</figcaption></figure>');
		expect(read(`<p>Un vieux papier :</p>${card}`, 'fr'))
			.toMatchObject([{title: 'Harbours of Time', authors: ['Ada Quinn', 'Ben Ortiz'], publishedAt: '2006'}]);
	});
});

describe('a heading\'s people named in full by a labelled line under it', () => {
	test('`N. Title – A & B` over `Penulis: A, B, C`, `– Ada Quinn` over `Penulis: Ada Y. Quinn`: the line\'s', () => {
		const book = (n: number, heading: string, people: string) => `<h3>${n}. ${heading}</h3><p>Buku yang santai.</p>`
			+ `<ul><li><strong>Penulis:</strong> ${people}</li><li><strong>Penerbit:</strong> Seedhouse Press</li></ul>`;
		expect(read(book(1, 'Kebun Negara – Ada Quinn &amp; Ben Ortiz', 'Ada Quinn, Ben Ortiz, Cal Lee')
			+ book(2, 'Pelabuhan Waktu – Dana Ruiz', 'Dana Y. Ruiz'), 'id'))
			.toMatchObject([{title: 'Kebun Negara', authors: ['Ada Quinn', 'Ben Ortiz', 'Cal Lee']},
				{title: 'Pelabuhan Waktu', authors: ['Dana Y. Ruiz']}]);
	});
});

describe('an Indonesian section heading', () => {
	test('the kind first, then what kind (`Buku Lanjutan (Setelah Bisa Ngoding)`): a section, no work by anyone', () => {
		const book = (n: number, title: string) => `<h3>${n}. ${title} – Ada Quinn</h3><p>Buku yang santai.</p><ul><li>`
			+ '<strong>Penerbit:</strong> Seedhouse Press</li></ul>';
		expect(read(`<h2>Buku Dasar</h2>${book(1, 'Kebun Negara')}<h2>Buku Lanjutan (Setelah Bisa Ngoding)</h2>`
			+ book(2, 'Pelabuhan Waktu'), 'id').map(work => work.title)).toEqual(['Kebun Negara', 'Pelabuhan Waktu']);
	});
});

describe('a title set apart, its school between it and the bracket naming its people', () => {
	test('`<b>Title</b> dari Harvard (Name)`, `<b>Title</b> from Harvard (Name)`: the title set apart, the name its', () => {
		expect(read('<ul><li><strong>Gardens Introduction</strong> dari Harvard (Ben J. Ortiz), bisa diikuti gratis.'
			+ '</li><li><strong>Harbours of Time</strong> from Seedhouse University (Ada Quinn), free.</li></ul>', 'id')
			.map(({title, authors}) => ({title, authors})))
			.toEqual([{title: 'Gardens Introduction', authors: ['Ben J. Ortiz']},
				{title: 'Harbours of Time', authors: ['Ada Quinn']}]);
	});
});

describe('Indonesian kind words', () => {
	test('`buku` book, `kursus` course: a section\'s heading says what its works are', () => {
		expect(read('<h2>Bonus: Kursus Gratis</h2><ol><li><a href="https://learn.example/86"><strong>Memulai Kebun'
			+ '</strong></a> dari Seedhouse — kelas gratis.</li></ol>', 'id'))
			.toMatchObject([{title: 'Memulai Kebun', url: 'https://learn.example/86', kind: 'course'}]);
	});
});

describe('an Indonesian byline', () => {
	test('`<a>Name</a> oleh Pak X`: `oleh` is `by`, the courtesy `Pak` no part of the name', () => {
		expect(read('<h2>Video</h2><ol><li>Channel YouTube <a href="https://www.youtube.com/@kebun">Kebun Kita</a> oleh '
			+ 'Pak Ada Quinn — playlist yang bagus.</li><li><a href="https://videos.example/2">Pelabuhan Waktu</a> oleh Bu '
			+ 'Dana Ruiz.</li></ol>', 'id'))
			.toMatchObject([{title: 'Kebun Kita', authors: ['Ada Quinn']},
				{title: 'Pelabuhan Waktu', authors: ['Dana Ruiz']}]);
	});
});
