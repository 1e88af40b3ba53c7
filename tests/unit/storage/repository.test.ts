import 'fake-indexeddb/auto';
import {describe, expect, test} from 'vitest';
import {applyPatch, emptyDoc, materialize, setDeleted} from '../../../src/core/item-doc.ts';
import {itemIdForUrl, urlKey} from '../../../src/core/url.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';

let dbCount = 0;
async function repo() {
	return new ItemRepository(await openShelfmarkDb(`repo-${++dbCount}`));
}

const url = 'https://book.douban.com/subject/26902153/?utm_source=x';
const id = itemIdForUrl(url);

async function save(repository: ItemRepository, patch: Parameters<typeof applyPatch>[1], now = 1_000) {
	return repository.write([id], (current, t) => [applyPatch(current.get(id) ?? emptyDoc(id, t), patch, t)], now);
}

describe('ItemRepository', () => {
	test('writes a doc with derived index fields and finds it by URL, alias and ISBN', async () => {
		const repository = await repo();
		await save(repository, {
			url, title: '深入剖析Kubernetes', topics: ['kubernetes'], isbn: ['9787121317279'], aliases: ['https://www.amazon.cn/dp/B07K'], status: 'want',
		});
		const [row] = await repository.all();
		expect(row).toMatchObject({id, status: 'want', topics: ['kubernetes'], deleted: 0});
		expect(row!.keys).toEqual(['book.douban.com/subject/26902153', 'amazon.cn/dp/B07K', 'isbn:9787121317279']);
		expect(await repository.idsByKey(urlKey('http://book.douban.com/subject/26902153'))).toEqual([id]);
		expect(await repository.idsByKey(urlKey('https://amazon.cn/dp/B07K/'))).toEqual([id]);
		expect(await repository.idsByKey('isbn:9787121317279')).toEqual([id]);
		expect(await repository.idsByKey(urlKey('https://example.com/'))).toEqual([]);
	});

	test('stamps of successive writes increase even when the wall clock goes back', async () => {
		const repository = await repo();
		await save(repository, {url, title: 'first'}, 5_000);
		await save(repository, {title: 'second'}, 1_000); // Clock moved back: the HLC still orders the writes
		const doc = await repository.get(id);
		expect(materialize(doc!).title).toBe('second');
	});

	test('a delete is a tombstone that keeps the item and restores', async () => {
		const repository = await repo();
		await save(repository, {url, title: 'A book', notes: 'keep me'});
		await repository.write([id], (current, t) => [setDeleted(current.get(id)!, true, t)]);
		const [row] = await repository.all();
		expect(row!.deleted).toBe(1);
		expect(materialize(row!.doc).notes).toBe('keep me');
		await repository.write([id], (current, t) => [setDeleted(current.get(id)!, false, t)]);
		expect((await repository.all())[0]!.deleted).toBe(0);
	});

	test('mergeIn merges remote docs into local ones instead of overwriting them', async () => {
		const repository = await repo();
		await save(repository, {url, title: 'Local', topics: ['local-topic']});
		const remote = applyPatch(emptyDoc(id, '000000001.0000.remote'), {url, topics: ['remote-topic']},
			'000000002.0000.remote');
		await repository.mergeIn([remote]);
		expect(materialize((await repository.get(id))!).topics).toEqual(['local-topic', 'remote-topic']);
	});

	test('a write that throws leaves nothing behind', async () => {
		const repository = await repo();
		await expect(repository.write([id], () => { throw new Error('boom'); })).rejects.toThrow('boom');
		expect(await repository.all()).toEqual([]);
	});
});

describe('large writes', () => {
	const doc = (docId: string, link: string, t: string, isbn?: string) =>
		applyPatch(emptyDoc(docId, t), {url: link, title: docId, ...(isbn ? {isbn: [isbn]} : {})}, t);

	test('a write of 300 new docs still merges the ones that share a key with stored items (keys looked up together)', async () => {
		const repository = await repo();
		await repository.write(['s1', 's2'], (_, t) => [doc('s1', 'https://a.example/7', t), doc('s2', 'https://b.example/x', t, '9787121317279')]);
		const ids = Array.from({length: 300}, (_, n) => `n${String(n).padStart(3, '0')}`);
		await repository.write(ids, (_, t) => ids.map((docId, n) => (n === 7 ? doc(docId, 'https://a.example/7?utm_source=x', t)
			: n === 250 ? doc(docId, 'https://c.example/250', t, '9787121317279') : doc(docId, `https://new.example/${n}`, t))));
		const items = (await repository.all()).map(row => materialize(row.doc));
		// The smaller id survives: each stored item is absorbed by the new doc sharing its link or ISBN
		expect(items.find(item => item.id === 's1')!.mergedInto).toBe('n007');
		expect(items.find(item => item.id === 's2')!.mergedInto).toBe('n250');
		expect(items.find(item => item.id === 'n250')!.isbn).toEqual(['9787121317279']);
		expect(items.filter(item => !item.mergedInto)).toHaveLength(300);
		expect((await repository.livePage(0, 0))!.total).toBe(300);
	});

	test('rows put before settle are only the ones it cannot touch: in-write twins and absorbed docs reach their survivor', async () => {
		const repository = await repo();
		const ids = Array.from({length: 300}, (_, n) => `n${String(n).padStart(3, '0')}`);
		// n010 and n020 are one work; x-gone was merged into n005 elsewhere and brings a note the survivor takes in
		const gone = applyPatch(emptyDoc('x-gone', '000000001.0000.peer'), {url: 'https://old.example/5', notes: 'from the absorbed',
			mergedInto: 'n005'}, '000000002.0000.peer');
		const seen: [number, number][] = [];
		await repository.write([...ids, 'x-gone'], (_, t) => [...ids.map((docId, n) => doc(docId,
			`https://new.example/${n === 20 ? 10 : n}`, t)), setDeleted(gone, true, t)], 1_000, (done, total) => seen.push([done, total]));
		const items = new Map((await repository.all()).map(row => [row.id, materialize(row.doc)]));
		expect(items.get('n020')!.mergedInto).toBe('n010');
		expect(items.get('n005')!.notes).toBe('from the absorbed');
		expect((await repository.livePage(0, 300))!.items.find(item => item.id === 'n005')!.notes)
			.toBe('from the absorbed');
		expect((await repository.livePage(0, 0))!.total).toBe(299);
		expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
		expect(seen.every(([done, total], i) => done <= total && (i === 0 || total >= seen[i - 1]![1]))).toBe(true);
	});
});

describe('sync support', () => {
	test('reads one shard at any width and versions shards on every write, merges included', async () => {
		const repository = await repo();
		const put = (docId: string) => repository.write([docId], (current, t) =>
			[applyPatch(current.get(docId) ?? emptyDoc(docId, t), {url: `https://e.example/${docId}`, title: docId}, t)]);
		await put('ab01');
		await put('ac02');
		await put('b003');
		expect((await repository.shardDocs('ab')).map(doc => doc.id)).toEqual(['ab01']);
		expect((await repository.shardDocs('a')).map(doc => doc.id).sort()).toEqual(['ab01', 'ac02']);
		const before = await repository.shardVersions();
		expect(Object.keys(before).sort()).toEqual(['ab', 'ac', 'b0']);
		await put('ab01');
		const after = await repository.shardVersions();
		expect(after.ab).not.toBe(before.ab);
		expect(after.ac).toBe(before.ac);
		await repository.mergeIn([
			applyPatch(emptyDoc('ac02', '000000001.0000.remote'), {notes: 'remote'}, '000000002.0000.remote'),
		]);
		expect((await repository.shardVersions()).ac).not.toBe(after.ac);
	});

	test('meta values round-trip', async () => {
		const repository = await repo();
		await repository.setMeta('sync:webdav:x', {vault: 'v', shards: {}});
		expect(await repository.getMeta('sync:webdav:x')).toEqual({vault: 'v', shards: {}});
	});
});

test('a large merge (past the key-scan threshold) still merges into the docs already stored', async () => {
	const repository = await repo();
	await repository.write(['id-7'], (current, t) =>
		[applyPatch(emptyDoc('id-7', t), {url: 'https://e.example/7', title: 'Local', topics: ['local']}, t)]);
	const incoming = Array.from({length: 250}, (_, n) =>
		applyPatch(emptyDoc(`id-${n}`, '000000001.0000.remote'), {url: `https://e.example/${n}`, topics: ['remote']}, '000000002.0000.remote'));
	const merged = await repository.mergeIn(incoming);
	expect(merged).toHaveLength(250);
	expect(materialize((await repository.get('id-7'))!)).toMatchObject({title: 'Local', topics: ['local', 'remote']});
	expect((await repository.all()).length).toBe(250);
});
