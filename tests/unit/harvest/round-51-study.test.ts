import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://forum.example.org/thread/1234';
const page = (body: string, lang = 'en') => {
	const html = `<html lang="${lang}"><head><title>Thread</title></head><body>${body}</body></html>`;
	return harvest(new JSDOM(html, {url}).window.document, url);
};

describe('round 51: a thread set as a run of boxes classed a post, signatures under them', () => {
	const post = (id: number, text: string, signature = '') => `<div class="post" id="post${id}">`
		+ `<div class="post-heading">2026-11-14 #${id}</div><div class="post_message">${text}</div>`
		+ (signature ? `<div class="signature">__________<br>${signature}</div>` : '') + '</div>';
	const long = 'I have read a great deal about the period over the years and this one stays with me. '.repeat(4);
	test('every post is read, not only the longest one; a signature\'s link is no recommendation', () => {
		const works = page('<div id="page"><h1>Books on the Thirty Years War?</h1><div id="posts">'
			+ post(1, 'Any readable books on the war? Thanks in advance!')
			+ post(2, 'If you want one that reads like a novel: <i>The Thirty Years War</i> by C. V. Wedgwood (Jonathan Cape, 1938).',
				'My channel: <a href="https://video.example.com/@someone">video.example.com/@someone</a>')
			+ post(3, long) + '</div></div>');
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt]))
			.toEqual([['The Thirty Years War', ['C. V. Wedgwood'], 'Jonathan Cape', '1938']]);
	});
});

describe('round 51: a list item whose fields are parted by commas, its note after a spaced dash', () => {
	const read = (body: string) => {
		const at = 'https://school.example.it/2026/06/letture';
		const html = `<html lang="it"><head><title>Letture</title></head><body><article><h1>Letture estive</h1>${body}`
			+ '</article></body></html>';
		return harvest(new JSDOM(html, {url: at}).window.document, at);
	};
	test('`Author, Title, trad. di X, House – note`: the translator before the house; a house named like a person', () => {
		const works = read('<h2>Per l’estate</h2><ul>'
			+ '<li>Anna Verdi, Il mare d’inverno, Sellerio – per chi ama il mistero.</li>'
			+ '<li>John Brook, La casa sul lago, trad. di Lucia Neri, Salani – ne abbiamo parlato in classe.</li>'
			+ '<li>Marta Bruni, Storie del bosco, Feltrinelli Kids.</li></ul>');
		expect(works.map(w => [w.title, w.authors, w.contributors, w.publisher])).toEqual([
			['Il mare d’inverno', ['Anna Verdi'], undefined, 'Sellerio'],
			['La casa sul lago', ['John Brook'], [{name: 'Lucia Neri', role: 'translator'}], 'Salani'],
			['Storie del bosco', ['Marta Bruni'], undefined, 'Feltrinelli Kids'],
		]);
	});
	test('a sentence with commas is no such item', () => {
		expect(read('<ul><li>Leggete molto, ogni giorno, Ragazzi – mi raccomando.</li></ul>')).toEqual([]);
	});
});

describe('round 51: a reading site\'s list of its own book pages, each title over its linked byline and a note', () => {
	const at = 'https://books.example.fr/liste/42/polars';
	const read = (body: string) => {
		const html = `<html lang="fr"><head><title>Liste</title></head><body><div id="content"><h1>Polars</h1>${body}`
			+ '</div></body></html>';
		return harvest(new JSDOM(html, {url: at}).window.document, at);
	};
	const entry = (n: number, title: string, people: string, note: string) => `<div class="entry"><div>${n}</div>`
		+ `<div class="cover"><a href="/livres/${n}"><img src="/c/${n}.jpg" alt=""></a></div><div class="infos">`
		+ `<a href="/livres/${n}" class="title">${title}</a><div class="by">${people}</div><span>4,1/5</span>`
		+ `<div class="list_comment"><p>${note}</p></div></div></div>`;
	const who = (name: string) => `<a href="/auteur/${encodeURIComponent(name)}">${name}</a>`;
	test('`<a>Title</a>` over `de <a>Name</a> et <a>Name</a>`: the site\'s own page is the work, the names its authors', () => {
		const works = read(entry(1, 'La Femme en vert', `de ${who('Arnaldur Indriðason')}`,
			'Mon préféré. Traduit de l’islandais par Éric Boury (Métailié, 2006). À lire.')
			+ entry(2, 'Roseanna', `de ${who('Maj Sjöwall')} et ${who('Per Wahlöö')}`, 'Les pionniers, dès 1965.'));
		expect(works.map(w => [w.title, w.url, w.authors, w.contributors, w.publisher, w.publishedAt])).toEqual([
			['La Femme en vert', 'https://books.example.fr/livres/1', ['Arnaldur Indriðason'],
				[{name: 'Éric Boury', role: 'translator'}], 'Métailié', '2006'],
			['Roseanna', 'https://books.example.fr/livres/2', ['Maj Sjöwall', 'Per Wahlöö'], undefined, undefined,
				undefined],
		]);
	});
	test('a reader\'s comment names its writer: still chrome, its book no recommendation', () => {
		const note = 'Le Département V, des enquêteurs placardisés au sous-sol, beaucoup d’humour noir et une intrigue solide.';
		const works = read(entry(1, 'Miséricorde', `de ${who('Jussi Adler-Olsen')}`, note)
			+ entry(2, 'Le Bonhomme de neige', `de ${who('Jo Nesbø')}`, note)
			+ '<div class="comment"><a href="/membre/9">Kafkaiette</a> <p>J’ajouterais Snjór (Éditions de la Martinière, '
			+ '2016) de Ragnar Jónasson.</p></div>');
		expect(works.map(w => w.title)).toEqual(['Miséricorde', 'Le Bonhomme de neige']);
	});
	test('a link alone over a line that links no person is no byline', () => {
		expect(read('<div><a href="/livres/1">Nos nouveautés</a></div><div>de <a href="/rayon/polar">Polar</a></div>'))
			.toEqual([]);
	});
});

describe('round 51: words that only look like a date or a credit', () => {
	const at = 'https://list.example.org/list/7';
	test('`Sunvault`, `Monitoring…` open with no weekday; `Wild-Built` closes with no credit; a weekday alone is a date', () => {
		const body = '<h1>Solarpunk</h1><ol>'
			+ '<li><a href="https://books.example.com/b/1">Sunvault: Stories of Solarpunk</a> by Phoebe Wagner</li>'
			+ '<li><a href="https://books.example.com/b/2">A Psalm for the Wild-Built</a> by Becky Chambers</li>'
			+ '<li><a href="https://books.example.com/b/3">Monday</a> by Someone Else</li></ol>';
		const doc = new JSDOM(`<html><body><article>${body}</article></body></html>`, {url: at}).window.document;
		expect(harvest(doc, at).map(w => w.title)).toEqual(['Sunvault: Stories of Solarpunk', 'A Psalm for the Wild-Built']);
	});
});

describe('round 51: a Japanese question page and its answers\' books in corner brackets', () => {
	const at = 'https://qa.example.jp/question/123';
	const answers = (ld: boolean, body: string) => {
		const data = ld ? '<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage"}</script>'
			: '';
		const html = `<html lang="ja"><head><title>大人になってから日本史を学び直したいです。</title>${data}</head><body><main>`
			+ `<h1>大人になってから日本史を学び直したいです。</h1><p>教科書は続きません。</p>${body}</main></body></html>`;
		return harvest(new JSDOM(html, {url: at}).window.document, at)
			.map(w => [w.title, w.kind, w.authors, w.publisher]);
	};
	test('its data says it is a question\'s page: a linked show in an answer is a work', () => {
		const body = '<p>通勤中に<a href="https://radio.example.fm/">COTEN RADIO</a>もおすすめです。</p>';
		expect(answers(true, body).map(([title]) => title)).toEqual(['COTEN RADIO']);
		expect(answers(false, body)).toEqual([]);
	});
	test('`『T』Name／House`, `『T』Name（House）。comment`, `Nameさんの『T』（House、Year）`', () => {
		expect(answers(true, '<p>④『日本の歴史をよみなおす』網野善彦／筑摩書房<br>二冊目に。</p>'
			+ '<p>軽いところなら『すっきりわかる日本史』後藤武士（宝島社）。文庫で一冊。</p>'
			+ '<p>読み物なら、磯田道史さんの『日本史の内幕』（中央公論新社、2017年）が読みやすいです。</p>')).toEqual([
			['日本の歴史をよみなおす', 'book', ['網野善彦'], '筑摩書房'],
			['すっきりわかる日本史', 'book', ['後藤武士'], '宝島社'],
			['日本史の内幕', 'book', ['磯田道史'], '中央公論新社'],
		]);
	});
	test('a book the answer does not recommend (`おすすめしません`), or has yet to read (`積読中`), is none', () => {
		expect(answers(true, '<p>なお『逆説の日本史』はよく勧められますが、最初の一冊にはおすすめしません。</p>'
			+ '<p>ちなみに『Tidy First?』は積読中です。</p>')).toEqual([]);
	});
});
