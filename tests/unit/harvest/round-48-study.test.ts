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
