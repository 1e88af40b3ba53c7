import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

const read = (html: string, url = 'https://news.example/2024/05/a-story') => extractMetadata(new JSDOM(html, {url}).window.document, url);
const PARAGRAPH = 'The ship had been drifting for three days when the signal came, faint and patterned, from the far side of the moon.';
const page = (head: string, url?: string) =>
	read(`<html><head><title>Signal from the moon</title><meta property="og:site_name" content="Example News">${head}</head>
		<body><article><h1>Signal from the moon</h1><p>${PARAGRAPH}</p></article></body></html>`, url);
const meta = (content: string) => `<meta name="description" content="${content}">`;

describe('a description the site puts on every page gives way to the page\'s own words', () => {
	test.each([
		['the title again', 'Signal from the moon'],
		['the site\'s name', 'Example News'],
	])('%s', (_, description) => expect(page(meta(description)).description).toBe(PARAGRAPH));

	test('the next source\'s description comes before the first paragraph', () => {
		expect(page(`${meta('Example News')}<meta property="og:description" content="A faint patterned signal.">`).description).toBe('A faint patterned signal.');
		const ld = '<script type="application/ld+json">{"@type":"Article","headline":"Signal from the moon","description":"Signal from the moon"}</script>';
		expect(page(`${ld}${meta('A faint patterned signal.')}`).description).toBe('A faint patterned signal.');
	});

	test.each([
		['a welcome to the site', 'Welcome to Example News, your daily guide to science and space.'],
		['a welcome to the site with an article', 'Welcome to the Example News! Stories of science and space.'],
		['the site as the subject of a sentence about itself', 'Example News is the top source of science news, with reviews and much more.'],
		['the site\'s name and its tagline', 'Example News | Science, space and the stories behind them'],
	])('%s, with no word of the title after it', (_, description) => expect(page(meta(description)).description).toBe(PARAGRAPH));

	test('a site\'s front page is described by its name; a description naming the site among other words is kept', () => {
		expect(page(meta('Example News'), 'https://news.example/').description).toBe('Example News');
		expect(page(meta('Example News | Science, space and the stories behind them'), 'https://news.example/').description)
			.toBe('Example News | Science, space and the stories behind them');
		expect(page(meta('Example News reporters follow a signal from the far side of the moon.')).description)
			.toBe('Example News reporters follow a signal from the far side of the moon.');
		// The site's name opening the description, then the title's words: it is about the page.
		expect(page(meta('Example News: the signal from the moon, decoded.')).description).toBe('Example News: the signal from the moon, decoded.');
	});

	test('a welcome to something other than the site is the work\'s own description', () => {
		const welcome = 'Welcome to the second edition of this guide, rewritten for the new signal.';
		expect(page(meta(welcome)).description).toBe(welcome);
		// A name that only begins a longer word is no opening by the site: `Example Newsroom` is another name.
		expect(page(meta('Example Newsroom staff report every week.')).description).toBe('Example Newsroom staff report every week.');
	});
});

describe('a store\'s pitch where a description belongs gives way to the page\'s own words', () => {
	test.each([
		['how it ships, in English', 'Signal from the moon by Ann Lee, 9780571398812, available with Free Delivery Worldwide.'],
		['in German', 'Signal from the moon von Ann Lee ✔ Bücher portofrei bestellen ✔ Jetzt kaufen!'],
		['in French', 'Signal from the moon, Ann Lee. Des milliers de livres avec la livraison chez vous en 1 jour.'],
		['in Japanese', 'Signal from the moon - Ann Lee - 本の購入はこちら。全品送料無料！'],
		['in Chinese', '网上书店在线销售正版《Signal from the moon》，作者：Ann Lee。'],
		// Session 24 (probes6): how stores sell in Chinese, Japanese, Polish and Danish
		['in Chinese, for choosing online', '网上书店为您提供《Signal from the moon》在线选购，作者：Ann Lee。'],
		['in Japanese, by mail order', 'Signal from the moonの通販ならExampleで。Ann Leeの文庫本。'],
		['in Polish, at its price', 'Książka Signal from the moon autorstwa Lee Ann, dostępna w Sklepie Example w cenie 39,99 zł.'],
		['in Danish, opening with `Køb`', 'Køb Signal from the moon af Ann Lee som Hæftet bog på dansk.'],
	])('%s', (_, description) => expect(page(meta(description)).description).toBe(PARAGRAPH));

	test('a description that only speaks of delivery among its own words is kept when no store sells', () => {
		expect(page(meta('A faint patterned signal, and the delivery of its message.')).description)
			.toBe('A faint patterned signal, and the delivery of its message.');
	});
});

describe('a short description that reads the record back, the title then its author, gives way', () => {
	// Session 25 (probes7): stores write `Title, Author - Buy books at Store`, `Buy Title by Author from Store`,
	// `Kniha Title (Author) v nejlepší ceně`, whatever the language; a blurb names the two apart, or at length.
	const signed = (description: string) => page(`<meta name="author" content="Ann Lee">${meta(description)}`).description;
	test.each([
		['after a comma', 'Signal from the moon, Ann Lee - Compre livros na Example.'],
		['after `by`, with a verb before the title', 'Buy Signal from the moon by Ann Lee from Example online bookstore.'],
		['in brackets', 'Kniha Signal from the moon (Ann Lee) v nejlepší ceně.'],
		['a listing\'s, the name sorted (session 28)', 'Signal from the moon by Lee, Ann - ISBN 10: 0701161310 - Orbit - 1994'],
	])('%s', (_, description) => expect(signed(description)).toBe(PARAGRAPH));

	test('kept: a sentence naming the two apart, and a long blurb naming them together', () => {
		const apart = 'Signal from the moon is a novel of first contact, the third by Ann Lee.';
		expect(signed(apart)).toBe(apart);
		const long = `In Signal from the moon, Ann Lee follows a drifting crew through three days of silence. ${PARAGRAPH} `
			+ 'A novel about listening.';
		expect(signed(long)).toBe(long);
	});
});

describe('the site\'s name said in other ways still marks its tagline', () => {
	test.each([
		['by its first word, as the subject of a sentence', 'Example is an independent magazine about science and space.'],
		['last, after its tagline', 'Science, space and the stories behind them – the Example News.'],
	])('%s', (_, description) => expect(page(meta(description)).description).toBe(PARAGRAPH));

	test('in Chinese, whose words run on without a space', () => {
		const zh = read(`<html><head><title>江城老城区今年将完成老旧小区改造</title><meta property="og:site_name" content="滨江新闻网">
			${meta('滨江新闻网是滨江市重点新闻网站，提供本地新闻。')}</head><body><article><h1>江城老城区今年将完成老旧小区改造</h1>
			<p>今年，江城老城区计划改造老旧小区四十二个，涉及居民一万三千户，加装电梯、更新管网、增设停车位是改造的重点。</p></article></body></html>`);
		expect(zh.description).toMatch(/^今年，江城/);
	});

	test('in Japanese, the name before a particle (session 28)', () => {
		const ja = read(`<html><head><title>気候の二千年 | 岩波書店</title><meta property="og:site_name" content="岩波書店">
			${meta('岩波書店の公式サイトです。新刊・既刊の書籍情報などをご案内しています。')}</head><body><main><h1>気候の二千年</h1>
			<section class="book-detail"><p>ペストの流行と小氷期、コレラの世界的拡大と森林伐採。感染症の流行は気候の変動と密接に結びついていた。</p></section>
			</main></body></html>`, 'https://publisher.example/book/b1.html');
		expect(ja.description).toMatch(/^ペストの流行/);
	});

	test('after one word saying what the site is, the name a whole word (session 29)', () => {
		const shop = (description: string) => read(`<html><head><title>Το σπίτι - Δημητρίου Ελένη | Βιβλία | Πολιτεία</title>
			${meta(description)}</head><body><h1>Το σπίτι</h1><div class="product-description"><p>Χανιά, καλοκαίρι του 1974. Η `
			+ 'δεκαεξάχρονη Μυρτώ περνά τις διακοπές της στο σπίτι της γιαγιάς της.</p></div></body></html>',
		'https://shop.example/books/to-spiti');
		expect(shop('Βιβλιοπωλείο Πολιτεία - Το μεγαλύτερο online βιβλιοπωλείο. Άμεση αποστολή σε όλη την Ελλάδα.')
			.description).toMatch(/^Χανιά/);
		expect(shop('Ένα Πολιτείας χρονικό: μια οικογένεια ανάμεσα σε βουκαμβίλιες.').description)
			.toBe('Ένα Πολιτείας χρονικό: μια οικογένεια ανάμεσα σε βουκαμβίλιες.');
	});

	test('the first word is no sign without its verb, nor a word of the title after it', () => {
		expect(page(meta('Example reporters follow the patterned pulses for a week.')).description)
			.toBe('Example reporters follow the patterned pulses for a week.');
		expect(page(meta('Example is where the signal from the moon was first decoded.')).description)
			.toBe('Example is where the signal from the moon was first decoded.');
	});
});

// (from probes8's misses, session 26: a book page whose head tags are the home page's)
test('a tagline after an og:title that is only the site\'s name: its words shared with the title are the site\'s', () => {
	const doc = read(`<html><head><title>Signal from the moon | Harbor Press</title><meta property="og:site_name" content="Harbor Press">
		<meta property="og:title" content="Harbor Press">${meta('Harbor Press is an independent publisher of essays.')}</head>
		<body><article><h1>Signal from the moon</h1><p>${PARAGRAPH}</p></article></body></html>`, 'https://harbor.example/books/signal');
	expect(doc.description).toBe(PARAGRAPH);
});

describe('a site named only by the head title\'s last part still marks its tagline', () => {
	const unnamed = (title: string, head: string) => read(`<html><head><title>${title}</title>${head}</head><body><article>
		<h1>Signal from the moon</h1><p>${PARAGRAPH}</p></article></body></html>`);

	test('after a bar, while the og:title leaves it out', () => {
		const doc = unnamed('Moon. Signal from the moon | Harbor Courier', `<meta property="og:title" content="Signal from the moon">
			${meta('Harbor Courier - news of the bay and the valley. Latest stories, sport, weather.')}`);
		expect(doc.description).toBe(PARAGRAPH);
	});

	test('after a section, in a Chinese head title `Title_Section_Site`, where any two characters are a word', () => {
		const zh = read(`<html><head><title>江城老城区今年将完成老旧小区改造_本地新闻_滨江在线</title>
			${meta('滨江在线是滨江市重点新闻网站，提供本地新闻、民生资讯。')}</head><body><article><h1>江城老城区今年将完成老旧小区改造</h1>
			<p>今年，江城老城区计划改造老旧小区四十二个，涉及居民一万三千户，加装电梯、更新管网、增设停车位是改造的重点。</p></article></body></html>`);
		expect(zh.description).toMatch(/^今年，江城/);
	});

	test('a description with a word of the title before that part is the page\'s', () => {
		const own = 'Harbor Courier reporters follow the signal from the moon for a week.';
		expect(unnamed('Signal from the moon | Harbor Courier', meta(own)).description).toBe(own);
	});
});

describe('when the page\'s own words stand in, the standfirst under the title comes first', () => {
	const LEAD = 'A faint, patterned signal from the far side of the moon has puzzled astronomers for three nights running.';
	test('a paragraph straight after the title heading, outside the story\'s body', () => {
		const doc = read(`<html><head><title>Signal from the moon</title></head><body><header><h1>Signal from the moon</h1>
			<p class="lead">${LEAD}</p></header><article><p>${PARAGRAPH}</p></article></body></html>`);
		expect(doc.description).toBe(LEAD);
	});

	// (from probes9's misses, session 26: Spanish and Galician papers write the standfirst as an `<h2>`)
	test('a subtitle\'s `<h2>` straight after the title heading', () => {
		const doc = read(`<html><head><title>Signal from the moon</title></head><body><article><h1>Signal from the moon</h1>
			<h2 class="subtitle">${LEAD}</h2><p>${PARAGRAPH}</p></article></body></html>`);
		expect(doc.description).toBe(LEAD);
	});

	test('a heading followed by a block that is no paragraph leaves the body\'s first paragraph', () => {
		const doc = read(`<html><head><title>Signal from the moon</title></head><body><header><h1>Signal from the moon</h1>
			<div class="byline">${LEAD}</div></header><article><p>${PARAGRAPH}</p></article></body></html>`);
		expect(doc.description).toBe(PARAGRAPH);
	});
});

// (from probes8's misses, session 26: stores put stock and pickup lines above the blurb, under its own block)
describe('a store\'s blurb under a block its class names comes before the lines above it', () => {
	const BLURB = 'The Barnes family is in trouble, and each of them hides it in a way the others cannot see.';
	const store = (block: string) => read(`<html><head><title>The Bee Sting | Books</title></head><body><main>
		<h1>The Bee Sting</h1><p class="author">Paul Murray</p>
		<p class="stock">In stock at Carlton, Doncaster, Hawthorn and online. Usually dispatched within one business day.</p>
		${block}</main></body></html>`, 'https://books.example/product/9780241353950');
	test.each([
		['a description section', `<section class="product__description"><h2>Description</h2><p>${BLURB}</p></section>`],
		['a synopsis block', `<div id="sinopse" class="sinopse"><h2>Sinopse</h2><p>${BLURB}</p></div>`],
		['an English synopsis block (session 28)', `<section class="abe-synopsis"><h2>Synopsis</h2><p>${BLURB}</p></section>`],
	])('%s', (_, block) => expect(store(block).description).toBe(BLURB));

	test('not a site\'s tagline, a classed paragraph in its own block', () => {
		const doc = read(`<html><head><title>Signal from the moon</title></head><body>
			<div class="post"><h1>Signal from the moon</h1><div class="post-body">${PARAGRAPH}</div></div>
			<div class="sidebar"><div class="descriptionwrapper"><p class="description">Notes from a cabin in the hills, four
			seasons a year, repairs, fishing and saunas.</p></div></div></body></html>`);
		expect(doc.description).toBe(PARAGRAPH);
	});
});

// (from probes11's misses, session 27: stores' pitches in Italian and Romanian; an app's `<base href="/">`)
describe('a store\'s pitch gives way to its blurb', () => {
	const BLURB = 'Three sisters meet again in the house by the river, where a letter that was never sent waits for them.';
	const store = (pitch: string, base = '') => read(`<html><head>${base}<title>Casa cu zorele</title>
		<meta name="description" content="${pitch}"></head><body><main><h1>Casa cu zorele</h1>
		<div class="descriere"><p>${BLURB}</p></div></main></body></html>`, 'https://books.example/carte/casa-cu-zorele-3189');
	test.each([
		['Italian, `acquistarlo`', 'Casa cu zorele è un libro di Ana Irimia edito da Polirom: puoi acquistarlo sul sito Libri.it.'],
		['Romanian, `livrare`', 'Cumpara cartea Casa cu zorele la pretul de 54.95 lei, cu livrare prin curier oriunde in Romania.'],
		['Brazilian, `frete grátis` (session 28)', 'Compre o livro Casa cu zorele na Example. Frete grátis acima de R$ 99.'],
		['Serbian, at its price (session 29)', 'Kupite knjigu Casa cu zorele po ceni od 1299 RSD. Example – najveći izbor knjiga.'],
	])('%s', (_, pitch) => expect(store(pitch).description).toBe(BLURB));
	test('a cookie notice, by its class or id, is no blurb (session 29)', () => {
		const page = (notice: string) => read(`<html><head><title>Ostrvo</title>
			<meta name="description" content="Kupite knjigu Ostrvo po ceni od 1299 RSD."></head><body>${notice}<h1>Ostrvo</h1>
			<div><p>${BLURB}</p></div></body></html>`, 'https://books.example/knjige/ostrvo');
		const bar = 'Ovaj sajt koristi kolačiće. Nastavkom pregleda slažete se sa njihovom upotrebom i pravilima privatnosti.';
		expect(page(`<div id="cookie-bar">${bar}</div>`).description).toBe(BLURB);
		expect(page(`<div class="cookie-notice"><p>${bar}</p></div>`).description).toBe(BLURB);
	});
	test('on a page whose `<base>` is the site\'s root: the page\'s own address says it is no front page', () => {
		expect(store('Cumpara cartea Casa cu zorele, cu livrare prin curier.', '<base href="/">').description).toBe(BLURB);
	});
});
