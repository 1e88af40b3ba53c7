import {describe, expect, test} from 'vitest';
import type {Item} from '../../../src/core/types.ts';
import {itemIdForUrl} from '../../../src/core/url.ts';
import {type ImportRecord, planImport} from '../../../src/formats/index.ts';

const existing: Item = {
	id: 'old1', url: 'https://kept.example/book', aliases: [], ids: [], kind: 'book', title: 'Kept', authors: ['A'], contributors: [],
	isbn: ['9781617293726'], topics: ['k8s'], status: 'want', notes: 'mine', recommendedBy: [], addedAt: '2020-01-01', updatedAt: '2020-01-01',
};
const lookup = (url: string, isbn: string[]) => (url === existing.url || isbn.some(i => existing.isbn.includes(i)) ? existing : undefined);

describe('planImport', () => {
	test('fates: new, merged in-file by normalised URL and by ISBN, merged into the list, skipped, failed', () => {
		const records: ImportRecord[] = [
			{line: 2, url: 'https://new.example/a/', title: 'A', topics: ['x']},
			{line: 3, url: 'https://www.new.example/a?utm_source=feed', title: 'A again', topics: ['y'], status: 'done'},
			{line: 4, url: 'https://openlibrary.org/isbn/9781617293726', title: 'Same book', isbn: ['9781617293726'], topics: ['cloud'], status: 'done'},
			{line: 5, url: 'https://kept.example/book', title: 'Kept'},
			{line: 6, title: 'No address'},
			{line: 7, url: 'https://other.example/', title: 'B', isbn: ['9780306406157']},
			{line: 8, url: 'https://third.example/', title: 'B by ISBN', isbn: ['9780306406157'], authors: ['Z']},
		];
		const plan = planImport(records, lookup);
		expect(plan.entries.map(e => [e.line, e.fate])).toEqual([[2, 'new'], [3, 'merged'], [4, 'merged'], [5, 'skipped'], [6, 'failed'], [7, 'new'], [8, 'merged']]);
		expect(plan.counts).toEqual({new: 2, merged: 3, skipped: 1, failed: 1});
		expect(plan.entries[3]).toMatchObject({existingId: 'old1', code: 'NOTHING_NEW'});
		expect(plan.entries[1]).toMatchObject({sameAs: 0, id: itemIdForUrl('https://new.example/a/')});
		expect(plan.entries[2]).toMatchObject({existingId: 'old1', id: 'old1'});
		expect(plan.entries[4]).toMatchObject({code: 'NO_URL', reason: expect.stringContaining('no web address')});
		expect(plan.entries[6]).toMatchObject({sameAs: 5});
	});

	test('writes: new items carry the merged patch; existing ones only what the import adds, user values kept', () => {
		const plan = planImport([
			{line: 2, url: 'https://new.example/a', title: 'A', topics: ['x'], notes: 'n1'},
			{line: 3, url: 'https://new.example/a/', title: 'A again', topics: ['y'], notes: 'n2', status: 'done'},
			{line: 4, url: 'https://openlibrary.org/isbn/9781617293726', title: 'Other title', isbn: ['9781617293726'], topics: ['cloud'], status: 'done', authors: ['B'], rating: 4, notes: 'mine'},
		], lookup);
		expect(plan.writes).toHaveLength(2);
		expect(plan.writes[0]).toMatchObject({records: [0, 1], patch: {url: 'https://new.example/a', title: 'A', topics: ['x', 'y'], notes: 'n1\n\nn2', status: 'done'}});
		expect(plan.writes[1]!.existing).toBe(existing);
		expect(plan.writes[1]!.patch).toEqual({topics: ['k8s', 'cloud'], status: 'done', rating: 4, aliases: ['https://openlibrary.org/isbn/9781617293726']});
	});

	test('re-importing what is already there is skipped and writes nothing', () => {
		const plan = planImport([{line: 9, url: 'https://kept.example/book', title: 'Kept', topics: ['K8S'], isbn: ['9781617293726'], notes: 'mine'}], lookup);
		expect(plan.entries[0]).toMatchObject({fate: 'skipped', code: 'NOTHING_NEW', existingId: 'old1'});
		expect(plan.writes).toEqual([]);
	});

	test('a large import: duplicates across 20,000 rows found without quadratic work', () => {
		const records: ImportRecord[] = Array.from({length: 20_000}, (_, i) => ({line: i + 2, url: `https://bulk.example/${i % 16_000}/`, title: `T${i}`}));
		const plan = planImport(records, () => undefined);
		expect(plan.counts).toEqual({new: 16_000, merged: 4000, skipped: 0, failed: 0});
		expect(plan.entries[19_999]).toMatchObject({fate: 'merged', sameAs: 3999});
	});
});
