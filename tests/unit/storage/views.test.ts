import 'fake-indexeddb/auto';
import fc from 'fast-check';
import {describe, expect, test, vi} from 'vitest';
import {ItemService} from '../../../src/background/items.ts';
import {applyPatch, emptyDoc, type ItemPatch, setDeleted} from '../../../src/core/item-doc.ts';
import {isLiveDoc} from '../../../src/core/merge-items.ts';
import {MemoryStore} from '../../../src/sync/engine/memory-store.ts';
import {queryItems} from '../../../src/core/query.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {toView} from '../../../src/storage/derive.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';

let n = 0;
const open = async (name = `views-${++n}`) => new ItemRepository(await openShelfmarkDb(name));

/** A list saved through the service: some added at the same moment (imports do that), some trashed, two merged. */
async function fill(items: ItemService, count: number) {
	const saved = [];
	for (let i = 0; i < count; i++) {
		saved.push(await items.save({url: `https://books.example/${i}`, title: `Book ${i}`, topics: [`t${i % 3}`],
			addedAt: new Date(Date.UTC(2025, 0, 1 + (i % 4))).toISOString()}));
	}
	await items.setDeleted([saved[1]!.id], true);
	await items.merge([saved[2]!.id, saved[3]!.id]);
	return saved;
}

describe('the stored views (a cold start reads the list, not the docs)', () => {
	test('every write keeps its view in the same transaction; the index gives the list\'s own order', async () => {
		const repository = await open();
		const items = new ItemService(repository);
		await fill(items, 12);
		const all = await items.all();
		for (const item of all) expect(await repository.view(item.id)).toEqual(item);
		for (const [offset, limit] of [[0, 50], [0, 3], [4, 5], [20, 5], [0, 0]] as const) {
			expect(await repository.livePage(offset, limit)).toEqual(queryItems(all, {offset, limit}));
		}
	});

	test('same order as the in-memory sort for any added and updated times, ties included', async () => {
		const stamp = fc.integer({min: 0, max: 3}).map(day => new Date(Date.UTC(2025, 0, 1 + day)).toISOString());
		const pairs = fc.array(fc.tuple(stamp, stamp), {minLength: 1, maxLength: 12});
		await fc.assert(fc.asyncProperty(pairs, async times => {
			const repository = await open();
			const items = new ItemService(repository);
			for (const [i, [addedAt]] of times.entries()) await items.save({url: `https://w.example/${i}`, title: `W${i}`, addedAt});
			const all = await items.all();
			expect(await repository.livePage(0, 50)).toEqual(queryItems(all, {limit: 50}));
		}), {numRuns: 25});
	});

	test('a new worker serves the first page and single items from the views before the list is read', async () => {
		const name = `views-${++n}`;
		const first = new ItemService(await open(name));
		const saved = await fill(first, 8);
		const expected = await first.query({limit: 5});

		const repository = await open(name);
		const slice = vi.spyOn(repository, 'viewSlice');
		const pages = vi.spyOn(repository, 'snapshotPages');
		const cold = new ItemService(repository);
		expect(await cold.get(saved[0]!.id)).toEqual(await first.get(saved[0]!.id));
		expect((await cold.find('https://books.example/3'))?.id).toBe((await first.find('https://books.example/3'))?.id); // Merged: its survivor
		expect(slice).not.toHaveBeenCalled();
		expect(pages).not.toHaveBeenCalled();
		expect(await cold.query({limit: 5})).toEqual(expected);
		expect(await cold.query({limit: 0})).toEqual({items: [], total: expected.total});
		// Filters and searches need the whole list: it is read then, from the views or the list's copy
		expect(await cold.query({text: 'Book 7'})).toEqual(await first.query({text: 'Book 7'}));
		expect(slice.mock.calls.length + pages.mock.calls.length).toBeGreaterThan(0);
	});

	test('writes made while the list is being read are in it once read', async () => {
		const name = `views-${++n}`;
		await fill(new ItemService(await open(name)), 6);
		const cold = new ItemService(await open(name));
		const reading = cold.all();
		const late = await cold.save({url: 'https://books.example/late', title: 'Late'});
		await reading;
		expect((await cold.all()).find(item => item.id === late.id)).toEqual(late);
		expect((await cold.query({text: 'late'})).items.map(item => item.id)).toEqual([late.id]);
	});

	test('views without their version mark (a rebuild killed halfway, an older materialize) are rebuilt', async () => {
		const name = `views-${++n}`;
		const first = new ItemService(await open(name));
		await fill(first, 6);
		const expected = await first.query({});
		const repository = await open(name);
		// What a killed rebuild leaves: some views gone, one wrong, no mark
		await repository.db.clear('views');
		await repository.db.put('views', toView({...expected.items[0]!, title: 'stale'}, 1));
		await repository.db.delete('meta', 'viewsVersion');
		expect(await repository.viewsCurrent()).toBe(false);
		const cold = new ItemService(repository);
		expect(await cold.query({limit: 50})).toEqual(expected);
		expect(await repository.viewsCurrent()).toBe(true);
		expect(await repository.livePage(0, 50)).toEqual(expected);
	});

	test('the list\'s length is kept with every write: saves, trash, restore, merges, settled merges', async () => {
		const op = fc.oneof(
			fc.record({save: fc.integer({min: 0, max: 5}), isbn: fc.boolean()}),
			fc.record({trash: fc.integer({min: 0, max: 5}), deleted: fc.boolean()}),
			fc.record({merge: fc.tuple(fc.integer({min: 0, max: 5}), fc.integer({min: 0, max: 5}))}),
		);
		await fc.assert(fc.asyncProperty(fc.array(op, {maxLength: 12}), async ops => {
			const repository = await open();
			const items = new ItemService(repository);
			await items.query({}); // A fresh list: the views and their count start here
			const ids = new Map<number, string>();
			for (const step of ops) {
				if ('save' in step) {
					// The same ISBN on two works makes the write settle them into one (a merge nobody asked for)
					const saved = await items.save({url: `https://w.example/${step.save}`, title: `W${step.save}`,
						...(step.isbn ? {isbn: ['9787121317279']} : {})});
					ids.set(step.save, saved.id);
				} else if ('trash' in step) {
					const id = ids.get(step.trash);
					if (id && await items.survivor(id)) {
						await items.setDeleted([(await items.survivor(id))!.id], step.deleted);
					}
				} else {
					const pair = [...new Set(step.merge.map(n => ids.get(n)))].filter(Boolean) as string[];
					const live = (await Promise.all(pair.map(id => items.survivor(id))))
						.filter(item => item && !item.deletedAt);
					const distinct = [...new Set(live.map(item => item!.id))];
					if (distinct.length === 2) await items.merge(distinct);
				}
			}
			const expected = (await items.query({limit: 0})).total;
			expect((await repository.livePage(0, 0))!.total).toBe(expected);
			expect(await repository.db.countFromIndex('views', 'live-added', IDBKeyRange.bound([1], [1, []])))
				.toBe(expected);
		}), {numRuns: 40});
	});
});

describe('settling a restore (a trashed work comes back beside one that shares its ISBN)', () => {
	const isbn = '9780134190440';
	const restore = async (items: ItemService) => {
		const kept = await items.save({url: 'https://a.example/1', title: 'A', isbn: [isbn]});
		const trashed = await items.save({url: 'https://b.example/1', title: 'B'});
		await items.setDeleted([trashed.id], true);
		await items.update([trashed.id], {isbn: [isbn]}); // In the trash: nothing to merge with yet
		await items.setDeleted([trashed.id], false);
		return [kept, trashed] as const;
	};

	test('in IndexedDB: the restored work merges into the live one, though its keys did not change', async () => {
		const items = new ItemService(await open());
		const [kept, trashed] = await restore(items);
		const live = (await items.query({})).items;
		expect(live).toHaveLength(1);
		expect(live[0]!.id).toBe([kept.id, trashed.id].sort()[0]);
	});

	test('in the sync engine\'s memory store too', async () => {
		const store = new MemoryStore('m');
		const write = (id: string, patch: ItemPatch) =>
			store.write([id], (current, t) => [applyPatch(current.get(id) ?? emptyDoc(id, t), patch, t)]);
		await write('a1', {url: 'https://a.example/1', title: 'A', isbn: [isbn]});
		await write('b1', {url: 'https://b.example/1', title: 'B'});
		await store.write(['b1'], (current, t) => [setDeleted(current.get('b1')!, true, t)]);
		await write('b1', {isbn: [isbn]});
		await store.write(['b1'], (current, t) => [setDeleted(current.get('b1')!, false, t)]);
		const live = [...store.docs.values()].filter(isLiveDoc);
		expect(live.map(doc => doc.id)).toEqual(['a1']);
	});
});
