import {describe, expect, test} from 'vitest';
import type {Item} from '../../../src/core/types.ts';
import {itemIdForKey, itemKeys} from '../../../src/core/keys.ts';
import {cleanPatch} from '../../../src/core/save.ts';
import {itemIdForUrl} from '../../../src/core/url.ts';
import {type ImportRecord, planImport, WeakIndex} from '../../../src/formats/index.ts';

const existing: Item = {
	id: 'old1', url: 'https://kept.example/book', aliases: [], ids: [], kind: 'book', title: 'Kept', authors: ['A'], contributors: [],
	isbn: ['9781617293726'], topics: ['k8s'], status: 'want', notes: 'mine', recommendedBy: [],
	addedAt: '2020-01-01', updatedAt: '2020-01-01',
};
const lookup = (keys: readonly string[]) => (keys.some(key => itemKeys(existing).includes(key)) ? existing : undefined);

describe('planImport', () => {
	test('fates: new, merged in-file by normalised URL and by ISBN, merged into the list, skipped, failed only with no title or key', () => {
		const records: ImportRecord[] = [
			{line: 2, url: 'https://new.example/a/', title: 'A', topics: ['x']},
			{line: 3, url: 'https://www.new.example/a?utm_source=feed', title: 'A again', topics: ['y'], status: 'done'},
			{line: 4, url: 'https://shop.example/same', title: 'Same book', isbn: ['9781617293726'], topics: ['cloud'], status: 'done'},
			{line: 5, url: 'https://kept.example/book', title: 'Kept'},
			{line: 6, title: 'No address'},
			{line: 7, url: 'https://other.example/', title: 'B', isbn: ['9780306406157']},
			{line: 8, url: 'https://third.example/', title: 'B by ISBN', isbn: ['9780306406157'], authors: ['Z']},
			{line: 9, title: '  ', notes: 'neither a title nor a key'},
		];
		const plan = planImport(records, lookup);
		expect(plan.entries.map(e => [e.line, e.fate])).toEqual([
			[2, 'new'], [3, 'merged'], [4, 'merged'], [5, 'skipped'],
			[6, 'new'], [7, 'new'], [8, 'merged'], [9, 'failed'],
		]);
		expect(plan.counts).toEqual({new: 3, merged: 3, skipped: 1, failed: 1});
		expect(plan.entries[3]).toMatchObject({existingId: 'old1', code: 'NOTHING_NEW'});
		expect(plan.entries[1]).toMatchObject({sameAs: 0, id: itemIdForUrl('https://new.example/a/')});
		expect(plan.entries[2]).toMatchObject({existingId: 'old1', id: 'old1'});
		expect(plan.entries[4]!.id).toMatch(/^[\da-f]{16}$/); // A title alone: a random id
		expect(plan.entries[6]).toMatchObject({sameAs: 5});
		expect(plan.entries[7]).toMatchObject({code: 'NO_WORK', reason: expect.stringContaining('neither a title')});
	});

	test('writes carry patches cleaned as a save cleans them, so the import\'s transaction need not clean them again', () => {
		const record: ImportRecord = {line: 2, url: 'https://www.clean.example/a?utm_source=feed', title: `  ${'T'.repeat(600)}`,
			topics: ['#Cloud  Native', 'cloud native'], authors: [' Ann ', 'Ann']};
		const [write] = planImport([record], () => undefined).writes;
		expect(write!.patch).toEqual(cleanPatch(write!.patch));
		expect(write!.patch).toMatchObject({url: 'https://www.clean.example/a', topics: ['cloud native'], authors: ['Ann']});
		expect(write!.patch.title).toHaveLength(500);
	});

	test('writes: new items carry the merged patch; existing ones only what the import adds, user values kept', () => {
		const plan = planImport([
			{line: 2, url: 'https://new.example/a', title: 'A', topics: ['x'], notes: 'n1'},
			{line: 3, url: 'https://new.example/a/', title: 'A again', topics: ['y'], notes: 'n2', status: 'done'},
			{
				line: 4, url: 'https://shop.example/b', title: 'Other title', isbn: ['9781617293726'], topics: ['cloud'],
				status: 'done', authors: ['B'], rating: 4, notes: 'mine',
			},
		], lookup);
		expect(plan.writes).toHaveLength(2);
		expect(plan.writes[0]).toMatchObject({records: [0, 1], patch: {
			url: 'https://new.example/a', title: 'A', topics: ['x', 'y'], notes: 'n1\n\nn2', status: 'done',
		}});
		expect(plan.writes[1]!.existing).toBe(existing);
		expect(plan.writes[1]!.patch).toEqual({topics: ['k8s', 'cloud'], status: 'done', rating: 4, aliases: ['https://shop.example/b']});
	});

	test('re-importing what is already there is skipped and writes nothing', () => {
		const plan = planImport([{
			line: 9, url: 'https://kept.example/book', title: 'Kept', topics: ['K8S'], isbn: ['9781617293726'], notes: 'mine',
		}], lookup);
		expect(plan.entries[0]).toMatchObject({fate: 'skipped', code: 'NOTHING_NEW', existingId: 'old1'});
		expect(plan.writes).toEqual([]);
	});

	test('records merge by ANY shared key: a DOI, an ASIN, a link of the list item; a new item takes its first key\'s id', () => {
		const records: ImportRecord[] = [
			{line: 1, title: 'Thesis', ids: ['doi:10.1000/thesis']},
			{line: 2, url: 'https://repo.example/thesis', title: 'Thesis (repository)', ids: ['doi:10.1000/thesis'], topics: ['t']},
			{line: 3, title: 'Kindle book', ids: ['asin:B0084FWN26']},
			{line: 4, title: 'Same Kindle book', ids: ['goodreads:42', 'asin:B0084FWN26']},
			{line: 5, title: 'By Goodreads id', ids: ['goodreads:42']},
			{line: 6, title: 'Kept, by ISBN only', isbn: ['9781617293726'], ids: ['olid:OL1M']},
			{line: 7, title: 'Kept, by its Open Library id', ids: ['olid:OL1M']},
		];
		const plan = planImport(records, lookup);
		expect(plan.entries.map(e => e.fate))
			.toEqual(['new', 'merged', 'new', 'merged', 'merged', 'merged', 'skipped']);
		expect(plan.entries[0]!.id).toBe(itemIdForKey('doi:10.1000/thesis'));
		expect(plan.writes[0]!.patch).toMatchObject({url: 'https://repo.example/thesis', ids: ['doi:10.1000/thesis'], topics: ['t']});
		expect(plan.entries[4]).toMatchObject({sameAs: 2});
		expect(plan.entries[5]).toMatchObject({existingId: 'old1'});
		// The list item learnt the Open Library id from line 6, so line 7 finds it through the import's own keys
		expect(plan.entries[6]).toMatchObject({existingId: 'old1', code: 'NOTHING_NEW'});
		expect(plan.writes.find(write => write.id === 'old1')!.patch.ids).toEqual(['olid:OL1M']);
	});

	test('a record staged with an id or ISBN not in its one spelling fails BAD_ID, naming it, instead of breaking the write', () => {
		const plan = planImport([
			{line: 1, title: 'Unknown scheme', ids: ['foo:bar']},
			{line: 2, title: 'Upper-case DOI', ids: ['doi:10.1000/ABC']},
			{line: 3, title: 'ISBN-10', isbn: ['0306406152']},
			{line: 4, title: 'Fine', ids: ['doi:10.1000/abc'], isbn: ['9780306406157']},
		], () => undefined);
		expect(plan.entries.map(e => [e.fate, e.code]))
			.toEqual([['failed', 'BAD_ID'], ['failed', 'BAD_ID'], ['failed', 'BAD_ID'], ['new', undefined]]);
		expect(plan.entries[0]!.reason).toContain('foo:bar');
		expect(plan.writes).toHaveLength(1);
	});

	test('weak matches are offered, never merged unless ticked: against the list and against earlier records', () => {
		const list = new WeakIndex<Item>();
		list.add(existing, existing);
		const weak = (work: Pick<Item, 'title' | 'authors'>) => list.find(work);
		const records: ImportRecord[] = [
			{line: 1, title: 'kept!', authors: ['Ann A'], isbn: ['9780306406157']}, // Same title, family name "a"
			{line: 2, title: 'Cloud Native Go', authors: ['Titmus, Matthew']},
			{line: 3, title: 'cloud-native go', authors: ['Matthew Titmus'], topics: ['go']},
			{line: 4, title: 'Cloud Native Go', authors: ['Someone Else']},
		];
		const plain = planImport(records, lookup, {weak});
		expect(plain.entries.map(e => e.fate)).toEqual(['new', 'new', 'new', 'new']);
		expect(plain.entries[0]!.possibleDuplicateOf).toEqual({title: 'Kept', existingId: 'old1'});
		expect(plain.entries[2]!.possibleDuplicateOf).toEqual({title: 'Cloud Native Go', sameAs: 1});
		expect(plain.entries[1]!.possibleDuplicateOf).toBeUndefined();
		expect(plain.entries[3]!.possibleDuplicateOf).toBeUndefined(); // Another author: not even possibly the same
		expect(plain.writes).toHaveLength(4);

		const ticked = planImport(records, lookup, {weak, merge: [0, 2]});
		expect(ticked.entries.map(e => e.fate)).toEqual(['merged', 'new', 'merged', 'new']);
		expect(ticked.entries[0]).toMatchObject({existingId: 'old1', possibleDuplicateOf: {existingId: 'old1'}});
		expect(ticked.entries[2]).toMatchObject({sameAs: 1, id: ticked.entries[1]!.id});
		expect(ticked.writes.find(write => write.id === 'old1')!.patch.isbn)
			.toEqual(['9781617293726', '9780306406157']);
		expect(ticked.writes).toHaveLength(3);
		// Ticking a record that has no possible duplicate changes nothing
		expect(planImport(records, lookup, {weak, merge: [1, 3]}).counts).toEqual(plain.counts);
	});

	test('a large import: duplicates across 20,000 rows found without quadratic work', () => {
		const records: ImportRecord[] = Array.from({length: 20_000}, (_, i) => ({line: i + 2, url: `https://bulk.example/${i % 16_000}/`, title: `T${i}`}));
		const plan = planImport(records, () => undefined);
		expect(plan.counts).toEqual({new: 16_000, merged: 4000, skipped: 0, failed: 0});
		expect(plan.entries[19_999]).toMatchObject({fate: 'merged', sameAs: 3999});
	});
});
