import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {parsePeople} from '../../../src/extract/harvest/people.ts';
import {lineItems} from '../../../src/extract/harvest/segments.ts';
import {stripNumbering} from '../../../src/extract/harvest/text.ts';

const url = 'https://notes.example/explore/1';
const page = (body: string) =>
	`<html><head><title>书单</title></head><body><article><h1>书单</h1>${body}</article></body></html>`;
const found = (body: string) => harvest(new JSDOM(page(body), {url}).window.document, url)
	.map(i => ({title: i.title, url: i.url, authors: i.authors, contributors: i.contributors}));

describe('notes, emoji and entries written as lines', () => {
	test('emoji before numbering, circled numbers and emoji before a label are decoration', () => {
		expect(stripNumbering('📘 1. Release It!')).toBe('Release It!');
		expect(stripNumbering('①《活着》')).toBe('《活着》');
		expect(stripNumbering('🇫🇷 2) Title')).toBe('Title');
		expect(parsePeople('✍️作者：余华').authors).toEqual(['余华']);
	});

	test('a number with a decimal point opens a course\'s or a section\'s name: it is no list numbering', () => {
		expect(stripNumbering('6.006 Introduction to Algorithms')).toBe('6.006 Introduction to Algorithms');
		expect(stripNumbering('12.Title')).toBe('Title');
	});

	test('numbered entries of a few lines each are one list item each; the lines around them are the paragraph\'s', () => {
		const text = '整理了 3 本：\n\n①《活着》\n✍️作者：余华\n💡一句话：活着本身\n\n②《认知觉醒》\n✍️作者：周岭\n\n评论区见～';
		expect(lineItems({tag: 'P', text, links: [], marks: [], heading: ''}).map(s => [s.tag, s.text])).toEqual([
			['P', '整理了 3 本：'], ['LI', '①《活着》\n✍️作者：余华\n💡一句话：活着本身'], ['LI', '②《认知觉醒》\n✍️作者：周岭'], ['P', '评论区见～'],
		]);
		expect(found(`<p>${text.replaceAll('\n', '<br>')}</p>`)).toMatchObject([
			{title: '活着', authors: ['余华']}, {title: '认知觉醒', authors: ['周岭']},
		]);
		// Numbers over paragraphs are no entries of a few lines
		const long = '1. Intro\na\nb\nc\nd\ne\n2. Next\nf';
		expect(lineItems({tag: 'P', text: long, links: [], marks: [], heading: ''})).toHaveLength(1);
	});

	test('a heading per book with an emoji and a number; `Free to read at <a>` under it is its page', () => {
		expect(found(`<h2>📔 6. Site Reliability Engineering</h2><p>Edited by Betsy Beyer and Chris Jones. Free to read at
			<a href="https://sre.google/sre-book/table-of-contents/">sre.google</a>.</p><h2>📒 7. Grokking Algorithms by Aditya Bhargava</h2>
			<p>For the interview prep nobody admits they do.</p>`)).toEqual([
			{title: 'Site Reliability Engineering', url: 'https://sre.google/sre-book/table-of-contents/', authors: undefined,
				contributors: [{name: 'Betsy Beyer', role: 'editor'}, {name: 'Chris Jones', role: 'editor'}]},
			{title: 'Grokking Algorithms', url: undefined, authors: ['Aditya Bhargava'], contributors: undefined},
		]);
	});

	test('a tweet\'s `2/` numbers it; `Title, by X by Name`: a `by` whose words are no name is the title\'s', () => {
		expect(stripNumbering('2/ Poverty, by America by Matthew Desmond.')).toBe('Poverty, by America by Matthew Desmond.');
		expect(stripNumbering('1/5 The Wager')).toBe('The Wager');
		const tweets = harvest(new JSDOM(`<html><head><title>Thread</title></head><body><div class="t-main">
			<div class="tweet">The 3 best books I read this year, one tweet each, in no particular order at all 🧵</div>
			<div class="tweet">1/ Poverty, by America by Matthew Desmond. Short, angry, and full of numbers I can't forget.</div>
			<div class="tweet">2/ The Wager by David Grann. Shipwreck, mutiny, court martial.</div></div></body></html>`, {url}).window.document, url);
		expect(tweets.map(i => ({title: i.title, authors: i.authors}))).toEqual([
			{title: 'Poverty, by America', authors: ['Matthew Desmond']}, {title: 'The Wager', authors: ['David Grann']},
		]);
	});

	test('a list item holding a list of labelled lines: `书名：《…》` then its `作者`, `译者` siblings', () => {
		expect(found(`<ol><li><ul><li>书名：《用户体验要素》</li><li>作者：Jesse James Garrett</li><li>译者：范晓燕</li><li>适合：想补交互基础的人</li></ul></li>
			<li><ul><li>书名：《俞军产品方法论》</li><li>作者：俞军</li></ul></li></ol>`)).toEqual([
			{title: '用户体验要素', url: undefined, authors: ['Jesse James Garrett'],
				contributors: [{name: '范晓燕', role: 'translator'}]},
			{title: '俞军产品方法论', url: undefined, authors: ['俞军'], contributors: undefined},
		]);
	});
});
