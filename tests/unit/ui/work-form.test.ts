import {describe, expect, test} from 'vitest';
import type {Item} from '../../../src/core/types.ts';
import {defaultProgressUnit} from '../../../src/core/progress.ts';
import {showsField} from '../../../src/ui/form/kind-fields.ts';
import {fillFromLookup} from '../../../src/ui/form/lookup.ts';
import {offersDone, progressText, readProgress, statusAfterProgress} from '../../../src/ui/form/progress.ts';
import {fillValues, newWorkFields, patchBetween, readValues, valuesOf} from '../../../src/ui/form/work-values.ts';

const item: Item = {
	id: 'a', url: 'https://book.example/1', aliases: ['https://store.example/1'], ids: ['doi:10.1000/xyz'], kind: 'book', title: 'T', subtitle: 'S',
	authors: ['A', 'B'], contributors: [{name: 'C', role: 'translator'}], isbn: ['9787536692930'], publisher: 'P',
	language: 'zh', publishedAt: '2008', duration: {pages: 300}, price: {amount: 23, currency: 'CNY'}, topics: ['sf'],
	status: 'reading', progress: {done: 12, total: 300, unit: 'page'},
	rating: 4, notes: 'n', recommendedBy: [{url: 'https://post.example', context: 'read this'}], addedAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-02-03T10:00:00.000Z', image: 'https://img.example/c.jpg',
};

describe('fields by kind', () => {
	test('an article shows no ISBN or price unless filled; a book shows both', () => {
		expect(showsField('article', 'isbn', false)).toBe(false);
		expect(showsField('article', 'price', false)).toBe(false);
		expect(showsField('article', 'price', true)).toBe(true);
		expect(showsField('book', 'isbn', false)).toBe(true);
		expect(showsField('course', 'lessons', false)).toBe(true);
		expect(showsField('book', 'lessons', false)).toBe(false);
	});
	test('progress is counted in the kind\'s unit', () => {
		expect([
			defaultProgressUnit('book'), defaultProgressUnit('course'),
			defaultProgressUnit('video'), defaultProgressUnit('article'),
		]).toEqual(['page', 'lesson', 'minute', 'percent']);
	});
});

describe('progress', () => {
	const none = {done: '', total: '', unit: 'lesson' as const};
	test('reads done, total and unit; a percentage is out of 100 and done never passes the total', () => {
		expect(readProgress({done: '12', total: '45', unit: 'lesson'})).toEqual({done: 12, total: 45, unit: 'lesson'});
		expect(readProgress({done: '30', total: '7', unit: 'percent'})).toEqual({done: 30, unit: 'percent'});
		expect(readProgress({done: '130', total: '', unit: 'percent'})).toEqual({done: 100, unit: 'percent'});
		expect(readProgress({done: '50', total: '45', unit: 'lesson'})).toEqual({done: 45, total: 45, unit: 'lesson'});
		expect(readProgress({done: '', total: '45', unit: 'lesson'})).toBeUndefined();
		expect(readProgress({done: '-3', total: '', unit: 'page'})).toBeUndefined();
	});
	test('the total defaults to the work\'s length in the same unit', () => {
		expect(progressText(undefined, 'page', {pages: 350})).toEqual({done: '', total: '350', unit: 'page'});
		expect(progressText({done: 3, unit: 'lesson'}, 'page', {lessons: 45}))
			.toEqual({done: '3', total: '45', unit: 'lesson'});
	});
	test('the first progress sets "reading" on a wanted work, and nothing else changes the status', () => {
		expect(statusAfterProgress('want', none, {...none, done: '1'})).toBe('reading');
		expect(statusAfterProgress('want', {...none, done: '1'}, {...none, done: '2'})).toBe('want');
		expect(statusAfterProgress('dropped', none, {...none, done: '1'})).toBe('dropped');
		expect(statusAfterProgress('want', none, {...none, done: '0'})).toBe('want');
	});
	test('reaching the total offers "done", never when already done or without a total', () => {
		expect(offersDone('reading', {done: '45', total: '45', unit: 'lesson'})).toBe(true);
		expect(offersDone('reading', {done: '44', total: '45', unit: 'lesson'})).toBe(false);
		expect(offersDone('done', {done: '45', total: '45', unit: 'lesson'})).toBe(false);
		expect(offersDone('reading', {done: '45', total: '', unit: 'lesson'})).toBe(false);
		expect(offersDone('reading', {done: '100', total: '', unit: 'percent'})).toBe(true);
	});
});

describe('form values', () => {
	test('an item read into the form and back gives its fields unchanged', () => {
		const {fields, errors} = readValues(valuesOf(item));
		expect(errors).toEqual([]);
		expect(fields).toMatchObject({
			title: 'T', subtitle: 'S', url: item.url, aliases: item.aliases, ids: item.ids, isbn: item.isbn,
			authors: item.authors, contributors: item.contributors, duration: {pages: 300}, price: item.price,
			progress: item.progress, rating: 4, finishedAt: '2026-02-03T00:00:00.000Z', recommendedBy: item.recommendedBy,
			image: item.image, language: 'zh', publishedAt: '2008',
		});
	});
	test('malformed ids, links and prices are errors, each on its row; nothing is dropped silently', () => {
		const values = {
			...valuesOf(item),
			ids: [{scheme: 'isbn' as const, value: '123'}, {scheme: 'doi' as const, value: 'nope'},
				{scheme: 'asin' as const, value: ''}],
			links: ['https://ok.example', 'javascript:alert(1)'], price: {amount: '12', currency: ''},
		};
		expect(readValues(values).errors).toEqual([
			{field: 'ids', index: 0, code: 'invalidIsbn'}, {field: 'ids', index: 1, code: 'invalidId'},
			{field: 'links', index: 1, code: 'invalidLink'}, {field: 'price', code: 'invalidPrice'},
		]);
	});
	test('a work needs a title, a link or an id', () => {
		expect(readValues(valuesOf({})).errors).toEqual([{field: 'title', code: 'noTitle'}]);
		expect(readValues({...valuesOf({}), ids: [{scheme: 'asin', value: 'B00ABCDEFG'}]}).errors).toEqual([]);
	});
	test('ISBNs and ids are stored in their one spelling; choosing another primary link swaps url and aliases', () => {
		const values = {
			...valuesOf(item),
			ids: [{scheme: 'isbn' as const, value: '0-262-51087-1'}, {scheme: 'doi' as const, value: 'https://doi.org/10.1000/ABC'}],
			links: [item.aliases[0]!, item.url!],
		};
		const {fields} = readValues(values);
		expect(fields).toMatchObject({isbn: ['9780262510875'], ids: ['doi:10.1000/abc'], url: 'https://store.example/1', aliases: ['https://book.example/1']});
	});
	test('patchBetween sends only changes; a cleared field is sent as a value that survives JSON', () => {
		const before = readValues(valuesOf(item)).fields;
		const after = readValues({
			...valuesOf(item), notes: 'new', publisher: '', subtitle: '', links: [], pages: '', rating: undefined,
		}).fields;
		const patch = JSON.parse(JSON.stringify(patchBetween(before, after)));
		expect(patch).toEqual({
			notes: 'new', publisher: null, subtitle: '', url: null, aliases: [], duration: null, rating: null,
		});
		expect(patchBetween(before, before)).toEqual({});
	});
	test('a new work leaves out what is empty', () => {
		const {fields} = readValues({...valuesOf({}, {kind: 'book'}), title: ' 三体 ', authors: '刘慈欣、宝树'});
		expect(newWorkFields(fields)).toEqual({title: '三体', kind: 'book', status: 'want', authors: ['刘慈欣', '宝树']});
	});
	test('filling takes only empty fields, merges links and ids, never kind, status or progress', () => {
		const mine = {
			...valuesOf({title: 'Mine', kind: 'article'}), ids: [{scheme: 'isbn' as const, value: '978-7-5366-9293-0'}],
		};
		const theirs = valuesOf({...item, title: 'Theirs'});
		const filled = fillValues(mine, theirs);
		expect(filled).toMatchObject({
			title: 'Mine', kind: 'article', status: 'want', publisher: 'P', links: [item.url, ...item.aliases],
		});
		expect(filled.ids)
			.toEqual([{scheme: 'isbn', value: '978-7-5366-9293-0'}, {scheme: 'doi', value: '10.1000/xyz'}]);
		expect(filled.progress.done).toBe('');
	});
	test('an Open Library answer fills the empty fields and makes an untouched kind a book', () => {
		const values = valuesOf({title: '三体'});
		const filled = fillFromLookup(values, {
			title: 'The Three-Body Problem', authors: ['刘慈欣'], isbn: ['9787536692930'], ids: ['olid:OL1W'],
			pages: 302, authorKeys: [],
		});
		expect(filled).toMatchObject({
			title: '三体', authors: '刘慈欣', kind: 'book', pages: '302', progress: {unit: 'page', total: '302'},
		});
		expect(readValues(filled).fields).toMatchObject({isbn: ['9787536692930'], ids: ['olid:OL1W']});
	});
});
