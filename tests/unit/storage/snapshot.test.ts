import 'fake-indexeddb/auto';
import fc from 'fast-check';
import {describe, expect, test, vi} from 'vitest';
import {ItemService} from '../../../src/background/items.ts';
import {applyPatch, emptyDoc, materialize} from '../../../src/core/item-doc.ts';
import type {Item} from '../../../src/core/types.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';

let n = 0;
const open = async (name: string) => new ItemRepository(await openShelfmarkDb(name));
const byId = (items: Item[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
/** What the docs hold, materialised afresh: what any cold read must give. */
const stored = async (repository: ItemRepository) => byId((await repository.all()).map(row => materialize(row.doc)));
const docs = (count: number, from = 0) => Array.from({length: count}, (_, i) => applyPatch(
	emptyDoc(`doc${String(from + i).padStart(6, '0')}`, '000000001.0000.node'),
	{url: `https://books.example/${from + i}`, title: `Book ${from + i}`}, '000000002.0000.node'));

/** A worker started on database `name`: reads the whole list, then waits for the copy it may write. */
async function coldRead(name: string): Promise<{items: Item[]; service: ItemService; repository: ItemRepository}> {
	const repository = await open(name);
	const service = new ItemService(repository);
	const items = await service.all();
	await service.copy.settled();
	return {items, service, repository};
}

describe('the list\'s copy (a cold start reads a few large pages, then what was written since)', () => {
	test('the first cold read copies the list; the next reads the copy and the views written after it', async () => {
		const name = `snapshot-${++n}`;
		const first = await coldRead(name);
		await first.service.mergeIn(docs(2_500));
		const copied = await coldRead(name);
		expect(await copied.repository.snapshotMark())
			.toEqual({seq: await copied.repository.writeSeq(), version: expect.any(Number)});

		await copied.service.save({url: 'https://books.example/new', title: 'New'});
		await copied.service.setDeleted([copied.items[0]!.id], true);
		const repository = await open(name);
		const slices = vi.spyOn(repository, 'viewSlice');
		const pages = vi.spyOn(repository, 'snapshotPages');
		const cold = new ItemService(repository);
		expect(byId(await cold.all())).toEqual(await stored(repository));
		expect(slices).not.toHaveBeenCalled();
		expect(pages).toHaveBeenCalledTimes(1); // Three pages of 1,000, read in one request of up to ten
		expect(await cold.copy.settled()).toBe(false); // Two views since the copy: not worth copying again
	});

	test('a worker that wrote more than the threshold since the copy copies the list again, marked at its write', async () => {
		const name = `snapshot-${++n}`;
		const first = await coldRead(name);
		await first.service.mergeIn(docs(10));
		const copied = await coldRead(name);
		await copied.service.mergeIn(docs(1_990, 10));
		// 10 views since the empty list's copy, then 1,990: not more than 2,000
		expect(await copied.service.copy.settled()).toBe(false);
		expect((await copied.repository.snapshotPages(0, 10)).flat().length).toBe(0);
		await copied.service.save({url: 'https://books.example/one-more', title: 'One more'});
		const seq = await copied.repository.writeSeq();
		await copied.service.copy.settled();
		expect(await copied.repository.snapshotMark()).toMatchObject({seq});
		expect((await copied.repository.snapshotPages(0, 10)).flat().length).toBe(2_001);
		const again = await coldRead(name);
		expect(await again.service.copy.settled()).toBe(false);
		expect(byId(again.items)).toEqual(await stored(again.repository));
	});

	test('a copy that fails halfway (a value that cannot be stored, a killed worker) leaves the one before', async () => {
		const name = `snapshot-${++n}`;
		const {service, repository} = await coldRead(name);
		await service.mergeIn(docs(5));
		await repository.writeSnapshot(await service.all(), 1);
		const before = await repository.snapshotPages(0, 10);
		const broken = [...await service.all(), {id: 'x', title: () => 'a function cannot be cloned'} as unknown as Item];
		await expect(repository.writeSnapshot(broken, 2)).rejects.toThrow();
		expect(await repository.snapshotPages(0, 10)).toEqual(before);
		expect(await repository.snapshotMark()).toMatchObject({seq: 1});
	});

	test('a rebuild of the views drops the copy it would contradict', async () => {
		const name = `snapshot-${++n}`;
		const {service, repository} = await coldRead(name);
		await service.mergeIn(docs(3));
		await repository.writeSnapshot(await service.all(), 1);
		await repository.rebuildViews();
		expect(await repository.snapshotMark()).toBeUndefined();
		expect(byId((await coldRead(name)).items)).toEqual(await stored(repository));
	});

	test('any run of writes and restarts: a cold read gives what the docs hold', async () => {
		const op = fc.oneof(
			fc.record({add: fc.integer({min: 1, max: 40})}),
			fc.record({edit: fc.nat(), title: fc.string({maxLength: 8})}),
			fc.record({trash: fc.nat()}),
			fc.constant({restart: true}),
		);
		const run = fc.array(op, {maxLength: 10});
		await fc.assert(fc.asyncProperty(run, fc.integer({min: 0, max: 50}), async (ops, copyAfter) => {
			const name = `snapshot-${++n}`;
			let {service, repository} = await coldRead(name);
			let added = 0;
			for (const step of ops) {
				const ids = (await service.all()).map(item => item.id);
				if ('add' in step) await service.mergeIn(docs(step.add, (added += step.add) - step.add));
				else if ('restart' in step) ({service, repository} = await coldRead(name));
				else if (ids.length === 0) continue;
				else if ('edit' in step) await service.update([ids[step.edit % ids.length]!],
					{title: step.title || 'x'});
				else await service.setDeleted([ids[step.trash % ids.length]!], true);
				// Copies taken at any moment, as a worker whose threshold was reached would
				if (added > copyAfter && 'restart' in step) {
					await repository.writeSnapshot(await service.all(), await repository.writeSeq());
				}
			}
			const cold = await coldRead(name);
			expect(byId(cold.items)).toEqual(await stored(cold.repository));
		}), {numRuns: 30});
	});
});
