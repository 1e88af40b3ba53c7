import 'fake-indexeddb/auto';
import fc from 'fast-check';
import {describe, expect, test, vi} from 'vitest';
import {ItemService} from '../../../src/background/items.ts';
import {possibleDuplicates} from '../../../src/core/duplicates.ts';
import {countTopics} from '../../../src/core/query.ts';
import {invertTopicChange} from '../../../src/core/topic-changes.ts';
import type {Item} from '../../../src/core/types.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';

let n = 0;
async function service(onChange: (items: Item[]) => void = () => {}) {
	return new ItemService(new ItemRepository(await openShelfmarkDb(`items-${++n}`)), onChange);
}

const page = {url: 'https://time.geekbang.org/column/intro/116?utm_source=x', title: '深入剖析Kubernetes', kind: 'course' as const};

describe('ItemService', () => {
	test('saves a page, then finds it by the same page under another URL form', async () => {
		const items = await service();
		const saved = await items.save({...page, topics: ['Kubernetes', ' cloud-native ']});
		expect(saved).toMatchObject({url: 'https://time.geekbang.org/column/intro/116', status: 'want', topics: ['cloud-native', 'kubernetes']});
		expect((await items.find('http://time.geekbang.org/column/intro/116/'))?.id).toBe(saved.id);
	});

	test('saving the same page again updates the item instead of adding one', async () => {
		const items = await service();
		await items.save(page);
		await items.save({...page, status: 'reading'});
		const all = await items.all();
		expect(all).toHaveLength(1);
		expect(all[0]).toMatchObject({status: 'reading'});
	});

	test('rejects a non-http(s) URL with a stable code', async () => {
		const items = await service();
		await expect(items.save({url: 'javascript:alert(1)', title: 'x'})).rejects.toMatchObject({code: 'INVALID_ITEM'});
	});

	test('search, filters and Chinese substrings go through the cache', async () => {
		const items = await service();
		await items.save({...page, topics: ['kubernetes']});
		await items.save({url: 'https://example.com/go', title: 'Cloud Native Go', kind: 'book', authors: ['Kevin Hoffman'], topics: ['go']});
		expect((await items.query({text: '剖析'})).items.map(i => i.title)).toEqual(['深入剖析Kubernetes']);
		expect((await items.query({text: 'hoffman'})).total).toBe(1);
		expect((await items.query({kind: 'book'})).items[0]!.title).toBe('Cloud Native Go');
		expect((await items.query({topics: ['kubernetes']})).total).toBe(1);
	});

	test('delete moves to the trash and restore brings it back; both notify', async () => {
		const onChange = vi.fn();
		const items = await service(onChange);
		const saved = await items.save(page);
		await items.setDeleted([saved.id], true);
		expect((await items.query({})).total).toBe(0);
		expect((await items.query({trash: true})).items[0]!.id).toBe(saved.id);
		await items.setDeleted([saved.id], false);
		expect((await items.query({})).total).toBe(1);
		expect(onChange).toHaveBeenCalledTimes(3);
	});

	test('renaming a topic onto an existing one merges them; deleting removes it', async () => {
		const items = await service();
		await items.save({...page, topics: ['k8s', 'kubernetes']});
		await items.save({url: 'https://example.com/b', title: 'B', topics: ['k8s']});
		expect(await items.renameTopic('k8s', 'Kubernetes')).toBe(2);
		expect(await items.topics()).toEqual([{name: 'kubernetes', count: 2}]);
		expect(await items.renameTopic('kubernetes', '')).toBe(2);
		expect(await items.topics()).toEqual([]);
	});

	test('the topic counts, kept with every write once counted, are what counting the list again gives', async () => {
		const topic = fc.constantFrom('go', 'rust', 'k8s', 'db');
		const step = fc.oneof(
			fc.record({save: fc.integer({min: 0, max: 5}), topics: fc.uniqueArray(topic, {maxLength: 3})}),
			fc.record({trash: fc.integer({min: 0, max: 5}), deleted: fc.boolean()}),
			fc.record({rename: topic, to: fc.constantFrom('go', 'golang', '')}),
		);
		await fc.assert(fc.asyncProperty(fc.array(step, {maxLength: 10}), async steps => {
			const items = await service();
			await items.topics();
			for (const change of steps) {
				if ('save' in change) await items.save({url: `https://w.example/${change.save}`, title: 'W', topics: change.topics});
				else if ('rename' in change) await items.renameTopic(change.rename, change.to);
				else {
					const found = await items.find(`https://w.example/${change.trash}`);
					if (found) await items.setDeleted([found.id], change.deleted);
				}
				expect(await items.topics()).toEqual(countTopics(await items.all()));
			}
		}), {numRuns: 30});
	});

	test('the possible duplicates, moved with every write once grouped, are what grouping the list again gives', async () => {
		const n = fc.integer({min: 0, max: 5});
		const title = fc.constantFrom('Deep Work', 'deep-work', 'Go', '');
		const authors = fc.constantFrom<string[]>([], ['Cal Newport'], ['Newport, Cal'], ['Rob Pike']);
		const step = fc.oneof(
			fc.record({save: n, title: fc.constantFrom('Deep Work', 'Go'), authors}),
			fc.record({edit: n, title, authors}),
			fc.record({trash: n, deleted: fc.boolean()}),
			fc.record({merge: fc.tuple(n, n)}),
		);
		const ids = (groups: Item[][]) => groups.map(group => group.map(item => item.id).sort()).sort();
		await fc.assert(fc.asyncProperty(fc.array(step, {maxLength: 12}), async steps => {
			const items = await service();
			await items.possibleDuplicates();
			const at = async (k: number) => (await items.find(`https://w.example/${k}`))?.id;
			for (const change of steps) {
				if ('save' in change) {
					await items.save({url: `https://w.example/${change.save}`, title: change.title, authors: change.authors});
				} else if ('edit' in change) {
					const id = await at(change.edit);
					if (id && change.title) await items.update([id], {title: change.title, authors: change.authors});
				} else if ('trash' in change) {
					const id = await at(change.trash);
					if (id) await items.setDeleted([id], change.deleted);
				} else {
					const pair = [...new Set(await Promise.all(change.merge.map(at)))].filter(Boolean) as string[];
					if (pair.length === 2 && (await items.all())
						.filter(item => pair.includes(item.id) && !item.deletedAt).length === 2) {
						await items.merge(pair);
					}
				}
				expect(ids(await items.possibleDuplicates())).toEqual(ids(possibleDuplicates(await items.all())));
			}
		}), {numRuns: 40});
	});

	test('merging spellings of a topic rewrites every item in one write, which syncs like an edit', async () => {
		const onChange = vi.fn();
		const items = await service(onChange);
		await items.save({...page, topics: ['cloud native', 'cloud-native']});
		await items.save({url: 'https://example.com/b', title: 'B', topics: ['cloudnative', 'go']});
		await items.save({url: 'https://example.com/c', title: 'C', topics: ['go']});
		onChange.mockClear();
		const changes = await items.mergeTopics(['cloud native', 'cloudnative'], 'cloud-native');
		expect(changes).toHaveLength(2);
		expect(onChange).toHaveBeenCalledTimes(1);
		expect(onChange.mock.calls[0]![0]).toHaveLength(2);
		expect(await items.topics()).toEqual([{name: 'cloud-native', count: 2}, {name: 'go', count: 2}]);
		expect(await items.mergeTopics(['cloud-native'], 'cloud-native')).toEqual([]);

		// Undo: the inverted changes, again one write, give each item its spellings back.
		expect(await items.changeTopics(changes.map(invertTopicChange))).toBe(2);
		expect(onChange).toHaveBeenCalledTimes(2);
		expect((await items.all()).map(item => [...item.topics].sort())).toEqual([
			['cloud native', 'cloud-native'], ['cloudnative', 'go'], ['go'],
		]);
		await expect(items.changeTopics([{id: 'x'}] as never)).rejects.toMatchObject({code: 'BAD_REQUEST'});
	});

	test('finishing an item stamps finishedAt once', async () => {
		const items = await service();
		const saved = await items.save(page);
		const [done] = await items.update([saved.id], {status: 'done'});
		expect(done!.finishedAt).toMatch(/^\d{4}-/);
		await expect(items.update(['missing'], {status: 'done'})).rejects.toMatchObject({code: 'NOT_FOUND'});
	});

	test('a new worker sees what the old one wrote (the cache is rebuilt from IndexedDB)', async () => {
		const db = await openShelfmarkDb('items-restart');
		await new ItemService(new ItemRepository(db)).save(page);
		const restarted = new ItemService(new ItemRepository(db));
		expect((await restarted.all()).map(i => i.title)).toEqual([page.title]);
	});
});
