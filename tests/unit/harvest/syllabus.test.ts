import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://www.cs.example.edu/courses/cs4410/syllabus.html';
const page = (body: string) => `<html><head><title>Syllabus</title></head><body><div id="content"><h1>CS 4410 Syllabus</h1>
<p>Instructor: Prof. Elena Vasquez (office hours Tue 2–4pm). TAs: Omar Haddad, Jing Li.</p>${body}</div></body></html>`;
const found = (body: string) => harvest(new JSDOM(page(body), {url}).window.document, url)
	.map(i => ({title: i.title, url: i.url, kind: i.kind, authors: i.authors, publisher: i.publisher,
		publishedAt: i.publishedAt}));

describe('syllabi: labels, author-first citations, readings tables', () => {
	test('a bold label is no title; `Names, <i>Title</i>, edition (Year)` is a citation written author first', () => {
		expect(found(`<h2>Textbooks</h2><p><b>Required:</b> Maarten van Steen and Andrew S. Tanenbaum, <i>Distributed Systems</i>, 4th edition
			(2023). Free PDF from <a href="https://www.distributed-systems.net/books/ds4/">the authors' site</a>.</p>
			<p><b>Optional:</b> Martin Kleppmann, <i>Designing Data-Intensive Applications</i> (O'Reilly, 2017). On reserve at the library.</p>
			<p><b>Note:</b> bring a laptop to every lab, <i>always</i>, and charge it.</p>`)).toEqual([
			{title: 'Distributed Systems', url: 'https://www.distributed-systems.net/books/ds4/', kind: 'book',
				authors: ['Maarten van Steen', 'Andrew S. Tanenbaum'], publisher: undefined, publishedAt: '2023'},
			{title: 'Designing Data-Intensive Applications', url: undefined, kind: 'book', authors: ['Martin Kleppmann'],
				publisher: "O'Reilly", publishedAt: '2017'},
		]);
	});

	test('`Surname & Surname, <a>Title</a> (Year)` in a readings cell: the names are the authors, a PDF or a pubs page a paper', () => {
		expect(found(`<table><tr><th>Week</th><th>Topic</th><th>Reading</th></tr>
			<tr><td>2</td><td>Clocks</td><td>Lamport, <a href="https://lamport.example/pubs/time-clocks.pdf">Time, Clocks, and the Ordering of Events</a> (1978)</td></tr>
			<tr><td>3</td><td>Storage</td><td>Ghemawat et al., <a href="https://research.example/pubs/gfs/">The Google File System</a> (2003)</td></tr>
			<tr><td>4</td><td>MapReduce</td><td>Dean &amp; Ghemawat, <a href="https://research.example/mapreduce/">MapReduce</a> (2004)</td></tr>
			<tr><td>5</td><td>Review</td><td>Prof. Vasquez, <a href="https://www.cs.example.edu/review.html">slides</a></td></tr></table>`)).toEqual([
			{title: 'Time, Clocks, and the Ordering of Events', url: 'https://lamport.example/pubs/time-clocks.pdf', kind: 'paper', authors: ['Lamport'],
				publisher: undefined, publishedAt: '1978'},
			{title: 'The Google File System', url: 'https://research.example/pubs/gfs/', kind: 'paper', authors: ['Ghemawat'], publisher: undefined,
				publishedAt: '2003'},
			{title: 'MapReduce', url: 'https://research.example/mapreduce/', kind: 'book', authors: ['Dean', 'Ghemawat'], publisher: undefined,
				publishedAt: '2004'},
		]);
	});
	test('a reading list\'s optional mark; full names parted by commas are in natural order; a lab\'s report is a paper', () => {
		expect(found(`<ul><li>Leslie Lamport. <a href="https://papers.example/clocks.pdf">Time, Clocks, and the Ordering of
			Events in a Distributed System</a>. Communications of the ACM, 1978.</li>
			<li>(*) Jim Waldo, Geoff Wyant, Ann Wollrath, Sam Kendall. <a href="https://papers.example/note.pdf">A Note on
			Distributed Computing</a>. Sun Microsystems Laboratories, 1994.</li></ul>`)).toContainEqual(
			expect.objectContaining({title: 'A Note on Distributed Computing', kind: 'paper', publishedAt: '1994',
				authors: ['Jim Waldo', 'Geoff Wyant', 'Ann Wollrath', 'Sam Kendall'], publisher: undefined}));
	});
});
