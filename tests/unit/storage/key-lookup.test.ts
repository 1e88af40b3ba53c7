import 'fake-indexeddb/auto';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {type KeyIndex, idsByKeys} from '../../../src/storage/key-lookup.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import type {ItemRow} from '../../../src/storage/schema.ts';

let dbCount = 0;

/** A database whose items hold the given keys (only what the `keys` index reads), and its index with reads counted. */
async function indexOf(rows: {id: string; keys: string[]}[]) {
	const db = await openShelfmarkDb(`key-lookup-${++dbCount}`);
	const tx = db.transaction('items', 'readwrite');
	await Promise.all([...rows.map(row => tx.store.put(row as unknown as ItemRow)), tx.done]);
	const index = db.transaction('items').store.index('keys');
	let reads = 0;
	const counted: KeyIndex = {
		count: range => (reads++, index.count(range)),
		getAllKeys: key => (reads++, index.getAllKeys(key)),
		openKeyCursor: range => (reads++, index.openKeyCursor(range)),
	};
	return {index, counted, reads: () => reads};
}

const key = (n: number) => `links.example/${String(n).padStart(5, '0')}`;

describe('idsByKeys', () => {
	test('answers every key as one read per key would, however the stored keys interleave', async () => {
		const rows = fc.array(fc.record({
			id: fc.stringMatching(/^[a-f0-9]{4}$/), keys: fc.uniqueArray(fc.nat(300).map(key), {maxLength: 3}),
		}), {maxLength: 60});
		const asked = fc.array(fc.nat(300).map(key), {maxLength: 80});
		await fc.assert(fc.asyncProperty(rows, asked, async (stored, wanted) => {
			const {index, counted} = await indexOf(stored);
			const found = await idsByKeys(counted, wanted);
			const expected = new Map(await Promise.all([...new Set(wanted)]
				.map(async k => [k, await index.getAllKeys(k)] as const)));
			expect(new Map([...found].sort())).toEqual(new Map([...expected].sort()));
		}), {numRuns: 40});
	});

	test('keys none of which is stored cost one read, not one each (an import of new works)', async () => {
		const {counted, reads} = await indexOf(Array.from({length: 500}, (_, n) => ({id: `a${n}`, keys: [`other.example/${n}`]})));
		const found = await idsByKeys(counted, Array.from({length: 2000}, (_, n) => key(n)));
		expect([...found.values()].every(ids => ids.length === 0)).toBe(true);
		expect(reads()).toBe(1);
	});

	test('a few stored keys among many are found in a few reads', async () => {
		const {counted, reads} = await indexOf([
			{id: 'b1', keys: [key(10)]}, {id: 'b2', keys: [key(1500), key(1501)]}, {id: 'b3', keys: [key(1500)]},
		]);
		const found = await idsByKeys(counted, Array.from({length: 2000}, (_, n) => key(n)));
		expect(found.get(key(10))).toEqual(['b1']);
		expect(found.get(key(1500))).toEqual(['b2', 'b3']);
		expect(found.get(key(1501))).toEqual(['b2']);
		expect([...found.values()].flat()).toHaveLength(4);
		expect(reads()).toBeLessThan(10);
	});
});
