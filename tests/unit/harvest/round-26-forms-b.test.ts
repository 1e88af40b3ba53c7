import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('a schedule table whose Reading cells hold citations', () => {
	test('each cell\'s Chicago entry is a work, its neighbours the rows around it', () => {
		const row = (week: string, topic: string, reading: string) =>
			`<tr><td>${week}</td><td>Mar. ${week}</td><td>${topic}</td><td>${reading}</td></tr>`;
		expect(read('<table><tr><th>Week</th><th>Date</th><th>Topic</th><th>Reading</th></tr>'
			+ row('1', 'Harbours', 'Quinn, Ada. <i>Harbours of the North Sea</i>. London: Granta, 2011. Chaps. 1–2.')
			+ row('2', 'Gardens', 'Ortiz, Ben. <i>Gardens of State</i>. Boston: Beacon Press, 2003. Chap. 4.')
			+ '</table>')).toMatchObject([
			{title: 'Harbours of the North Sea', authors: ['Ada Quinn'], publisher: 'Granta', publishedAt: '2011'},
			{title: 'Gardens of State', authors: ['Ben Ortiz'], publisher: 'Beacon Press', publishedAt: '2003'}]);
	});
});

describe('an article cited with its periodical in italics after its quoted title', () => {
	test('the periodical is its publisher, its month kept where the entry gives one', () => {
		expect(read('<ul><li>Quinn, Ada. &ldquo;Tides of Trade.&rdquo; <i>Harbour Review</i> 12, no. 2 (1988): '
			+ '10&ndash;31.</li><li>Ortiz, Ben. &ldquo;The Walled Garden.&rdquo; <i>Harper&rsquo;s Magazine</i>, March 1962.</li></ul>'))
			.toMatchObject([
				{title: 'Tides of Trade', authors: ['Ada Quinn'], publisher: 'Harbour Review', publishedAt: '1988'},
				{title: 'The Walled Garden', authors: ['Ben Ortiz'], publisher: 'Harper’s Magazine',
					publishedAt: '1962-03'}]);
	});
});

describe('a citation naming its first author inverted, the others in natural order', () => {
	test('`Last, First, A B, C D, and E F` are four people (Chicago, MLA)', () => {
		expect(read('<ul><li>Quinn, Ada, Ben Ortiz, Cleo Marsh, and Dov K. Lund. <i>Harbours of the North Sea</i>. '
			+ 'London: Granta, 2011.</li><li>Ortiz, Ben. <i>Gardens of State</i>. Boston: Beacon Press, 2003.</li></ul>'))
			.toMatchObject([{title: 'Harbours of the North Sea',
				authors: ['Ada Quinn', 'Ben Ortiz', 'Cleo Marsh', 'Dov K. Lund']},
			{title: 'Gardens of State', authors: ['Ben Ortiz']}]);
	});
});

describe('a film cited `<i>Title</i>. Directed by X. Place: Studio, Year.`', () => {
	test('is a video by its director, the studio its publisher', () => {
		expect(read('<ul><li><i>Harbour Lights</i>. Directed by Ada Quinn. New York: Northwind Pictures, 1994.</li>'
			+ '<li><i>Gardens of State</i>. Directed by Ben Ortiz and Cleo Marsh. London: Eastgate Films, 2008.</li></ul>'))
			.toMatchObject([
				{title: 'Harbour Lights', kind: 'video', authors: ['Ada Quinn'], publisher: 'Northwind Pictures',
					publishedAt: '1994'},
				{title: 'Gardens of State', kind: 'video', authors: ['Ben Ortiz', 'Cleo Marsh'],
					publisher: 'Eastgate Films', publishedAt: '2008'}]);
	});
});

describe('a Chinese sentence owning its linked work `Name 的<a>《Title》</a>`', () => {
	test('credits the full name before 的', () => {
		expect(read('<ol><li>Ada Quinn 的<a href="https://books.example/harbours">《港口与潮汐》</a>（王小明 译，海风出版社，2015），'
			+ '写得很好。</li><li>Ben Ortiz 的<a href="https://books.example/gardens">《国家的花园》</a>，也值得一读。</li></ol>', 'zh-CN'))
			.toMatchObject([{title: '港口与潮汐', authors: ['Ada Quinn']}, {title: '国家的花园', authors: ['Ben Ortiz']}]);
	});
});

describe('a link whose words book a meeting', () => {
	test('`book a slot`, `schedule a call` name no work', () => {
		expect(read('<p>Office hours: Mondays 2–4 pm, or <a href="https://cal.example/ada/office">book a slot</a>. '
			+ 'Consultants: <a href="https://cal.example/ben/intro">Schedule a call</a>.</p>'
			+ '<ul><li><a href="https://books.example/gardens">Gardens of State</a> by Ben Ortiz</li></ul>'))
			.toMatchObject([{title: 'Gardens of State'}]);
	});
});

describe('a reply saying its writer gave up on a work', () => {
	test('`I bounced off it`, `gave up on it` name no recommendation', () => {
		expect(read('<p>Harbours of Time by Ada Quinn is what my school assigned and honestly I bounced off it hard.</p>'
			+ '<p>Gardens of State by Ben Ortiz is the one that finally made it click for me.</p>'
			+ '<p>Rivers of Salt by Cleo Marsh was on every list, but I gave up on it after two chapters.</p>'))
			.toMatchObject([
			{title: 'Gardens of State', authors: ['Ben Ortiz']}]);
	});
});

describe('a talk its speaker\'s sentence names in quotes before a link of no title', () => {
	test('`Name\'s talk "Title" from Venue 2019: <a>video</a>` credits the speaker and the venue\'s year', () => {
		expect(read('<p>For the big picture, Ada Quinn\'s talk "Harbours of Time" from Strange Loop 2019: '
			+ '<a href="https://talks.example/v/harbours">video</a>.</p>')).toMatchObject([
			{title: 'Harbours of Time', authors: ['Ada Quinn'], publishedAt: '2019'}]);
	});
});

describe('a link in a sentence with the kind of work right after it', () => {
	test('`the <a>X</a> course on …`, `Name\'s <a>X</a> blog series` are works of that kind', () => {
		expect(read('<p>To go further: the <a href="https://harbours.example/">Harbours of Time</a> course on edX, '
			+ 'two parts.</p><p>For the theory, Ada Quinn\'s <a href="https://gardens.example/">Gardens of State</a> blog series, '
			+ 'even if you never ship it.</p>')).toMatchObject([
			{title: 'Harbours of Time', kind: 'course'},
			{title: 'Gardens of State', kind: 'course', authors: ['Ada Quinn']}]);
	});
});

describe('a first name joined to a full name shares its surname', () => {
	test('after a link\'s `by`, the names ending the sentence or a comma following them', () => {
		expect(read('<ul><li><a href="https://lighthouse.example/book/">Keeping the Light</a> by Ada and Ben Quinn-Ortiz, '
			+ 'free online, one chapter a week</li></ul>')).toMatchObject([
			{title: 'Keeping the Light', authors: ['Ada Quinn-Ortiz', 'Ben Quinn-Ortiz']}]);
	});
	test('not where more words follow the surname', () => {
		expect(read('<ul><li><a href="https://lighthouse.example/book/">Keeping the Light</a> by Ada and Ben Quinn '
			+ 'Ortiz</li></ul>')[0]?.authors).not.toEqual(['Ada Quinn', 'Ben Quinn']);
	});
});
