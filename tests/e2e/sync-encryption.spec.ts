import {createHash, randomBytes} from 'node:crypto';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import type {Browser} from 'webextension-polyfill';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Item} from '../../src/core/types.ts';
import {materialize} from '../../src/core/item-doc.ts';
import {MemoryStore} from '../../src/sync/engine/memory-store.ts';
import {parseManifest} from '../../src/sync/engine/manifest.ts';
import {sync} from '../../src/sync/engine/sync.ts';
import {BROWSER_SYNC_LIMITS, BrowserSyncTransport} from '../../src/sync/transports/browser-sync.ts';
import type {SyncStatus} from '../../src/shared/sync-protocol.ts';
import {startApache, type Apache} from '../support/apache.ts';
import {describeBrowsers, selectedBrowsers} from './support/browsers.ts';
import {type Driver, type DriverPage, OPTIONS, callApi, sendToBackground, waitUntil} from './support/driver.ts';
import {chromiumDriver} from './support/driver-chromium.ts';
import {firefoxDriver} from './support/driver-firefox.ts';

/*
 * Encryption turned on for a list that already syncs, with real parts: Chromium A and Firefox B through a real
 * Apache mod_dav (runs in the Firefox pass, which starts both browsers). And browser sync (storage.sync) in the
 * browser of each pass: keys written, read back after a restart, and "outgrown" before the quota is reached.
 */

const AUTH = {user: 'reader', password: 'app-pass-9d2m'};
const PASSPHRASE = 'tea kettle harbour 42';

type Profile = {driver: Driver; page: DriverPage};

async function launch(start: () => Promise<Driver>): Promise<Profile> {
	const driver = await start();
	return {driver, page: await driver.open(driver.extensionUrl(OPTIONS))};
}

const call = <T>(profile: Profile, method: string, ...args: unknown[]) => callApi<T>(profile.page, method, ...args);
const save = (profile: Profile, url: string, title: string, notes?: string) =>
	call<Item>(profile, 'saveItem', {url, title, ...(notes ? {notes} : {})});
const syncNow = (profile: Profile) => call<SyncStatus>(profile, 'syncNow');
const titles = async (profile: Profile) =>
	(await call<{items: Item[]}>(profile, 'queryItems', {limit: 1000})).items.map(item => item.title).sort();

/** Every file under `dir` with the sha256 of its bytes: equal snapshots mean nothing was written. */
function filesUnder(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir, {recursive: true}) as string[]) {
		const file = path.join(dir, name);
		if (statSync(file).isFile()) out[name] = createHash('sha256').update(readFileSync(file)).digest('hex');
	}
	return out;
}

function manifestIn(dir: string) {
	const read = parseManifest(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
	if (read.kind !== 'ok') throw new Error(`manifest ${read.kind}`);
	return read.manifest;
}

/** Opens the options page's Sync view afresh. */
async function openSyncView(profile: Profile): Promise<void> {
	await profile.page.goto(profile.driver.extensionUrl(OPTIONS));
	await profile.page.clickText('Sync');
}

if (selectedBrowsers().includes('firefox')) {
	describe('encryption turned on for a synced list: Chromium A encrypts, Firefox B is asked for the passphrase', () => {
		let apache: Apache;
		let a: Profile;
		let b: Profile;
		beforeAll(async () => {
			apache = await startApache({auth: AUTH});
			[a, b] = await Promise.all([launch(chromiumDriver), launch(firefoxDriver)]);
		});
		afterAll(async () => {
			await Promise.all([a, b].map(profile => profile?.driver.close()));
			await apache?.stop();
		});

		test('re-encrypted on the server; B is locked, a wrong passphrase writes nothing, the right one unlocks; a restart asks again', async () => {
			const folder = `${apache.url}shelfmark-enc/`;
			const dir = path.join(apache.dataDir, 'shelfmark-enc');
			for (let i = 0; i < 6; i++) await save(a, `https://example.com/enc-${i}`, `Shared book ${i}`);
			expect((await call<SyncStatus>(a, 'configureSync', {kind: 'webdav', url: folder, ...AUTH})).lastError)
				.toBeUndefined();
			expect((await call<SyncStatus>(b, 'configureSync', {kind: 'webdav', url: folder, ...AUTH})).lastError)
				.toBeUndefined();
			const shared = Array.from({length: 6}, (_, i) => `Shared book ${i}`);
			expect(await titles(b)).toEqual(shared);
			const plain = manifestIn(dir);
			expect(plain.enc).toBeUndefined();

			// A turns encryption on from the Sync view: every blob is rewritten, the old ones are gone.
			await openSyncView(a);
			await a.page.clickText('Encrypt the synced list');
			await a.page.fill('.sync-encryption form > div.field:nth-of-type(1) input', PASSPHRASE);
			await a.page.fill('.sync-encryption form > div.field:nth-of-type(2) input', PASSPHRASE);
			await a.page.screenshot('sync-encryption-form');
			await a.page.click('.sync-encryption button[type="submit"]');
			await a.page.waitForText('The synced list is encrypted. Other devices ask for the passphrase on their next sync.', 30_000);
			const encrypted = manifestIn(dir);
			expect(encrypted.enc?.iterations).toBeGreaterThanOrEqual(600_000);
			expect(encrypted.vault).not.toBe(plain.vault);
			const blobs = Object.keys(filesUnder(path.join(dir, 'blobs'))).map(name => `blobs/${name}`).sort();
			expect(blobs).toEqual(Object.values(encrypted.shards).map(entry => entry.blob).sort());
			for (const blob of blobs) expect(readFileSync(path.join(dir, blob)).includes('Shared book')).toBe(false);
			expect((await call<SyncStatus>(a, 'getSyncStatus'))).toMatchObject({encrypted: true, locked: false});
			await save(a, 'https://example.com/after', 'Saved after encrypting');
			expect((await syncNow(a)).lastError).toBeUndefined();

			// B syncs: locked, asked for the passphrase, and its list is untouched.
			await save(b, 'https://example.com/offline-b', 'Saved on B meanwhile');
			expect(await syncNow(b))
				.toMatchObject({encrypted: true, locked: true, lastError: {code: 'SYNC_PASSPHRASE'}});
			expect(await titles(b)).toEqual([...shared, 'Saved on B meanwhile'].sort());
			const before = filesUnder(dir);
			await openSyncView(b);
			await b.page.waitForText('This synced list is encrypted. Enter its passphrase');
			await b.page.fill('.sync-unlock input', 'not the passphrase');
			await b.page.clickText('Unlock');
			await b.page.waitFor('.sync-unlock [role="alert"]', 30_000);
			expect(await b.page.text('.sync-unlock [role="alert"]')).toBe('The passphrase does not unlock this synced list. Nothing was written.');
			expect(filesUnder(dir), 'a wrong passphrase writes nothing').toEqual(before);
			await b.page.screenshot('sync-encryption-locked');
			// The view refreshes once the failed attempt's status lands: type the next one after that
			await waitUntil(async () => !(await call<SyncStatus>(b, 'getSyncStatus')).running, 'the wrong attempt finished');

			await b.page.fill('.sync-unlock input', PASSPHRASE);
			await b.page.clickText('Unlock');
			await b.page.waitForText('Unlocked.', 30_000);
			expect(await titles(b)).toEqual([...shared, 'Saved after encrypting', 'Saved on B meanwhile'].sort());
			expect((await syncNow(a)).lastError).toBeUndefined();
			expect(await titles(a)).toEqual(await titles(b));

			// A restart forgets the unlocked key (storage.session): B asks once again, and once is enough.
			await b.driver.restart();
			b.page = await b.driver.open(b.driver.extensionUrl(OPTIONS));
			expect(await call<SyncStatus>(b, 'getSyncStatus')).toMatchObject({encrypted: true, locked: true});
			const wrong = await sendToBackground(b.page, 'unlockVault', 'still wrong');
			expect(wrong).toMatchObject({ok: false, error: {code: 'SYNC_PASSPHRASE'}});
			expect((await call<SyncStatus>(b, 'unlockVault', PASSPHRASE)).locked).toBe(false);
			expect((await syncNow(b))).toMatchObject({locked: false});
			expect((await syncNow(b)).lastError).toBeUndefined();
		});

		test('turned off again by A with the passphrase: B, holding the key, follows and syncs in the clear', async () => {
			const dir = path.join(apache.dataDir, 'shelfmark-enc');
			const off = await call<SyncStatus>(a, 'setSyncEncryption', false, PASSPHRASE);
			expect(off).toMatchObject({encrypted: false, locked: false});
			expect(manifestIn(dir).enc).toBeUndefined();
			await save(a, 'https://example.com/plain-again', 'Saved after decrypting');
			await syncNow(a);
			const followed = await syncNow(b);
			expect(followed).toMatchObject({encrypted: false, locked: false});
			expect(followed.lastError).toBeUndefined();
			expect(await titles(b)).toContain('Saved after decrypting');
		});
	});
}

/** storage.sync as the extension sees it, read from an extension page. */
function readSyncArea(page: DriverPage): Promise<Record<string, unknown>> {
	return page.evaluate(async () => {
		const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
		return (scope.browser ?? scope.chrome)!.storage.sync.get(null);
	});
}

/** Bytes as Chrome and Firefox count them: each key's length plus its value's JSON. */
const bytesOf = (area: Record<string, unknown>) =>
	Object.entries(area).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);

/** What another browser would read from these storage.sync contents: the titles, via the engine in Node. */
async function titlesFromSyncArea(area: Record<string, unknown>): Promise<string[]> {
	const copy = structuredClone(area);
	const transport = new BrowserSyncTransport({
		get: async keys => (keys === null
			? structuredClone(copy)
			: Object.fromEntries(keys.filter(key => key in copy).map(key => [key, copy[key]]))),
		set: async () => { throw new Error('read only'); },
		remove: async () => { throw new Error('read only'); },
	});
	const store = new MemoryStore('reader');
	await sync({store, transport, target: 'browser-sync', width: 1});
	return [...store.docs.values()].map(doc => materialize(doc).title).sort();
}

describeBrowsers('browser sync (storage.sync)', ({driver}) => {
	let profile: Profile;
	beforeAll(async () => {
		profile = {driver, page: await driver.open(driver.extensionUrl(OPTIONS))};
	});

	test('the keys are written, read back after a restart, and "outgrown" shows before the quota is reached', async () => {
		const first = Array.from({length: 8}, (_, i) => `Browser-synced ${i}`);
		for (const [i, title] of first.entries()) await save(profile, `https://example.com/bs-${i}`, title);
		const status = await call<SyncStatus>(profile, 'configureSync', {kind: 'browser-sync'});
		expect(status.lastError).toBeUndefined();
		const written = await readSyncArea(profile.page);
		expect(Object.keys(written)).toContain('sm:m');
		expect(Object.keys(written).filter(key => key.startsWith('sm:b:')).length).toBeGreaterThan(0);
		expect(await titlesFromSyncArea(written)).toEqual(first.sort());

		await driver.restart();
		profile.page = await driver.open(driver.extensionUrl(OPTIONS));
		const reread = await readSyncArea(profile.page);
		expect(reread).toEqual(written);
		const after = await syncNow(profile);
		expect(after).toMatchObject({kind: 'browser-sync'});
		expect(after.lastError).toBeUndefined();
		expect(after.last?.received).toBe(0);

		// Notes of random text barely compress: about 40 of them pass the room storage.sync has for the list.
		for (let i = 0; i < 40; i++) await save(profile, `https://example.com/big-${i}`, `Big ${i}`, randomBytes(2400).toString('base64'));
		const outgrown = await syncNow(profile);
		expect(outgrown.lastError?.code).toBe('SYNC_OUTGROWN');
		const full = await readSyncArea(profile.page);
		expect(bytesOf(full), 'refused before the quota').toBeLessThan(BROWSER_SYNC_LIMITS.bytes);
		expect(await titlesFromSyncArea(full), 'what was synced before stays whole').toEqual(first.sort());
		await openSyncView(profile);
		await profile.page.waitForText('The list has outgrown the browser’s own sync storage. Set up WebDAV to keep syncing it.');
		await profile.page.clickText('Set up WebDAV instead');
		await profile.page.waitForText('Folder URL');
	});
});
