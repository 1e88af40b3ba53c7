import 'fake-indexeddb/auto';
import {expect, test} from 'vitest';
import {ItemService} from '../../../src/background/items.ts';
import {createSyncStore} from '../../../src/background/sync-store.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';
import {sync} from '../../../src/sync/index.ts';
import {FakeServer, FakeTransport} from '../../../src/sync/transports/fake.ts';

let n = 0;
async function replica() {
	const items = new ItemService(new ItemRepository(await openShelfmarkDb(`sync-store-${++n}`)));
	return {items, store: createSyncStore(items)};
}

test('two IndexedDB replicas converge through the engine: union of items, both concurrent edits kept', async () => {
	const server = new FakeServer();
	const a = await replica();
	const b = await replica();
	const shared = await a.items.save({url: 'https://example.com/shared', title: 'Shared', topics: ['k8s']});
	await sync({store: a.store, transport: new FakeTransport(server), target: 'fake'});
	await sync({store: b.store, transport: new FakeTransport(server), target: 'fake'});
	expect((await b.items.get(shared.id))?.title).toBe('Shared');

	await a.items.save({url: 'https://example.com/only-a', title: 'Only A'});
	await b.items.save({url: 'https://example.com/only-b', title: 'Only B'});
	await a.items.update([shared.id], {status: 'done'});
	await b.items.update([shared.id], {topics: ['k8s', 'cloud-native']});
	for (const side of [a, b, a]) await sync({store: side.store, transport: new FakeTransport(server), target: 'fake'});

	for (const side of [a, b]) {
		const all = await side.items.all();
		expect(all.map(item => item.title).sort()).toEqual(['Only A', 'Only B', 'Shared']);
		expect(await side.items.get(shared.id)).toMatchObject({status: 'done', topics: ['cloud-native', 'k8s']});
	}
});
