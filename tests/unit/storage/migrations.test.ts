import 'fake-indexeddb/auto';
import type {IDBPDatabase} from 'idb';
import {expect, test} from 'vitest';
import {applyPatch, emptyDoc, materialize} from '../../../src/core/item-doc.ts';
import {DB_VERSION} from '../../../src/storage/migrations/index.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';

test('version 1 creates the items and meta stores with their indexes', async () => {
	const db = await openShelfmarkDb('m001', 1);
	expect([...db.objectStoreNames].sort()).toEqual(['items', 'meta']);
	expect([...db.transaction('items').store.indexNames].sort())
		.toEqual(['deleted', 'isbn', 'kind', 'status', 'topics', 'updatedAt', 'urlKeys']);
	db.close();
});

test('version 2 indexes recommenders and backfills rows written by version 1', async () => {
	const v1 = await openShelfmarkDb('m002', 1);
	const doc = applyPatch(emptyDoc('a', '000000001.0000.node'), {
		url: 'https://example.com/book', title: 'A book',
		recommendedBy: [{url: 'https://blog.example/post', title: 'Best books'}],
	}, '000000002.0000.node');
	// A v1-shaped row: no `recommenders` field yet (untyped view, as the idb README does for old shapes).
	await (v1 as unknown as IDBPDatabase).put('items', {
		id: 'a', doc, urlKeys: ['example.com/book'], isbn: [], status: 'want', kind: 'other', topics: [],
		addedAt: '', updatedAt: '', deleted: 0,
	});
	v1.close();

	const latest = await openShelfmarkDb('m002', DB_VERSION);
	expect(await latest.get('items', 'a')).toMatchObject({recommenders: ['https://blog.example/post'], doc: {id: 'a'}});
	expect(await latest.getAllKeysFromIndex('items', 'recommenders', 'https://blog.example/post')).toEqual(['a']);
	latest.close();
});

test('version 3 indexes sync shards and backfills rows written by version 2', async () => {
	const v2 = await openShelfmarkDb('m003', 2);
	const doc = applyPatch(emptyDoc('ab12', '000000001.0000.node'), {url: 'https://example.com/b', title: 'B'}, '000000002.0000.node');
	await (v2 as unknown as IDBPDatabase).put('items', {
		id: 'ab12', doc, urlKeys: ['example.com/b'], isbn: [], status: 'want', kind: 'other', topics: [],
		addedAt: '', updatedAt: '', deleted: 0, recommenders: [],
	});
	v2.close();

	const latest = await openShelfmarkDb('m003', DB_VERSION);
	expect(await latest.get('items', 'ab12')).toMatchObject({shard: 'ab'});
	expect(await latest.getAllKeysFromIndex('items', 'shard', 'ab')).toEqual(['ab12']);
	latest.close();
});

test('version 4 drops the indexes nothing queries and keeps every row', async () => {
	const v3 = await openShelfmarkDb('m004', 3);
	const doc = applyPatch(emptyDoc('cd34', '000000001.0000.node'), {url: 'https://example.com/c', title: 'C', topics: ['go']},
		'000000002.0000.node');
	await (v3 as unknown as IDBPDatabase).put('items', {
		id: 'cd34', doc, urlKeys: ['example.com/c'], isbn: [], status: 'want', kind: 'other', topics: ['go'],
		addedAt: '', updatedAt: '', deleted: 0, recommenders: [], shard: 'cd',
	});
	v3.close();

	const v4 = await openShelfmarkDb('m004', 4);
	expect([...v4.transaction('items').store.indexNames].sort()).toEqual(['isbn', 'recommenders', 'shard', 'urlKeys']);
	expect(await v4.get('items', 'cd34')).toMatchObject({doc: {id: 'cd34'}, topics: ['go']});
	expect(await (v4 as unknown as IDBPDatabase).getAllKeysFromIndex('items', 'urlKeys', 'example.com/c'))
		.toEqual(['cd34']);
	v4.close();
});

test('version 5 finds works by any key, drops made-up search addresses, keeps ids and everything else', async () => {
	const v4 = await openShelfmarkDb('m005', 4);
	const t0 = '000000001.0000.node';
	const t1 = '000000002.0000.node';
	const rows = [
		// A book an earlier harvest saved under its ISBN's Open Library page, with a topic and a recommendation
		applyPatch(emptyDoc('aa01', t0), {url: 'https://openlibrary.org/isbn/9787121317279', title: '深入剖析Kubernetes',
			isbn: ['9787121317279'], topics: ['k8s'], recommendedBy: [{url: 'https://blog.example/p'}]}, t1),
		applyPatch(emptyDoc('bb02', t0), {url: 'https://search.douban.com/book/subject_search?search_text=%E4%BA%91', title: '云原生'}, t1),
		applyPatch(emptyDoc('cc03', t0), {url: 'https://www.bing.com/search?q=Cloud+Native+Go', title: 'Cloud Native Go'}, t1),
		applyPatch(emptyDoc('dd04', t0), {url: 'https://example.com/real', aliases: ['https://www.example.org/other'], title: 'Real'}, t1),
	];
	const untyped = v4 as unknown as IDBPDatabase;
	for (const doc of rows) {
		// A v4 row: urlKeys and isbn, and a doc written before the ids set existed
		const {ids: _ids, ...v4doc} = doc;
		await untyped.put('items', {id: doc.id, doc: v4doc, urlKeys: [], isbn: [], status: 'want', kind: 'other',
			topics: [], addedAt: '', updatedAt: '', deleted: 0, recommenders: [], shard: doc.id.slice(0, 2)});
	}
	await untyped.put('meta', {key: 'clock', value: {wall: 5, counter: 0, node: 'node'}});
	v4.close();

	const latest = await openShelfmarkDb('m005', DB_VERSION);
	expect([...latest.transaction('items').store.indexNames].sort()).toEqual(['keys', 'recommenders', 'shard']);
	const items = new Map((await latest.getAll('items')).map(row => [row.id, {row, item: materialize(row.doc)}]));
	expect([...items.keys()].sort()).toEqual(['aa01', 'bb02', 'cc03', 'dd04']);
	const book = items.get('aa01')!;
	expect(book.item).toMatchObject({title: '深入剖析Kubernetes', isbn: ['9787121317279'], topics: ['k8s'], ids: []});
	expect(book.item.url).toBeUndefined();
	expect(book.item.recommendedBy).toEqual([{url: 'https://blog.example/p'}]);
	expect(book.row.keys).toEqual(['isbn:9787121317279']);
	expect(book.row).not.toHaveProperty('urlKeys');
	expect(items.get('bb02')!.item.url).toBeUndefined();
	expect(items.get('cc03')!.item).toMatchObject({title: 'Cloud Native Go'});
	expect(items.get('cc03')!.item.url).toBeUndefined();
	expect(items.get('dd04')!.item.url).toBe('https://example.com/real');
	expect(items.get('dd04')!.row.keys).toEqual(['example.com/real', 'example.org/other']);
	expect(await latest.getAllKeysFromIndex('items', 'keys', 'isbn:9787121317279')).toEqual(['aa01']);
	expect(await latest.getAllKeysFromIndex('items', 'keys', 'example.org/other')).toEqual(['dd04']);
	// The removal is a stamped write that syncs: newer than the old address, and the clock moved past it
	const urlStamp = book.row.doc.f.url!.t;
	expect(urlStamp > t1).toBe(true);
	expect((await latest.get('meta', 'clock'))!.value).toMatchObject({node: 'node'});
	expect(urlStamp.endsWith('.node')).toBe(true);
	latest.close();
});

test('version 7 numbers views and keeps a copy of the list: views written before read as they were', async () => {
	const v6 = await openShelfmarkDb('m007', 6);
	const item = materialize(applyPatch(emptyDoc('aa01', '000000001.0000.node'), {title: 'Old view'},
		'000000002.0000.node'));
	// A version 6 view: no write number
	await (v6 as unknown as IDBPDatabase).put('views', {id: 'aa01', item, live: 1, added: 0, updated: 0});
	v6.close();

	const latest = await openShelfmarkDb('m007', DB_VERSION);
	expect([...latest.transaction('views').store.indexNames].sort()).toEqual(['live-added', 'seq']);
	expect(await latest.count('snapshot')).toBe(0);
	expect(await latest.countFromIndex('views', 'seq')).toBe(0);
	expect((await latest.get('views', 'aa01'))?.item).toEqual(item);
	latest.close();
});

test('version 8 adds the pages a large write puts its views in, empty; stored views stay as they were', async () => {
	const v7 = await openShelfmarkDb('m008', 7);
	const item = materialize(applyPatch(emptyDoc('bb01', '000000001.0000.node'), {title: 'A view'},
		'000000002.0000.node'));
	await v7.put('views', {id: 'bb01', item, live: 1, added: 0, updated: 0, seq: 4});
	expect(v7.objectStoreNames.contains('viewPages')).toBe(false);
	v7.close();

	const latest = await openShelfmarkDb('m008', DB_VERSION);
	expect(latest.objectStoreNames.contains('viewPages')).toBe(true);
	expect(await latest.count('viewPages')).toBe(0);
	expect(await latest.get('views', 'bb01')).toMatchObject({item, seq: 4});
	latest.close();
});
