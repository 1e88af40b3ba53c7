import {describe, expect, it} from 'vitest';
import {BACKOFF_MAX_MS, BACKOFF_MIN_MS, backoffDelay} from '../../../src/background/sync-backoff.ts';
import {ALARM, DEBOUNCE_MS, PERIOD_MINUTES} from '../../../src/background/sync-scheduler.ts';
import {applyPatch, setDeleted} from '../../../src/core/item-doc.ts';
import {FakeServer} from '../../../src/sync/transports/fake.ts';
import {profile} from './sync-fakes.ts';

const WEBDAV = {kind: 'webdav', url: 'https://dav.example/list/', encrypted: false} as const;

function save(store: ReturnType<typeof profile>['store'], id: string, title = id) {
	return store.edit(id, (doc, t) => applyPatch(doc, {url: `https://example.com/${id}`, title}, t));
}

describe('backoff', () => {
	it('doubles from a minute up to an hour, spread by ±20%', () => {
		expect([1, 2, 3].map(n => backoffDelay(n))).toEqual([BACKOFF_MIN_MS, 2 * BACKOFF_MIN_MS, 4 * BACKOFF_MIN_MS]);
		expect(backoffDelay(30)).toBe(BACKOFF_MAX_MS);
		expect(backoffDelay(1, 0)).toBe(0.8 * BACKOFF_MIN_MS);
		expect(backoffDelay(1, 1)).toBe(1.2 * BACKOFF_MIN_MS);
	});

	it('persists the deadline: automatic syncs wait, even in a restarted worker; Sync now does not', async () => {
		let offline = true;
		const p = profile(new FakeServer(), {fault: () => (offline ? 'offline' : undefined)});
		await p.settings.setConfig(WEBDAV);
		save(p.store, 'aa1');
		const first = await p.scheduler.run('now');
		expect(first.ran).toBe(true);
		let status = await p.scheduler.status();
		expect(status).toMatchObject({failures: 1, lastError: {code: 'SYNC_OFFLINE'}});
		expect(p.alarms.all.get(ALARM.soon)?.scheduledTime).toBe(p.clock.now + BACKOFF_MIN_MS);

		const restarted = p.restart();
		p.clock.now += BACKOFF_MIN_MS / 2;
		const requests = p.requests.length;
		expect(await restarted.run('alarm')).toEqual({ran: false});
		expect(p.requests.length, 'no request during backoff').toBe(requests);

		p.clock.now += BACKOFF_MIN_MS;
		await restarted.onAlarm(ALARM.soon);
		status = await restarted.status();
		expect(status.failures).toBe(2);
		expect(p.alarms.all.get(ALARM.soon)?.scheduledTime).toBe(p.clock.now + 2 * BACKOFF_MIN_MS);

		offline = false;
		await restarted.run('now'); // The user's click ignores the backoff
		status = await restarted.status();
		expect(status).toMatchObject({failures: 0, lastSyncAt: p.clock.now});
		expect(status.lastError).toBeUndefined();
		expect(p.alarms.all.has(ALARM.soon), 'the pending retry is cleared').toBe(false);
	});

	it('does not retry setup problems with backoff: a full server is reported, not hammered', async () => {
		const p = profile(new FakeServer(), {fault: request => (request.method === 'PUT' ? 507 : undefined)});
		await p.settings.setConfig(WEBDAV);
		save(p.store, 'aa1');
		await p.scheduler.run('now');
		expect(await p.scheduler.status()).toMatchObject({failures: 0, lastError: {code: 'SYNC_QUOTA'}});
		expect(p.alarms.all.has(ALARM.soon)).toBe(false);
	});
});

describe('debounce after local edits', () => {
	it('pushes one alarm back on every edit and syncs only when something is unsynced', async () => {
		const server = new FakeServer();
		const p = profile(server);
		await p.scheduler.noteLocalEdit();
		expect(p.alarms.all.size, 'no alarm while sync is off').toBe(0);

		await p.settings.setConfig(WEBDAV);
		save(p.store, 'aa1');
		await p.scheduler.noteLocalEdit();
		p.clock.now += 10_000;
		await p.scheduler.noteLocalEdit();
		expect(p.alarms.all.get(ALARM.debounce)?.scheduledTime).toBe(p.clock.now + DEBOUNCE_MS);

		await p.scheduler.onAlarm(ALARM.debounce);
		expect(server.files.has('manifest.json')).toBe(true);
		const puts = server.stats.puts;
		const gets = server.stats.gets;
		await p.scheduler.onAlarm(ALARM.debounce); // The merge's own revision bump lands here: nothing to do
		expect([server.stats.puts, server.stats.gets]).toEqual([puts, gets]);

		save(p.store, 'bb2');
		await p.scheduler.onAlarm(ALARM.debounce);
		expect(server.stats.puts).toBeGreaterThan(puts);
	});
});

describe('one sync at a time', () => {
	it('skips automatic syncs while one runs; Sync now waits for it and then runs', async () => {
		let release!: () => void;
		const blocked = new Promise<void>(resolve => { release = resolve; });
		let block = true;
		const p = profile(new FakeServer(), {gate: async () => { if (block) await blocked; }});
		await p.settings.setConfig(WEBDAV);
		save(p.store, 'aa1');
		const running = p.scheduler.run('now');
		await new Promise(resolve => setTimeout(resolve, 10));
		expect((await p.scheduler.status()).running).toBe(true);
		expect(await p.scheduler.run('alarm')).toEqual({ran: false});
		const waiting = p.scheduler.run('now');
		block = false;
		release();
		expect((await running).ran).toBe(true);
		expect((await waiting).ran).toBe(true);
		expect((await p.scheduler.status()).running).toBe(false);
	});
});

describe('persisted status', () => {
	it('keeps last sync, counts, next alarm, failsafe and drift for the options page', async () => {
		const server = new FakeServer();
		const a = profile(server, {node: 'a'});
		const b = profile(server, {node: 'b', clock: {now: Date.UTC(2025, 0, 3)}}); // Two days ahead
		for (const side of [a, b]) await side.settings.setConfig(WEBDAV);
		const ids = Array.from({length: 12}, (_, i) => `${i.toString(16).padStart(2, '0')}item`);
		for (const id of ids) save(a.store, id);
		await a.scheduler.ensureAlarms();
		await a.scheduler.run('now');
		await b.scheduler.run('now');
		for (const id of ids) b.store.edit(id, (doc, t) => setDeleted(doc, true, t));
		await b.scheduler.run('now');
		await a.scheduler.run('now');

		const status = await a.restart().status();
		expect(status).toMatchObject({
			kind: 'webdav', url: WEBDAV.url, locked: false, running: false, lastSyncAt: a.clock.now, failures: 0,
		});
		expect(status.nextSyncAt).toBe(a.alarms.all.get(ALARM.periodic)!.scheduledTime);
		expect(a.alarms.all.get(ALARM.periodic)?.periodInMinutes).toBe(PERIOD_MINUTES);
		expect(status.failsafe?.ids.sort()).toEqual([...ids].sort());
		expect(status.driftMs).toBeGreaterThan(24 * 3600_000);
		expect(status.last?.received).toBe(12);
	});

	it('reports a missing host permission without sending anything', async () => {
		const p = profile(new FakeServer());
		await p.settings.setConfig(WEBDAV);
		p.deny();
		await p.scheduler.run('now');
		expect((await p.scheduler.status()).lastError?.code).toBe('PERMISSION_DENIED');
		expect(p.requests).toHaveLength(0);
	});

	it('refuses a plain-http setup saved before the confirmation existed, sending nothing, until the user confirms', async () => {
		const p = profile(new FakeServer());
		await p.settings.setConfig({...WEBDAV, url: 'http://nas.example.org/dav/shelfmark/', password: 'secret'});
		await p.scheduler.run('now');
		expect((await p.scheduler.status()).lastError?.code).toBe('SYNC_INSECURE_URL');
		expect(p.requests).toHaveLength(0);
		await p.settings.setConfig({...WEBDAV, url: 'http://nas.example.org/dav/shelfmark/', password: 'secret', plainHttp: true});
		await p.scheduler.run('now');
		expect(p.requests.length).toBeGreaterThan(0);
	});

	it('clears the alarms when sync is switched off', async () => {
		const p = profile(new FakeServer());
		await p.settings.setConfig(WEBDAV);
		await p.scheduler.ensureAlarms();
		await p.scheduler.noteLocalEdit();
		await p.settings.setConfig(undefined);
		await p.scheduler.ensureAlarms();
		expect(p.alarms.all.size).toBe(0);
		expect((await p.scheduler.status()).kind).toBeNull();
	});
});

describe('encrypted lists', () => {
	it('never syncs a locked list (that would start a plain vault); the passphrase unlocks it for the session', async () => {
		const server = new FakeServer();
		const p = profile(server);
		await p.settings.setConfig({...WEBDAV, encrypted: true});
		save(p.store, 'aa1', 'Secret title');
		expect((await p.scheduler.run('now')).ran).toBe(false);
		expect(server.stats.gets + server.stats.puts).toBe(0);
		expect((await p.scheduler.status()).locked).toBe(true);

		await p.scheduler.run('now', 'correct horse');
		expect(await p.scheduler.status()).toMatchObject({locked: false, encrypted: true});
		expect(await p.settings.vaultKey()).toBeTypeOf('string');
		expect(p.local.data.get('syncConfig')).not.toHaveProperty('passphrase');
		const blobs = [...server.files].filter(([name]) => name.startsWith('blobs/'));
		expect(blobs.length).toBeGreaterThan(0);
		for (const [, file] of blobs) expect(new TextDecoder().decode(file.bytes)).not.toContain('Secret');

		await p.settings.setVaultKey(undefined); // A new browser session
		const wrong = await p.scheduler.run('now', 'wrong');
		expect(wrong.error).toMatchObject({code: 'SYNC_PASSPHRASE'});
	});
}, 30_000);
