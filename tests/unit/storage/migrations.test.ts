import 'fake-indexeddb/auto';
import type {IDBPDatabase} from 'idb';
import {expect, test} from 'vitest';
import {applyPatch, emptyDoc} from '../../../src/core/item-doc.ts';
import {DB_VERSION} from '../../../src/storage/migrations/index.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';

test('version 1 creates the items and meta stores with their indexes', async () => {
	const db = await openShelfmarkDb('m001', 1);
	expect([...db.objectStoreNames].sort()).toEqual(['items', 'meta']);
	expect([...db.transaction('items').store.indexNames].sort()).toEqual(['deleted', 'isbn', 'kind', 'status', 'topics', 'updatedAt', 'urlKeys']);
	db.close();
});

test('version 2 indexes recommenders and backfills rows written by version 1', async () => {
	const v1 = await openShelfmarkDb('m002', 1);
	const doc = applyPatch(emptyDoc('a', '000000001.0000.node'), {
		url: 'https://example.com/book', title: 'A book',
		recommendedBy: [{url: 'https://blog.example/post', title: 'Best books'}],
	}, '000000002.0000.node');
	// A v1-shaped row: no `recommenders` field yet (untyped view, as the idb README does for old shapes).
	await (v1 as unknown as IDBPDatabase).put('items', {id: 'a', doc, urlKeys: ['example.com/book'], isbn: [], status: 'want', kind: 'other', topics: [], addedAt: '', updatedAt: '', deleted: 0});
	v1.close();

	const latest = await openShelfmarkDb('m002', DB_VERSION);
	expect(await latest.get('items', 'a')).toMatchObject({recommenders: ['https://blog.example/post'], doc: {id: 'a'}});
	expect(await latest.getAllKeysFromIndex('items', 'recommenders', 'https://blog.example/post')).toEqual(['a']);
	latest.close();
});

test('version 3 indexes sync shards and backfills rows written by version 2', async () => {
	const v2 = await openShelfmarkDb('m003', 2);
	const doc = applyPatch(emptyDoc('ab12', '000000001.0000.node'), {url: 'https://example.com/b', title: 'B'}, '000000002.0000.node');
	await (v2 as unknown as IDBPDatabase).put('items', {id: 'ab12', doc, urlKeys: ['example.com/b'], isbn: [], status: 'want', kind: 'other', topics: [], addedAt: '', updatedAt: '', deleted: 0, recommenders: []});
	v2.close();

	const latest = await openShelfmarkDb('m003', DB_VERSION);
	expect(await latest.get('items', 'ab12')).toMatchObject({shard: 'ab'});
	expect(await latest.getAllKeysFromIndex('items', 'shard', 'ab')).toEqual(['ab12']);
	latest.close();
});

test('version 4 drops the indexes nothing queries and keeps every row', async () => {
	const v3 = await openShelfmarkDb('m004', 3);
	const doc = applyPatch(emptyDoc('cd34', '000000001.0000.node'), {url: 'https://example.com/c', title: 'C', topics: ['go']}, '000000002.0000.node');
	await (v3 as unknown as IDBPDatabase).put('items', {id: 'cd34', doc, urlKeys: ['example.com/c'], isbn: [], status: 'want', kind: 'other', topics: ['go'], addedAt: '', updatedAt: '', deleted: 0, recommenders: [], shard: 'cd'});
	v3.close();

	const latest = await openShelfmarkDb('m004', DB_VERSION);
	expect([...latest.transaction('items').store.indexNames].sort()).toEqual(['isbn', 'recommenders', 'shard', 'urlKeys']);
	expect(await latest.get('items', 'cd34')).toMatchObject({doc: {id: 'cd34'}, topics: ['go']});
	expect(await latest.getAllKeysFromIndex('items', 'urlKeys', 'example.com/c')).toEqual(['cd34']);
	latest.close();
});
