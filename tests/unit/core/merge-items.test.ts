import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {canonicalJson} from '../../../src/core/canonical.ts';
import {errorCode} from '../../../src/core/errors.ts';
import {addToSet, applyPatch, emptyDoc, materialize, mergeDocs, type ItemDoc} from '../../../src/core/item-doc.ts';
import {absorbInto, docKeys, isLiveDoc, mergeGroup, mergeItems} from '../../../src/core/merge-items.ts';
import {itemKeys} from '../../../src/core/keys.ts';
import {play, stepArb} from './doc-arbitrary.ts';

const RUNS = {numRuns: 500};
const same = (a: ItemDoc, b: ItemDoc) => expect(canonicalJson(a)).toBe(canonicalJson(b));
const T1 = '000000100.0000.d1';
const T2 = '000000100.0000.d2';

/** Three replicas' copies of one item, each with its own history. */
const copiesArb = (id: string) => fc.array(stepArb, {maxLength: 10}).map(steps => play(steps, id));
/** Three distinct items, each as three replicas hold them. */
const worksArb = fc.tuple(copiesArb('a1'), copiesArb('b2'), copiesArb('c3'));

/** Merges the items named by a pair, following absorbed ones to their survivor first (as storage does). */
function mergeInOrder(docs: Map<string, ItemDoc>, pairs: [string, string][], t: string): void {
	const survivor = (id: string) => {
		let current = id;
		while (docs.get(current)!.f.mergedInto?.v) current = docs.get(current)!.f.mergedInto!.v!;
		return current;
	};
	for (const [x, y] of pairs) {
		const [a, b] = [survivor(x), survivor(y)];
		if (a === b) continue;
		for (const doc of mergeItems(docs.get(a)!, docs.get(b)!, t)) docs.set(doc.id, doc);
	}
}

describe('merging two items that are one work (fast-check)', () => {
	test('the smaller id survives with the union of both; the other becomes a tombstone pointing at it', () => {
		const a = applyPatch(emptyDoc('a1', T1), {title: 'Cloud Native Go', topics: ['go'], url: 'https://a.example/x'}, T1);
		const b = applyPatch(emptyDoc('b2', T1),
			{title: 'Cloud Native Go', topics: ['cloud'], isbn: ['9781492076339'], notes: 'n'}, T2);
		const [survivor, tombstone] = mergeItems(b, a, '000000200.0000.d1');
		expect(materialize(survivor)).toMatchObject({
			id: 'a1', url: 'https://a.example/x', topics: ['cloud', 'go'], isbn: ['9781492076339'], notes: 'n',
		});
		expect(materialize(survivor).deletedAt).toBeUndefined();
		expect(materialize(tombstone)).toMatchObject({id: 'b2', mergedInto: 'a1'});
		expect(isLiveDoc(tombstone)).toBe(false);
	});

	test('the survivor does not depend on the order of the two', () => {
		fc.assert(fc.property(worksArb, ([[a], [b]]) => {
			same(mergeItems(a!, b!, T1)[0], mergeItems(b!, a!, T1)[0]);
		}), RUNS);
	});

	test('a group merged pair by pair in any order gives the same survivor', () => {
		const pairsArb = fc.shuffledSubarray<[string, string]>([['a1', 'b2'], ['b2', 'c3'], ['a1', 'c3']],
			{minLength: 2});
		fc.assert(fc.property(worksArb, pairsArb, pairsArb, ([[a], [b], [c]], one, other) => {
			const run = (pairs: [string, string][]) => {
				const docs = new Map([a!, b!, c!].map(doc => [doc.id, doc]));
				mergeInOrder(docs, pairs, T1);
				return docs.get('a1')!;
			};
			same(run(one), run(other));
			same(run(one), mergeGroup([c!, a!, b!], T2)[0]!);
		}), RUNS);
	});

	test('two devices merging their own copies at different times converge once they exchange docs', () => {
		fc.assert(fc.property(worksArb, ([[a1, a2, a3], [b1, b2, b3]]) => {
			const [s1, x1] = mergeItems(a1!, b1!, T1);
			const [s2, x2] = mergeItems(b2!, a2!, T2);
			// A third device edits the absorbed item without having seen either merge
			const late = applyPatch(b3!, {notes: 'late edit'}, '000000900.0000.d3');
			const absorbed = mergeDocs(mergeDocs(x1!, x2!), late);
			const survivor = absorbInto(mergeDocs(mergeDocs(s1!, s2!), a3!), absorbed);
			expect(materialize(absorbed).mergedInto).toBe('a1');
			expect(materialize(survivor).notes).toBe('late edit');
			same(survivor, absorbInto(mergeDocs(mergeDocs(a1!, a2!), a3!), mergeDocs(mergeDocs(b1!, b2!), late)));
		}), RUNS);
	});
});

describe('merging refuses what is not two items', () => {
	const a = applyPatch(emptyDoc('a1', T1), {title: 'A'}, T1);
	const b = applyPatch(emptyDoc('b2', T1), {title: 'B'}, T1);

	test('an item with itself', () => {
		expect(() => mergeItems(a, a, T2)).toThrow(/itself/);
		expect(() => mergeGroup([a, a], T2)).toThrow(/two or more different/);
	});

	test('an item already merged into another', () => {
		const [, tombstone] = mergeItems(a, b, T2);
		let error: unknown;
		try {
			mergeItems(tombstone, addToSet(a, 'topics', ['x'], T2), '000000300.0000.d1');
		} catch (caught) {
			error = caught;
		}
		expect(errorCode(error)).toBe('INVALID_ITEM');
		expect(String(error)).toMatch(/already merged into a1/);
	});
});

test('a doc\'s keys are its item\'s keys, read without materialising it', () => {
	fc.assert(fc.property(worksArb, ([[a]]) => {
		const doc = applyPatch(a!, {
			url: 'https://e.example/x', aliases: ['https://e.example/x', 'https://www.e.example/y'],
			isbn: ['9787121317279'], ids: ['doi:10.1000/x'],
		}, '000000999.0000.z');
		expect(docKeys(doc)).toEqual(itemKeys(materialize(doc)));
		expect(docKeys(a!)).toEqual(itemKeys(materialize(a!)));
	}), RUNS);
});

test('merging two items with the same title shows no conflict; different titles show one, once', () => {
	const same = (title: string, id: string, node: string) => applyPatch(emptyDoc(id, T1), {title}, `000000100.0000.${node}`);
	const [unchanged] = mergeItems(same('Cloud Native Go', 'a1', 'd1'), same('Cloud Native Go', 'b2', 'd2'), T2);
	expect(materialize(unchanged).conflicts).toBeUndefined();
	const [differs] = mergeItems(same('Cloud Native Go', 'a1', 'd1'), same('Cloud-Native Go', 'b2', 'd2'), T2);
	expect(materialize(differs).conflicts).toEqual({title: ['Cloud Native Go']});
	fc.assert(fc.property(worksArb, ([[a, b, c]]) => {
		const item = materialize(mergeDocs(mergeDocs(a!, b!), c!));
		for (const field of ['title', 'notes'] as const) {
			const shown = item.conflicts?.[field] ?? [];
			expect(shown).not.toContain(item[field]);
			expect(new Set(shown).size).toBe(shown.length);
		}
	}), RUNS);
});
