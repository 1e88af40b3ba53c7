import 'fake-indexeddb/auto';
import {describe, expect, it} from 'vitest';
import {ItemService} from '../../../src/background/items.ts';
import {createSyncApi} from '../../../src/background/sync-api.ts';
import {SyncScheduler} from '../../../src/background/sync-scheduler.ts';
import {SyncSettings} from '../../../src/background/sync-settings.ts';
import {createSyncStore} from '../../../src/background/sync-store.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';
import {parseManifest} from '../../../src/sync/engine/manifest.ts';
import {FakeServer, FakeTransport, type FakeKnobs} from '../../../src/sync/transports/fake.ts';
import {fakeAlarms, fakeLocks, memoryArea} from './sync-fakes.ts';

let n = 0;

/** One profile's background over IndexedDB, syncing to `server`; `knobs.fault` can break its requests. */
async function background(server: FakeServer) {
	const items = new ItemService(new ItemRepository(await openShelfmarkDb(`sync-encryption-${++n}`)));
	const local = memoryArea();
	const session = memoryArea();
	const settings = new SyncSettings(local, session);
	const knobs: FakeKnobs = {};
	const transport = () => new FakeTransport(server, knobs);
	const scheduler = new SyncScheduler({
		settings, alarms: fakeAlarms(Date.now), locks: fakeLocks(), transport,
		openStore: async () => createSyncStore(items), allowed: async () => true,
	});
	const api = createSyncApi({scheduler, settings, transport, allowed: async () => true, items: async () => items});
	/** A browser restart: storage.session is emptied. */
	const restart = async () => {
		for (const key of [...session.data.keys()]) session.data.delete(key);
	};
	return {items, local, session, api, knobs, restart};
}

const SETUP = {kind: 'webdav', url: 'https://dav.example/shelfmark', user: 'me', password: 'app-pass'} as const;
const titles = async (profile: {items: ItemService}) =>
	(await profile.items.all()).filter(item => !item.deletedAt).map(item => item.title).sort();
const manifestOf = (server: FakeServer) => {
	const read = parseManifest(new TextDecoder().decode(server.files.get('manifest.json')!.bytes));
	if (read.kind !== 'ok') throw new Error(read.kind);
	return read.manifest;
};

describe('turning encryption on and off from the Sync view', () => {
	it('A encrypts a synced list; B is locked, a wrong passphrase writes nothing, the right one unlocks once per session', async () => {
		const server = new FakeServer();
		const a = await background(server);
		const b = await background(server);
		await a.items.save({url: 'https://example.com/one', title: 'One'});
		await a.api.configureSync(SETUP);
		await b.api.configureSync(SETUP);
		const on = await a.api.setSyncEncryption(true, 'pass phrase');
		expect(on).toMatchObject({encrypted: true, locked: false});
		expect(on.lastError).toBeUndefined();
		expect(manifestOf(server).enc).toBeDefined();
		await a.items.save({url: 'https://example.com/two', title: 'Two'});
		await a.api.syncNow();

		const locked = await b.api.syncNow();
		expect(locked).toMatchObject({encrypted: true, locked: true, lastError: {code: 'SYNC_PASSPHRASE'}});
		const puts = server.stats.puts;
		await expect(b.api.unlockVault('wrong')).rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
		expect(server.stats.puts).toBe(puts);
		expect(await titles(b)).toEqual(['One']);
		expect((await b.api.unlockVault('pass phrase')).locked).toBe(false);
		expect(await titles(b)).toEqual(['One', 'Two']);
		await b.restart();
		expect((await b.api.getSyncStatus()).locked).toBe(true);
	});

	it('turning it off needs the passphrase; devices with the key then sync in the clear', async () => {
		const server = new FakeServer();
		const a = await background(server);
		const b = await background(server);
		await a.items.save({url: 'https://example.com/one', title: 'One'});
		await a.api.configureSync({...SETUP, passphrase: 'pw'});
		await b.api.configureSync({...SETUP, passphrase: 'pw'});
		const puts = server.stats.puts;
		await expect(a.api.setSyncEncryption(false, 'wrong')).rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
		expect(server.stats.puts).toBe(puts);
		expect(await a.api.setSyncEncryption(false, 'pw')).toMatchObject({encrypted: false, locked: false});
		expect(manifestOf(server).enc).toBeUndefined();
		await a.items.save({url: 'https://example.com/two', title: 'Two'});
		await a.api.syncNow();
		const followed = await b.api.syncNow();
		expect(followed).toMatchObject({encrypted: false, locked: false});
		expect(followed.lastError).toBeUndefined();
		expect(await titles(b)).toEqual(['One', 'Two']);
		expect(b.session.data.size).toBe(0);
	});

	it('a re-encryption cut off before the swap leaves the list plain and readable; the next try continues with the same files', async () => {
		const server = new FakeServer();
		const a = await background(server);
		for (let i = 0; i < 8; i++) await a.items.save({url: `https://example.com/${i}`, title: `Book ${i}`});
		await a.api.configureSync(SETUP);
		a.knobs.fault = request =>
			(request.method === 'PUT' && request.path === 'manifest.json' ? 'offline' : undefined);
		await expect(a.api.setSyncEncryption(true, 'pw')).rejects.toMatchObject({code: 'SYNC_OFFLINE'});
		expect(a.local.data.get('syncRekeyPlan')).toBeDefined();
		expect(manifestOf(server).enc).toBeUndefined();
		expect(await a.api.getSyncStatus()).toMatchObject({encrypted: false, rekeyUnfinished: true});
		const written = [...server.files.keys()];
		delete a.knobs.fault;
		await a.api.setSyncEncryption(true, 'pw');
		expect(a.local.data.get('syncRekeyPlan')).toBeUndefined();
		expect((await a.api.getSyncStatus()).rekeyUnfinished).toBeUndefined();
		expect([...server.files.keys()].every(name => written.includes(name))).toBe(true);
		const c = await background(server);
		await c.api.configureSync({...SETUP, passphrase: 'pw'});
		expect(await titles(c)).toEqual(Array.from({length: 8}, (_, i) => `Book ${i}`));
	});

	it('turning it on before any vault exists creates the vault encrypted', async () => {
		const server = new FakeServer();
		const a = await background(server);
		await a.items.save({url: 'https://example.com/one', title: 'One'});
		await a.api.configureSync(SETUP);
		server.files.clear();
		expect(await a.api.setSyncEncryption(true, 'pw')).toMatchObject({encrypted: true, locked: false});
		expect(manifestOf(server).enc).toBeDefined();
	});
});
