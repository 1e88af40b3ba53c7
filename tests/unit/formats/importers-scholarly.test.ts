import {describe, expect, test} from 'vitest';
import {latexToText} from '../../../src/formats/importers/bibtex.ts';
import {planImport} from '../../../src/formats/index.ts';
import {importFixture, importText} from './load.ts';

describe('RIS', () => {
	const {format, records} = importFixture('sample.ris');

	test('entries by TY..ER with their line; SN keeps only checksum-valid ISBNs', () => {
		expect(format).toBe('ris');
		expect(records.map(r => [r.kind, r.line])).toEqual([['book', 1], ['paper', 11], ['paper', 22]]);
		expect(records[0]).toMatchObject({
			title: 'Advanced waves: antennas', isbn: ['9780470996171'], publishedAt: '2009', publisher: 'John Wiley',
			contributors: [{name: 'Liu, Duixian', role: 'editor'}],
		});
		expect(records[0]!.url).toBeUndefined(); // No Open Library address made up from the ISBN
		expect(records[0]!.topics).toBeUndefined();
		expect(records[1]).toMatchObject({
			authors: ['Keiding, Søren', 'van Exter, Martin'], publishedAt: '1990-10-01', url: 'https://journal.example/abstract?id=7',
			provider: 'Journal of Optics', ids: ['doi:10.1364/josab.7.002006'],
		});
		expect(records[1]!.isbn).toBeUndefined();
	});

	test('an entry with neither URL, DOI nor ISBN is a work by its title: the planner imports it', () => {
		const {records: all} = importFixture('sample.ris');
		expect(all).toHaveLength(3);
		expect(all[2]).toMatchObject({title: 'A thesis without address', line: 22});
		expect(all[2]!.url).toBeUndefined();
		expect(planImport(all, () => undefined).counts).toEqual({new: 3, merged: 0, skipped: 0, failed: 0});
	});

	test('a malformed DO is a warning naming the field; the entry stays', () => {
		const {records: all, problems} = importText('TY  - JOUR\nTI  - Odd\nDO  - not-a-doi\nER  - \n', 'x.ris');
		expect(all).toEqual([expect.objectContaining({title: 'Odd'})]);
		expect(all[0]!.ids).toBeUndefined();
		expect(problems)
			.toEqual([expect.objectContaining({code: 'BAD_ID', field: 'DO', line: 1, severity: 'warning'})]);
	});
});

describe('BibTeX', () => {
	test('braces, macros, # concatenation, month names, name lists with protected "and"', () => {
		const {format, records} = importFixture('sample.bib');
		expect(format).toBe('bibtex');
		expect(records[0]).toMatchObject({
			kind: 'book', title: 'Designing Data-Intensive Applications', authors: ['Kleppmann, Martin', 'Barnes and Noble'],
			publisher: "O'Reilly Media", publishedAt: '2017-03', isbn: ['9781449373320'], line: 3,
		});
		expect(records[1]).toMatchObject({
			kind: 'paper', authors: ['Müller, Jörg'], ids: ['doi:10.1000/xyz123'], publishedAt: '2020-05',
			provider: 'Physics (Letters)',
		});
		expect(records[1]!.url).toBeUndefined(); // A DOI is an id, not a doi.org link
		expect(records[1]!.title).toBe('Schödinger\'s élève – a & b');
	});

	test('latexToText handles accents, symbols and escapes', () => {
		expect(latexToText('\\c{c}a \\ss{} {\\o}re 50\\% \\textit{it}')).toBe('ça ß øre 50% it');
	});
});

describe('CSL-JSON', () => {
	test('books and papers: names, date-parts; DOI and ISBN are kept as keys, never turned into addresses', () => {
		const {format, records} = importFixture('sample-csl.json');
		expect(format).toBe('csl-json');
		expect(records[0]).toMatchObject({
			kind: 'book', authors: ['Jane Doe', '张三'], contributors: [{name: 'Rick Roe', role: 'translator'}],
			publishedAt: '2017-03', isbn: ['9781449373320'],
		});
		expect(records[1]).toMatchObject({kind: 'paper', ids: ['doi:10.1016/j.cell.2024.10.022'], publishedAt: '2024'});
		expect(records.slice(0, 2).map(r => r.url)).toEqual([undefined, undefined]);
		expect(records[2]).toMatchObject({kind: 'paper', url: 'https://arxiv.org/abs/2401.00001', publishedAt: '2024'});
	});
});
