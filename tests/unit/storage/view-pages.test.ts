import 'fake-indexeddb/auto';
import {describe, expect, test, vi} from 'vitest';
import {ItemService} from '../../../src/background/items.ts';
import {applyPatch, emptyDoc, type ItemDoc, materialize} from '../../../src/core/item-doc.ts';
import {queryItems} from '../../../src/core/query.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';

let n = 0;
/** A repository as a worker finds it after its first start: views current, the list's length kept. */
async function open(name = `pages-${++n}`) {
	const repository = new ItemRepository(await openShelfmarkDb(name));
	if (!await repository.viewsCurrent()) await repository.rebuildViews();
	return repository;
}
const ids = (prefix: string, count: number) => Array.from({length: count}, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
const doc = (id: string, url: string, t: string, title = id): ItemDoc => applyPatch(emptyDoc(id, t), {url, title}, t);

/** A repository whose worker is killed after each write commits: the views it paged stay paged. */
async function killedAfterWrites(name?: string) {
	const repository = await open(name);
	const unpack = vi.spyOn(repository, 'unpackViews').mockResolvedValue();
	return {repository, restore: () => unpack.mockRestore()};
}

describe('the views of a large write, put in pages and moved into the views store after it', () => {
	test('1,500 new items put 2 pages of views, not 1,500 rows; the list reads right before and after they move', async () => {
		const {repository, restore} = await killedAfterWrites();
		const written = ids('a', 1_500);
		await repository.write(written, (_, t) => written.map(id => doc(id, `https://a.example/${id}`, t)));
		expect(await repository.db.count('viewPages')).toBe(2);
		expect(await repository.db.count('views')).toBe(0);
		// Until they move: one item from its doc, and no first page from the index (it lacks them)
		expect((await repository.view('a0042'))?.title).toBe('a0042');
		expect(await repository.livePage(0, 10)).toBeUndefined();

		restore();
		await repository.unpackViews();
		expect(await repository.db.count('viewPages')).toBe(0);
		expect(await repository.db.count('views')).toBe(1_500);
		const all = (await repository.all()).map(row => materialize(row.doc));
		expect(await repository.livePage(0, 20)).toEqual(queryItems(all, {limit: 20}));
		expect((await repository.livePage(0, 0))!.total).toBe(1_500);
	});

	test('a write of up to 1,000 items puts a row per view, as every small write does', async () => {
		const repository = await open();
		const written = ids('s', 1_000);
		await repository.write(written, (_, t) => written.map(id => doc(id, `https://s.example/${id}`, t)));
		expect(await repository.db.count('viewPages')).toBe(0);
		expect(await repository.db.count('views')).toBe(1_000);
	});

	test('a view written after a page (a small edit, a later large write) is not replaced when the page moves', async () => {
		const {repository, restore} = await killedAfterWrites();
		const first = ids('b', 1_200);
		await repository.write(first, (_, t) => first.map(id => doc(id, `https://b.example/${id}`, t)));
		await repository.write(['b0007'], (current, t) => [applyPatch(current.get('b0007')!, {title: 'edited'}, t)]);
		const second = ids('b', 1_100).slice(100); // b0100..b1099, written again
		await repository.write(second, (current, t) => second.map(id => applyPatch(current.get(id)!, {title: `${id} again`}, t)));
		restore();
		await repository.unpackViews();
		expect((await repository.view('b0007'))?.title).toBe('edited');
		expect((await repository.view('b0500'))?.title).toBe('b0500 again');
		expect((await repository.view('b1150'))?.title).toBe('b1150');
		expect((await repository.livePage(0, 0))!.total).toBe(1_200);
	});

	test('a worker killed before the pages moved: the next start moves them and reads the whole list', async () => {
		const name = `pages-${++n}`;
		const {repository} = await killedAfterWrites(name);
		const killed = new ItemService(repository);
		const written = ids('c', 2_500);
		await killed.write(written, (_, t) => written.map(id => doc(id, `https://c.example/${id}`, t)));
		const expected = queryItems((await repository.all()).map(row => materialize(row.doc)), {limit: 30});
		expect(expected.total).toBe(2_500);

		const cold = new ItemService(await open(name));
		expect(await cold.query({limit: 30})).toEqual(expected);
		expect((await cold.get('c2499'))?.title).toBe('c2499');
		expect(await cold.repository.db.count('viewPages')).toBe(0);
		expect(await cold.repository.db.count('views')).toBe(2_500);
	});

	test('the list\'s length stays right when a large write merges into items whose views are still paged', async () => {
		const {repository, restore} = await killedAfterWrites();
		const first = ids('d', 1_200);
		await repository.write(first, (_, t) => first.map(id => doc(id, `https://d.example/${id}`, t)));
		// Each new item shares its link with a stored one, which settle brings into the write and merges
		const second = ids('e', 1_200);
		await repository.write(second, (_, t) => second.map((id, i) => doc(id, `https://d.example/${first[i]}`, t)));
		restore();
		await repository.unpackViews();
		const live = (await repository.all()).filter(row => row.deleted === 0 && !row.mergedInto).length;
		expect(live).toBe(1_200);
		expect((await repository.livePage(0, 0))!.total).toBe(live);
	});
});

describe('a cold start soon after a large write', () => {
	test('with a copy of the list from before it: reads the copy, then the views written since, paged ones too', async () => {
		const name = `pages-${++n}`;
		const before = new ItemService(await open(name));
		const early = ids('f', 50);
		await before.write(early, (_, t) => early.map(id => doc(id, `https://f.example/${id}`, t)));
		await before.all();
		expect(await before.copy.settled()).toBe(true);
		const {repository} = await killedAfterWrites(name);
		const killed = new ItemService(repository);
		const large = ids('g', 1_300);
		await killed.write(large, (_, t) => large.map(id => doc(id, `https://g.example/${id}`, t)));
		await killed.write(['g0003'], (current, t) => [applyPatch(current.get('g0003')!, {title: 'edited after'}, t)]);

		const cold = new ItemService(await open(name));
		const pages = vi.spyOn(cold.repository, 'snapshotPages');
		const all = await cold.all();
		expect(pages).toHaveBeenCalled();
		expect(all).toHaveLength(1_350);
		expect(all.find(item => item.id === 'g0003')?.title).toBe('edited after');
		await cold.repository.unpackViews();
		expect(await cold.repository.db.count('viewPages')).toBe(0);
		expect((await cold.repository.view('g0003'))?.title).toBe('edited after');
	});
});
