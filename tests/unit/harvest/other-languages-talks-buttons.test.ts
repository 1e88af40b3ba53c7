import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('titles in the quotation marks of other languages, their people after a by-word of that language', () => {
	test('French « » and `de` / `d\'`, the publisher and year in brackets after', () => {
		expect(read('<p><strong>« L\'Anomalie » d\'Hervé Le Tellier</strong> (Gallimard, 2020). Un avion atterrit deux fois.</p>'
			+ '<p><strong>« Chanson douce » de Leïla Slimani</strong> (Gallimard, 2016). Court et glaçant.</p>', 'fr'))
			.toMatchObject([
				{title: 'L\'Anomalie', kind: 'book', authors: ['Hervé Le Tellier'], publisher: 'Gallimard',
					publishedAt: '2020'},
				{title: 'Chanson douce', kind: 'book', authors: ['Leïla Slimani'], publisher: 'Gallimard',
					publishedAt: '2016'},
			]);
	});

	test('German „ “ and `von`, two people joined by `und`; two works named in one sentence', () => {
		expect(read('<ol><li>„Der pragmatische Programmierer“ von David Thomas und Andrew Hunt (Hanser, 2021) – die Neuauflage.</li>'
			+ '<li>„Clean Code“ von Robert C. Martin (mitp, 2009) – der Klassiker.</li></ol>'
			+ '<p>Nach Feierabend: „Die Vermessung der Welt“ von Daniel Kehlmann. Oder „Tschick“ von Wolfgang Herrndorf.</p>', 'de'))
			.toMatchObject([
				{title: 'Der pragmatische Programmierer', authors: ['David Thomas', 'Andrew Hunt'], publisher: 'Hanser'},
				{title: 'Clean Code', authors: ['Robert C. Martin'], publishedAt: '2009'},
				{title: 'Die Vermessung der Welt', authors: ['Daniel Kehlmann']},
				{title: 'Tschick', authors: ['Wolfgang Herrndorf']},
			]);
	});

	test('a linked title\'s by-word, and a translator credited in the page\'s language', () => {
		expect(read('<ul><li><a href="https://www.babelio.com/livres/Harari-Sapiens/708680">« Sapiens »</a> de Yuval Noah Harari, '
			+ 'traduit par Pierre-Emmanuel Dauzat (Albin Michel, 2015)</li></ul>', 'fr'))
			.toEqual([{
				title: 'Sapiens', url: 'https://www.babelio.com/livres/Harari-Sapiens/708680', kind: 'book',
				authors: ['Yuval Noah Harari'], contributors: [{name: 'Pierre-Emmanuel Dauzat', role: 'translator'}],
				publisher: 'Albin Michel', publishedAt: '2015',
			}]);
	});

	test('a word in quotes by a system, or by a title\'s own word, is no work', () => {
		expect(read('<p>At that time, the monitoring was set up so that alerts fired when tasks were “de-scheduled” by Workqueue, '
			+ 'thousands at a time, every night, and each of them stood for a fraction of a percent of our users.</p>'
			+ '<p>Ce « Mythe » de Sisyphe, on le connaît. Un « bon » de Commande.</p>')).toEqual([]);
	});
});

describe('talks linked speaker first', () => {
	const talk = (slug: string, text: string) => `<h2><a href="https://www.ted.com/talks/${slug}">${text}</a></h2>`
		+ '<p>Twenty minutes that changed how I run a team, and the habit it left me with.</p>';

	test('two talks titled `Speaker: Title` on a talk site name their speakers', () => {
		expect(read(talk('simon_sinek_how_great_leaders_inspire_action', 'Simon Sinek: How great leaders inspire action')
			+ talk('brene_brown_the_power_of_vulnerability', 'Brené Brown: The power of vulnerability')))
			.toMatchObject([
				{title: 'How great leaders inspire action', kind: 'video', authors: ['Simon Sinek']},
				{title: 'The power of vulnerability', kind: 'video', authors: ['Brené Brown']},
			]);
	});

	test('one alone may be a title and its subtitle: it stays whole', () => {
		expect(read(talk('rust_tutorial', 'Rust Tutorial: Ownership in twenty minutes')))
			.toMatchObject([{title: 'Rust Tutorial: Ownership in twenty minutes', kind: 'video'}]);
		expect(read(talk('rust_tutorial', 'Rust Tutorial: Ownership in twenty minutes'))[0]!.authors).toBeUndefined();
	});
});

describe('cards: a heading with no link, the button under it', () => {
	const card = (title: string, lines: string, button: string, href: string) => `<div class="card"><h3>${title}</h3>${lines}`
		+ `<p>What it covers, in a sentence or two, and why we would take it again.</p><a class="button" href="${href}">${button}</a></div>`;

	test('the heading names the work, the button links it, an instructor line credits it', () => {
		expect(read(card('Data Engineering Zoomcamp', '<p>Instructor: Alexey Grigorev</p>', 'Start learning',
			'https://github.com/DataTalksClub/data-engineering-zoomcamp')
			+ card('IBM Data Engineering Professional Certificate', '<p>Instructors: Rav Ahuja, Ramesh Sannareddy</p>', 'Enroll',
				'https://www.coursera.org/professional-certificates/ibm-data-engineer')
			+ card('dbt Fundamentals', '', 'View course', 'https://learn.getdbt.com/courses/dbt-fundamentals')))
			.toEqual([
				{title: 'Data Engineering Zoomcamp', url: 'https://github.com/DataTalksClub/data-engineering-zoomcamp',
					kind: 'course', authors: ['Alexey Grigorev']},
				{title: 'IBM Data Engineering Professional Certificate', kind: 'course', authors: ['Rav Ahuja', 'Ramesh Sannareddy'],
					url: 'https://www.coursera.org/professional-certificates/ibm-data-engineer'},
				{title: 'dbt Fundamentals', url: 'https://learn.getdbt.com/courses/dbt-fundamentals', kind: 'course'},
			].map(want => ({
				contributors: undefined, publisher: undefined, publishedAt: undefined, authors: undefined, ...want,
			})));
	});

	test('a button under a work its lines already name is that work\'s; a newsletter\'s button names nothing', () => {
		expect(read('<h2>The big ones</h2><p><strong>The Bee Sting</strong> by Paul Murray (Hamish Hamilton, 2023). A family.</p>'
			+ '<p><a href="https://bookshop.org/p/books/the-bee-sting-paul-murray/19234561">Buy it at Bookshop.org</a></p>'
			+ '<div class="promo"><h3>Get our weekly picks</h3><a class="button" href="/subscribe">Subscribe</a></div>'))
			.toMatchObject([{title: 'The Bee Sting', url: 'https://bookshop.org/p/books/the-bee-sting-paul-murray/19234561'}]);
	});
});

test('a word that credits no one is no person where a list\'s people stand', () => {
	const rows = [['Full Stack Open', 'https://fullstackopen.com/en/', 'Matti Luukkainen'],
		['The Odin Project', 'https://www.theodinproject.com/', 'Community']];
	const table = '<table><thead><tr><th>Course</th><th>Instructor(s)</th><th>Length</th></tr></thead><tbody>'
		+ rows.map(([title, href, who]) => `<tr><td><a href="${href}">${title}</a></td><td>${who}</td><td>Self-paced</td></tr>`).join('')
		+ '</tbody></table>';
	const found = read(table);
	expect(found.map(i => i.title)).toEqual(['Full Stack Open', 'The Odin Project']);
	expect(found.map(i => i.authors)).toEqual([['Matti Luukkainen'], undefined]);
});

test('a title in italics or bold, then a by-word of the page\'s language', () => {
	expect(read('<ul><li><em>Cien años de soledad</em>, de Gabriel García Márquez (Sudamericana, 1967)</li>'
		+ '<li><strong>Le città invisibili</strong> di Italo Calvino (Einaudi, 1972)</li></ul>', 'es'))
		.toMatchObject([
			{title: 'Cien años de soledad', authors: ['Gabriel García Márquez'], publisher: 'Sudamericana',
				publishedAt: '1967'},
			{title: 'Le città invisibili', authors: ['Italo Calvino'], publisher: 'Einaudi', publishedAt: '1972'},
		]);
});
