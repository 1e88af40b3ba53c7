import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost as read} from './read-post.ts';

/**
 * A Telegram channel's public preview (`t.me/s/name`) holding `messages`, each the inner HTML of a message's text, or
 * that and the link preview under it.
 */
function channel(...messages: (string | [string, string])[]) {
	const url = 'https://t.me/s/example_shelf';
	const message = (posted: string | [string, string], n: number) => {
		const [text, preview] = typeof posted === 'string' ? [posted, ''] : posted;
		return '<div class="tgme_widget_message_wrap js-widget_message_wrap">'
		+ `<div class="tgme_widget_message js-widget_message" data-post="example_shelf/${n}">`
		+ '<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author"><a '
		+ 'class="tgme_widget_message_owner_name" href="https://t.me/example_shelf">Example Shelf</a></div>'
		+ `<div class="tgme_widget_message_text js-message_text">${text}</div>${preview}`
		+ '<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">1.2K</span></div>'
		+ '</div></div></div>';
	};
	const html = '<html><head><title>Example Shelf – Telegram</title></head><body><main class="tgme_main">'
		+ '<section class="tgme_right_column"><div class="tgme_channel_info"><div class="tgme_channel_info_description">'
		+ 'Books and courses for developers, picked by hand and written up at length every week for our readers.'
		+ '</div></div></section><section class="tgme_channel_history">'
		+ messages.map(message).join('') + '</section></main></body></html>';
	return harvest(new JSDOM(html, {url}).window.document, url).map(i => ({title: i.title, authors: i.authors}));
}

describe('a Telegram channel\'s web preview', () => {
	test('its messages are its posts, though Telegram names their parts `widget`', () => {
		expect(channel('Two I keep on the desk:<br>1. «Gardens of State», Ada Quinn (Northwind, 2019)'
			+ '<br>2. «Harbours of Time», Ben Ortiz (Northwind, 2020)', 'And for the weekend, slower ones:<br>'
			+ '1. «Rivers of Salt», Cy Lund (Northwind, 2018)<br>2. «Towers of Glass», Di Marsh (Northwind, 2021)',
		'Next week: a long talk on type systems, and what the chat thought of last month\'s pick. Stay tuned.'))
			.toMatchObject([{title: 'Gardens of State', authors: ['Ada Quinn']},
				{title: 'Harbours of Time', authors: ['Ben Ortiz']}, {title: 'Rivers of Salt', authors: ['Cy Lund']},
				{title: 'Towers of Glass', authors: ['Di Marsh']}]);
	});
	test('a link preview\'s title is the page\'s, the site\'s name over it none', () => {
		const video = 'https://www.youtube.com/watch?v=aBcDeFgHiJk';
		expect(channel([`The clearest walk through parsers I know:<br><br><a href="${video}">${video}</a>`,
			`<a class="tgme_widget_message_link_preview" href="${video}"><div class="link_preview_site_name">YouTube</div>`
			+ '<div class="link_preview_title">Parsing by Hand, Slowly</div><div class="link_preview_description">Two '
			+ 'hours of writing a parser from scratch, line by line.</div></a>'], 'Next week: a long talk on type '
			+ 'systems, and what the chat thought of last month\'s pick. Stay tuned.', 'And one more thing for the '
			+ 'weekend: the chat is open again, come and say which book we read in spring.'))
			.toMatchObject([{title: 'Parsing by Hand, Slowly'}]);
	});
	test('a video whose address stands alone under a sentence opening on a name is that person\'s', () => {
		const video = 'https://www.youtube.com/watch?v=aBcDeFgHiJk';
		expect(channel([`The clearest walk through parsers I know. Ada Quinn writes one from scratch, line by line.<br>`
			+ `<br><a href="${video}">${video}</a>`, `<a class="tgme_widget_message_link_preview" href="${video}">`
			+ '<div class="link_preview_title">Parsing by Hand, Slowly</div></a>'], 'Next week: a long talk on type '
			+ 'systems, and what the chat thought of last month\'s pick. Stay tuned.', 'And one more thing for the '
			+ 'weekend: the chat is open again, come and say which book we read in spring.'))
			.toMatchObject([{title: 'Parsing by Hand, Slowly', authors: ['Ada Quinn']}]);
	});
});

describe('a block whose lines a blank line sets apart', () => {
	test('holds paragraphs: a work\'s emoji-led lines, then the writer\'s comment', () => {
		expect(read('<p>📖 <b>Gardens of State</b><br>✍️ Ada Quinn<br>🏢 Northwind, 2019<br><br>'
			+ 'The one I hand to every new hire, slow in the middle but worth it.</p>')).toMatchObject([
			{title: 'Gardens of State', authors: ['Ada Quinn'], publisher: 'Northwind', publishedAt: '2019'}]);
	});
});

describe('a title set apart on its own line over its labelled facts', () => {
	test('the whole line is the title, the labels its facts', () => {
		expect(read('<p><b>Gardens of State: A Field Guide</b><br>Autor: Ada Quinn<br>Tradução: Ben Ortiz<br>'
			+ 'Editora: Northwind, 2019</p>')).toMatchObject([{title: 'Gardens of State: A Field Guide',
			authors: ['Ada Quinn'], contributors: [{name: 'Ben Ortiz', role: 'translator'}], publisher: 'Northwind',
			publishedAt: '2019'}]);
	});
});

describe('a Hindi list post', () => {
	test('a numbered heading `N. Title – Name` names its work and its people in Devanagari, initials and all', () => {
		expect(read('<h2>1. बगीचों का राज्य – रॉबर्ट टी. वर्मा</h2><p>पहली किताब के बारे में कुछ बातें।</p>'
			+ '<h2>2. समय के बंदरगाह – ए. पी. जोशी, अरुण मेहता</h2><p>दूसरी किताब के बारे में कुछ बातें।</p>', 'hi'))
			.toMatchObject([{title: 'बगीचों का राज्य', authors: ['रॉबर्ट टी. वर्मा']},
				{title: 'समय के बंदरगाह', authors: ['ए. पी. जोशी', 'अरुण मेहता']}]);
	});
	test('bold labels under a heading (`लेखक:`, `अनुवादक:`, `प्रकाशक: House (2018)`) are its facts', () => {
		expect(read('<h2>1. बगीचों का राज्य</h2><p><b>लेखक:</b> रॉबर्ट वर्मा<br><b>अनुवादक:</b> मदन जोशी<br>'
			+ '<b>प्रकाशक:</b> उत्तर प्रकाशन (2018)</p><h2>2. समय के बंदरगाह – अरुण मेहता</h2>', 'hi')).toMatchObject([
			{title: 'बगीचों का राज्य', authors: ['रॉबर्ट वर्मा'],
				contributors: [{name: 'मदन जोशी', role: 'translator'}], publisher: 'उत्तर प्रकाशन',
				publishedAt: '2018'},
			{title: 'समय के बंदरगाह', authors: ['अरुण मेहता']}]);
	});
	test('a button `👉 Amazon पर खरीदें` under a work is where to get it, no title', () => {
		expect(read('<h2>1. बगीचों का राज्य – रॉबर्ट वर्मा</h2><p>पहली किताब के बारे में कुछ बातें।</p>'
			+ '<p><a href="https://amzn.example/b1">👉 Amazon पर खरीदें</a></p>'
			+ '<h2>2. समय के बंदरगाह – अरुण मेहता</h2>', 'hi')).toEqual([
			expect.objectContaining({title: 'बगीचों का राज्य', url: 'https://amzn.example/b1'}),
			expect.objectContaining({title: 'समय के बंदरगाह'})]);
	});
	test('the prose under a heading says who translated it and who printed it, or its imprint closing on `।`', () => {
		expect(read('<h2>1. बगीचों का राज्य – रॉबर्ट वर्मा</h2><p>एक अच्छी किताब। हिंदी अनुवाद डॉ. मदन जोशी ने किया है '
			+ 'और इसे उत्तर पब्लिशिंग हाउस ने छापा है।</p><h2>2. समय के बंदरगाह – अरुण मेहता</h2>'
			+ '<p>एक लंबी यात्रा की कहानी। दक्षिण प्रकाशन, 2002।</p>', 'hi')).toMatchObject([
			{title: 'बगीचों का राज्य', contributors: [{name: 'मदन जोशी', role: 'translator'}],
				publisher: 'उत्तर पब्लिशिंग हाउस'},
			{title: 'समय के बंदरगाह', authors: ['अरुण मेहता'], publisher: 'दक्षिण प्रकाशन', publishedAt: '2002'}]);
	});
	test('a link a sentence names by its kind is that work, its owner in the genitive or its teacher its author', () => {
		expect(read('<p>बस में अरुण मेहता का पॉडकास्ट <a href="https://shows.example/talk">Slow Roads</a> सुनिए। और '
			+ 'Northwind पर <a href="https://learn.example/ml">Learning Machines</a> कोर्स देखिए। इसे प्रो. मदन जोशी '
			+ 'पढ़ाते हैं।</p>', 'hi')).toMatchObject([
			{title: 'Slow Roads', kind: 'podcast', authors: ['अरुण मेहता']},
			{title: 'Learning Machines', kind: 'course', authors: ['मदन जोशी']}]);
	});
});

describe('a quoted title in a Ukrainian list', () => {
	test('its author in the genitive after it is its author in the nominative, `переклала X` its translator', () => {
		expect(read('<ul><li>«Сади держави» Романа Ковальчука, переклала Ганна Мороз (Північ, 2017)</li>'
			+ '<li>Олег Бойко — «Гавані часу» (Північ, 2020)</li></ul>', 'uk')).toMatchObject([
			{title: 'Сади держави', authors: ['Роман Ковальчук'],
				contributors: [{name: 'Ганна Мороз', role: 'translator'}], publisher: 'Північ', publishedAt: '2017'},
			{title: 'Гавані часу', authors: ['Олег Бойко']}]);
	});
	test('its author named before it keeps the translator after it (`Name, «Title» — переклав X (House, 2016)`)', () => {
		expect(read('<ul><li>Олег Бойко, «Гавані часу» — переклав Віктор Шевчук (Північ, 2016).</li>'
			+ '<li>Роман Коваль, «Сади держави» (Північ, 2018).</li></ul>', 'uk')).toMatchObject([
			{title: 'Гавані часу', authors: ['Олег Бойко'], contributors: [{name: 'Віктор Шевчук', role: 'translator'}],
				publisher: 'Північ', publishedAt: '2016'},
			{title: 'Сади держави', authors: ['Роман Коваль']}]);
	});
});

describe('a link a Ukrainian line names by its kind or its host', () => {
	test('`— подкаст від X`, `Веде Name`, `Це … курс Name-gen` say what it is and whose', () => {
		expect(read('<ul><li><a href="https://slow.example/">Slow Roads</a> — подкаст від Northwind Radio, довгі '
			+ 'розмови.</li><li><a href="https://tide.example/">Tide Tables</a> — історії про людей і код. Веде Ada '
			+ 'Quinn.</li></ul><p>Безкоштовно: <a href="https://learn.example/ml/">ML українською</a> на Northwind. Це '
			+ 'гарвардський курс Романа Ковальчука з перекладеними задачами.</p>', 'uk')).toMatchObject([
			{title: 'Slow Roads', kind: 'podcast', publisher: 'Northwind Radio'},
			{title: 'Tide Tables', kind: 'podcast', authors: ['Ada Quinn']},
			{title: 'ML українською', kind: 'course', authors: ['Роман Ковальчук']}]);
	});
});
