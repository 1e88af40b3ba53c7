import 'fake-indexeddb/auto';
import {IDBFactory} from 'fake-indexeddb';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {JSDOM} from 'jsdom';
import {beforeEach, describe, expect, test, vi} from 'vitest';
import {titleKey} from '../../../src/core/duplicates.ts';
import {itemIdForUrl} from '../../../src/core/url.ts';
import {harvest} from '../../../src/extract/harvest/index.ts';
import type {HarvestWork} from '../../../src/shared/harvest-protocol.ts';

type Expected = {url: string; metadata: {title: string}; items: {title: string; url?: string; optional?: boolean}[]};

// The seed post stays next to the project (../shared/fixtures): third-party text, never copied in
const dir = path.resolve(import.meta.dirname, '../../../../shared/fixtures');
const expected = JSON.parse(readFileSync(path.join(dir, 'seed-post.expected.json'), 'utf8')) as Expected;
const page = {url: expected.url, title: expected.metadata.title};

function seedWorks(): HarvestWork[] {
	const doc = new JSDOM(readFileSync(path.join(dir, 'seed-post.html'), 'utf8'), {url: expected.url}).window.document;
	return harvest(doc, expected.url);
}

/** Every live item, by normalised title. */
async function live() {
	return (await (await getItemService()).all()).filter(item => !item.deletedAt && !item.mergedInto);
}

let saveHarvest: typeof import('../../../src/background/harvest.ts').saveHarvest;
let getItemService: typeof import('../../../src/background/service.ts').getItemService;

// The item service is a module singleton over the default database: each test gets a fresh database and modules
beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	vi.resetModules();
	({saveHarvest} = await import('../../../src/background/harvest.ts'));
	({getItemService} = await import('../../../src/background/service.ts'));
});

describe('saveHarvest: the seed post', () => {
	test('saves exactly the expected works, unlinked ones with no url; saving again merges, never duplicates', async () => {
		const required = expected.items.filter(item => !item.optional);
		const works = seedWorks().filter(work => required.some(want => titleKey(want.title) === titleKey(work.title)));
		expect(works).toHaveLength(required.length);
		const first = await saveHarvest({page, topics: ['kubernetes'], works});
		expect(first).toMatchObject({created: required.length, merged: 0});
		expect(first.itemIds).toHaveLength(required.length);
		const saved = await live();
		expect(saved.map(item => titleKey(item.title)).sort())
			.toEqual(required.map(want => titleKey(want.title)).sort());
		for (const want of required) {
			const item = saved.find(it => titleKey(it.title) === titleKey(want.title))!;
			expect(item.url, want.title).toBe(want.url);
			expect(item.recommendedBy).toEqual([expect.objectContaining({url: expected.url})]);
		}
		const course = saved.find(item => item.title === '深入剖析Kubernetes')!;
		expect(course).toMatchObject({kind: 'course', aliases: []});
		expect(course.url).toBeUndefined();

		// A second harvest of the post: the unlinked course, saved under a random id, is found by title among the
		// post's own
		const again = await saveHarvest({
			page, topics: ['cloud-native'], works: seedWorks().filter(work => works.some(w => w.title === work.title)),
		});
		expect(again).toMatchObject({created: 0, merged: required.length});
		expect(again.itemIds).toEqual(first.itemIds);
		const after = await live();
		expect(after).toHaveLength(required.length);
		for (const item of after) {
			expect(item.recommendedBy).toHaveLength(1);
			expect(item.topics).toEqual(['cloud-native', 'kubernetes']);
		}
	});

	test('an item an earlier version saved under a made-up search address (migrated: no url) is found again', async () => {
		const items = await getItemService();
		// What migration 5 leaves of it: the id of the old search address, no url, the post in its provenance
		const oldId = itemIdForUrl('https://search.douban.com/book/subject_search?search_text=Docker容器与容器云 张磊');
		await items.save({id: oldId, title: 'Docker容器与容器云', kind: 'book', recommendedBy: [{url: expected.url}]});
		const result = await saveHarvest({
			page, topics: [], works: [{title: 'Docker容器与容器云', kind: 'book', authors: ['张磊']}],
		});
		expect(result).toMatchObject({created: 0, merged: 1, itemIds: [oldId]});
		expect(await live()).toEqual([expect.objectContaining({id: oldId, authors: ['张磊']})]);
	});
});

describe('saveHarvest: already saved?', () => {
	const other = {url: 'https://other.example/list', title: 'Another list'};

	test('by any shared key: an ISBN finds the item saved from another page, which gains the link as an alias', async () => {
		const items = await getItemService();
		const saved = await items.save({url: 'https://book.douban.com/subject/26902153/', title: 'DDIA', isbn: ['9781449373320']});
		const result = await saveHarvest({page: other, topics: [], works: [{
			title: 'Designing Data-Intensive Applications', url: 'https://dataintensive.net/', isbn: ['9781449373320'],
		}]});
		expect(result).toMatchObject({created: 0, merged: 1, itemIds: [saved.id]});
		expect(await live()).toEqual([expect.objectContaining({title: 'DDIA', aliases: ['https://dataintensive.net/']})]);
	});

	test('a work with only an ISBN gets its id from it, and no url', async () => {
		const result = await saveHarvest({
			page: other, topics: [], works: [{title: 'DDIA', isbn: ['978-1-4493-7332-0']}],
		});
		const [item] = await live();
		expect(item).toMatchObject({title: 'DDIA', isbn: ['9781449373320'], aliases: []});
		expect(item!.url).toBeUndefined();
		expect(result.itemIds).toEqual([item!.id]);
	});

	test('a possible match merges only when the user confirmed it (into); one trashed since is not merged into', async () => {
		const items = await getItemService();
		const mine = await items.save({title: '深入剖析 Kubernetes', authors: ['张磊'], recommendedBy: [{url: 'https://third.example/'}]});
		const work: HarvestWork = {title: '深入剖析Kubernetes', kind: 'course', authors: ['张磊']};
		const confirmed = await saveHarvest({page: other, topics: [], works: [{...work, into: mine.id}]});
		expect(confirmed).toMatchObject({created: 0, merged: 1, itemIds: [mine.id]});
		expect(await live()).toHaveLength(1);

		const separate = await saveHarvest({page, topics: [], works: [work]});
		expect(separate).toMatchObject({created: 1, merged: 0});
		expect(await live()).toHaveLength(2);

		await items.setDeleted([mine.id], true);
		const gone = await saveHarvest({page: {url: 'https://fourth.example/', title: '4'}, topics: [], works: [{...work, into: mine.id}]});
		expect(gone).toMatchObject({created: 1, merged: 0});
		expect((await items.get(mine.id))!.deletedAt).toBeDefined();
	});
});
