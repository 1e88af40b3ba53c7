import 'fake-indexeddb/auto';
import {describe, expect, test} from 'vitest';
import {ItemService} from '../../../src/background/items.ts';
import {applyPatch, emptyDoc, materialize} from '../../../src/core/item-doc.ts';
import {itemLinks} from '../../../src/core/keys.ts';
import {mergeItems} from '../../../src/core/merge-items.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';

let n = 0;
async function service() {
	return new ItemService(new ItemRepository(await openShelfmarkDb(`works-${++n}`)));
}

const ISBN = '9787121317279';

describe('a list of works', () => {
	test('a book with no page is saved, found by its ISBN or ASIN, and a second save of it updates the same item', async () => {
		const items = await service();
		const book = await items.save({title: '深入剖析Kubernetes', kind: 'book', isbn: [ISBN], ids: ['asin:B07K1ABCDE']});
		expect(book.url).toBeUndefined();
		expect((await items.find({aliases: [], isbn: [], ids: ['asin:b07k1abcde']}))?.id).toBe(book.id);
		const again = await items.save({title: '深入剖析Kubernetes', isbn: [ISBN], status: 'reading'});
		expect(again.id).toBe(book.id);
		expect(await items.all()).toHaveLength(1);
	});

	test('two items that come to share a key merge by themselves into the smaller id, in the same write', async () => {
		const items = await service();
		const a = await items.save({url: 'https://book.douban.com/subject/26902153/', title: '深入剖析Kubernetes', topics: ['k8s']});
		const b = await items.save({url: 'https://www.amazon.cn/dp/B07K1ABCDE', title: '深入剖析 Kubernetes', topics: ['cloud']});
		expect(await items.all()).toHaveLength(2);
		const [low, high] = a.id < b.id ? [a, b] : [b, a];
		await items.update([low.id], {isbn: [ISBN]});
		expect(await items.all()).toHaveLength(2);
		const survivor = await items.update([high.id], {isbn: [ISBN]}).then(() => items.get(low.id));
		expect(survivor).toMatchObject({id: low.id, isbn: [ISBN], topics: ['cloud', 'k8s']});
		expect(survivor!.aliases.length + 1).toBe(2);
		expect(await items.get(high.id)).toMatchObject({mergedInto: low.id});
		expect((await items.find('https://www.amazon.cn/dp/B07K1ABCDE'))?.id).toBe(low.id);
		expect((await items.all()).filter(item => !item.deletedAt)).toHaveLength(1);
	});

	test('merge: two or more chosen items become one; itself or an absorbed item is refused and writes nothing', async () => {
		const items = await service();
		const a = await items.save({title: 'Cloud Native Go', authors: ['Matthew Titmus']});
		const b = await items.save({title: 'Cloud Native Go', url: 'https://www.oreilly.com/library/view/cloud-native-go/9781492076322/'});
		const preview = await items.mergePreview([a.id, b.id]);
		expect(await items.all()).toHaveLength(2);
		const survivor = await items.merge([b.id, a.id]);
		expect(survivor).toEqual(expect.objectContaining({authors: ['Matthew Titmus'], url: b.url}));
		expect(preview.url).toBe(survivor.url);
		const absorbed = a.id === survivor.id ? b.id : a.id;
		await expect(items.merge([survivor.id, survivor.id])).rejects.toMatchObject({code: 'INVALID_ITEM'});
		await expect(items.merge([survivor.id, absorbed])).rejects.toMatchObject({code: 'INVALID_ITEM'});
		expect((await items.get(survivor.id))!.updatedAt).toBe(survivor.updatedAt);
	});

	test('an edit to an absorbed item on a device that had not seen the merge is followed into the survivor', async () => {
		const items = await service();
		const t = (wall: number, node: string) => `${wall.toString(36).padStart(9, '0')}.0000.${node}`;
		const a = applyPatch(emptyDoc('a1', t(1, 'x')), {title: 'A', url: 'https://e.example/a'}, t(1, 'x'));
		const b = applyPatch(emptyDoc('b2', t(1, 'x')), {title: 'A', url: 'https://e.example/b'}, t(1, 'x'));
		await items.mergeIn([a, b]);
		const lateEdit = applyPatch(b, {notes: 'written offline'}, t(50, 'y')); // Device y never saw the merge
		const [survivor, tombstone] = mergeItems(a, b, t(40, 'z'));
		await items.mergeIn([survivor, tombstone!]);
		await items.mergeIn([lateEdit]);
		const kept = (await items.get('a1'))!;
		expect(kept.notes).toBe('written offline');
		expect(itemLinks(kept).sort()).toEqual(['https://e.example/a', 'https://e.example/b']);
		expect(await items.get('b2')).toMatchObject({mergedInto: 'a1'});
	});

	test('a write advances the clock past every stamp it writes (a backup from a clock ahead)', async () => {
		const repository = new ItemRepository(await openShelfmarkDb(`works-${++n}`));
		const ahead = '0zzzzzzzz.0000.peer';
		const doc = applyPatch(emptyDoc('c3', ahead), {title: 'From the future'}, ahead);
		await repository.write(['c3'], () => [doc], 1_000);
		await repository.write(['c3'], (current, stamp) =>
			[applyPatch(current.get('c3')!, {title: 'Mine'}, stamp)], 1_000);
		expect(materialize((await repository.get('c3'))!).title).toBe('Mine');
	});
});
