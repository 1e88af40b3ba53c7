import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';

// Round 12 (held out): README curricula and cards part a line's fields with a spaced middle dot
const url = 'https://github.com/someone/reading-group';
const page = (body: string) => `<html><head><title>Reading group</title></head><body><article class="markdown-body">
<h1>Reading group</h1><p>What we read and watch, one topic a week.</p>${body}</article></body></html>`;
const found = (body: string) => harvest(new JSDOM(page(body), {url}).window.document, url)
	.map(i => ({title: i.title, authors: i.authors, publisher: i.publisher, publishedAt: i.publishedAt}));

describe('fields parted by a spaced middle dot', () => {
	test('`<a>Title</a> · Names · Year`: the names after the dot are the people, the last field the year', () => {
		expect(found(`<h2>Week 1</h2><ul>
			<li>📝 <a href="https://karpathy.github.io/2015/05/21/rnn-effectiveness/">The Unreasonable Effectiveness of Recurrent Neural Networks</a> · Andrej Karpathy · 2015</li>
			<li>📄 <a href="https://arxiv.org/abs/1706.03762">Attention Is All You Need</a> · Vaswani et al. · 2017</li>
			</ul>`)).toEqual([
			{title: 'The Unreasonable Effectiveness of Recurrent Neural Networks', authors: ['Andrej Karpathy'],
				publisher: undefined, publishedAt: '2015'},
			{title: 'Attention Is All You Need', authors: ['Vaswani'], publisher: undefined, publishedAt: '2017'},
		]);
	});

	test('a publisher\'s word inside a person\'s name, or joined to names by `&`, is a name (`Christopher Manning`)', () => {
		expect(found(`<h2>Week 2</h2><ul>
			<li><a href="https://www.youtube.com/watch?v=rmVRLeJRkl4">CS224N Lecture 1: Word Vectors</a> · Christopher Manning · 2021</li>
			<li><a href="https://aclanthology.org/D14-1162/">GloVe: Global Vectors for Word Representation</a> · Pennington, Socher &amp; Manning · 2014</li>
			</ul>`)).toEqual([
			{title: 'CS224N Lecture 1: Word Vectors', authors: ['Christopher Manning'], publisher: undefined,
				publishedAt: '2021'},
			{title: 'GloVe: Global Vectors for Word Representation', authors: ['Pennington', 'Socher', 'Manning'],
				publisher: undefined, publishedAt: '2014'},
		]);
	});

	test('a spaced dot ends a `by` clause\'s names (`by A and B · d2l.ai`)', () => {
		expect(found(`<h2>Textbooks</h2><ul>
			<li>📖 <em>Dive into Deep Learning</em> by Aston Zhang, Mu Li and Alexander J. Smola · d2l.ai</li>
			<li>📖 <em>Speech and Language Processing</em> by Dan Jurafsky and James H. Martin · draft</li></ul>`)).toEqual([
			{title: 'Dive into Deep Learning', authors: ['Aston Zhang', 'Mu Li', 'Alexander J. Smola'], publisher: undefined,
				publishedAt: undefined},
			{title: 'Speech and Language Processing', authors: ['Dan Jurafsky', 'James H. Martin'], publisher: undefined,
				publishedAt: undefined},
		]);
	});

	test('an edition note closing a title (`(3rd ed. draft)`) is no part of it; a link showing its own address is the work\'s', () => {
		expect(harvest(new JSDOM(page(`<h2>Textbooks</h2><ul>
			<li>📖 <em>Speech and Language Processing</em> (3rd ed. draft) by Dan Jurafsky and James H. Martin · <a href="https://web.stanford.edu/~jurafsky/slp3/">web.stanford.edu/~jurafsky/slp3</a></li>
			<li>📖 <em>Dive into Deep Learning</em> by Aston Zhang and Mu Li · <a href="https://d2l.ai/">d2l.ai</a></li>
			<li>📖 <em>Thinking in Systems</em> by Donella H. Meadows · <a href="https://donellameadows.org/">her institute</a></li></ul>`), {url})
			.window.document, url).map(i => [i.title, i.url])).toEqual([
			['Speech and Language Processing', 'https://web.stanford.edu/~jurafsky/slp3/'], ['Dive into Deep Learning', 'https://d2l.ai/'],
			['Thinking in Systems', undefined],
		]);
	});

	test('an unspaced dot stays inside a name (`尤瓦尔·赫拉利`); a dot in running text parts no fields', () => {
		expect(found(`<p>Our host site · <a href="https://meet.example/room">the meeting room</a> · 2015 onwards.</p>`)).toEqual([]);
	});
});

describe('what a link\'s address says it is', () => {
	const kinds = (body: string) => harvest(new JSDOM(page(body), {url}).window.document, url)
		.map(i => [i.title, i.kind]);

	test('a blog\'s dated permalink or posts page is an article, whoever wrote it', () => {
		expect(kinds(`<h2>Week 2</h2><ul>
			<li><a href="https://karpathy.github.io/2015/05/21/rnn-effectiveness/">The Unreasonable Effectiveness of Recurrent Neural Networks</a> · Andrej Karpathy · 2015</li>
			<li><a href="https://colah.github.io/posts/2015-08-Understanding-LSTMs/">Understanding LSTM Networks</a> · Christopher Olah · 2015</li>
			<li><a href="https://www.example-press.com/titles/deep-work/">Deep Work</a> · Cal Newport · 2016</li></ul>`)).toEqual([
			['The Unreasonable Effectiveness of Recurrent Neural Networks', 'article'], ['Understanding LSTM Networks', 'article'],
			['Deep Work', 'book'],
		]);
	});

	test('a page of the ACL Anthology or of a proceedings site is a paper', () => {
		expect(kinds(`<h2>Week 1</h2><ul>
			<li><a href="https://aclanthology.org/D14-1162/">GloVe: Global Vectors for Word Representation</a> · Pennington, Socher &amp; Manning · 2014</li>
			<li><a href="https://proceedings.mlr.press/v37/ioffe15.html">Batch Normalization</a> · Ioffe &amp; Szegedy · 2015</li></ul>`))
			.toEqual([['GloVe: Global Vectors for Word Representation', 'paper'], ['Batch Normalization', 'paper']]);
	});

	test('a site named a course by its host (`course.fast.ai`) is a course, its home page too', () => {
		expect(kinds(`<h2>Before you start</h2><ul>
			<li><a href="https://course.fast.ai/">Practical Deep Learning for Coders</a> (fast.ai, free)</li>
			<li><a href="https://www.fast.ai/">fast.ai</a> (their blog)</li></ul>`)).toEqual([['Practical Deep Learning for Coders', 'course']]);
	});
});
