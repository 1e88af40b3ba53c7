import 'fake-indexeddb/auto';
import {describe, expect, it} from 'vitest';
import {ItemService} from '../../../src/background/items.ts';
import {createSyncApi} from '../../../src/background/sync-api.ts';
import {SyncScheduler} from '../../../src/background/sync-scheduler.ts';
import {SyncSettings} from '../../../src/background/sync-settings.ts';
import {createSyncStore} from '../../../src/background/sync-store.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';
import {FakeServer, FakeTransport} from '../../../src/sync/transports/fake.ts';
import {fakeAlarms, fakeLocks, memoryArea} from './sync-fakes.ts';

let n = 0;

/** One profile's background: IndexedDB item service, persisted records, the sync API over a shared fake server. */
async function background(server: FakeServer, allowed = true) {
	const items = new ItemService(new ItemRepository(await openShelfmarkDb(`sync-api-${++n}`)));
	const local = memoryArea();
	const settings = new SyncSettings(local, memoryArea());
	const transport = () => new FakeTransport(server);
	const scheduler = new SyncScheduler({
		settings, alarms: fakeAlarms(Date.now), locks: fakeLocks(), transport,
		openStore: async () => createSyncStore(items), allowed: async () => allowed,
	});
	const api = createSyncApi({scheduler, settings, transport, allowed: async () => allowed, items: async () => items});
	return {items, local, settings, api};
}

const SETUP = {kind: 'webdav', url: 'https://dav.example/shelfmark', user: 'me', password: 'app-pass'} as const;

describe('sync api', () => {
	it('keeps credentials in storage.local, never the passphrase, and tells what a folder holds', async () => {
		const server = new FakeServer();
		const a = await background(server);
		expect(await a.api.testSyncConnection(SETUP)).toEqual({vault: 'none'});
		await a.items.save({url: 'https://example.com/a', title: 'A'});
		const status = await a.api.configureSync({...SETUP, passphrase: 'correct horse'});
		expect(status).toMatchObject({kind: 'webdav', url: 'https://dav.example/shelfmark/', user: 'me', hasPassword: true, encrypted: true, locked: false});
		expect(status).not.toHaveProperty('password');
		expect(a.local.data.get('syncConfig')).toEqual({
			kind: 'webdav', url: 'https://dav.example/shelfmark/', user: 'me', password: 'app-pass', encrypted: true,
		});
		expect(JSON.stringify([...a.local.data])).not.toContain('correct horse');
		expect(await a.api.testSyncConnection(SETUP)).toEqual({vault: 'encrypted'});
	});

	it('refuses a passphrase for a plain list (saving nothing); a wrong one writes nothing and leaves the list locked', async () => {
		const server = new FakeServer();
		const a = await background(server);
		await a.api.configureSync(SETUP);
		const b = await background(server);
		await expect(b.api.configureSync({...SETUP, passphrase: 'x'})).rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
		expect(await b.settings.config()).toBeUndefined();

		const encrypted = new FakeServer();
		await (await background(encrypted)).api.configureSync({...SETUP, passphrase: 'right'});
		const c = await background(encrypted);
		await c.items.save({url: 'https://example.com/c', title: 'C'});
		const puts = encrypted.stats.puts;
		await expect(c.api.configureSync({...SETUP, passphrase: 'wrong'}))
			.rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
		expect(encrypted.stats.puts).toBe(puts);
		expect((await c.api.getSyncStatus()).locked).toBe(true);
		expect((await c.api.unlockVault('right')).locked).toBe(false);
	});

	it('needs the host permission before it sends anything', async () => {
		const server = new FakeServer();
		const a = await background(server, false);
		await expect(a.api.configureSync(SETUP)).rejects.toMatchObject({code: 'PERMISSION_DENIED'});
		expect(server.stats.gets).toBe(0);
	});

	it('restores what a sync tombstoned and clears the banner; the restore syncs back', async () => {
		const server = new FakeServer();
		const a = await background(server);
		const b = await background(server);
		const saved = await Promise.all(Array.from({length: 10}, (_, i) => a.items.save({url: `https://example.com/${i}`, title: `Item ${i}`})));
		await a.api.configureSync(SETUP);
		await b.api.configureSync(SETUP);
		await b.items.setDeleted(saved.map(item => item.id), true);
		await b.api.syncNow();
		const status = await a.api.syncNow();
		expect(status.failsafe?.ids).toHaveLength(10);
		expect(await a.api.restoreTombstoned(status.failsafe!.ids)).toBe(10);
		expect((await a.api.getSyncStatus()).failsafe).toBeUndefined();
		await a.api.syncNow();
		await b.api.syncNow();
		expect((await b.items.all()).filter(item => !item.deletedAt)).toHaveLength(10);
	});

	it('changes the passphrase without re-uploading data; the old one stops working', async () => {
		const server = new FakeServer();
		const a = await background(server);
		await a.items.save({url: 'https://example.com/a', title: 'A'});
		await a.api.configureSync({...SETUP, passphrase: 'old words'});
		const puts = server.stats.puts;
		await expect(a.api.changePassphrase('nope', 'new words')).rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
		await a.api.changePassphrase('old words', 'new words');
		expect(server.stats.puts, 'only the manifest').toBe(puts + 1);
		const b = await background(server);
		await expect(b.api.configureSync({...SETUP, passphrase: 'old words'}))
			.rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
		await b.api.unlockVault('new words');
		expect((await b.items.all()).map(item => item.title)).toEqual(['A']);
	});
}, 60_000);
