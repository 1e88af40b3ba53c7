import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Item} from '../../src/core/types.ts';
import {applyPatch} from '../../src/core/item-doc.ts';
import {MemoryStore} from '../../src/sync/engine/memory-store.ts';
import {sync} from '../../src/sync/engine/sync.ts';
import {WebDavTransport} from '../../src/sync/transports/webdav.ts';
import type {SyncStatus} from '../../src/shared/sync-protocol.ts';
import type {HarvestView} from '../../src/shared/harvest-protocol.ts';
import {startApache, type Apache} from '../support/apache.ts';
import {DAV_SERVERS, type DavServer} from '../support/dav-servers.ts';
import {selectedBrowsers} from './support/browsers.ts';
import {startDavProxy, type DavProxy, type DavProxyOptions} from './support/dav-proxy.ts';
import {serveSeedPost} from './support/seed-post.ts';
import {type Driver, type DriverPage, OPTIONS, POPUP, sendToBackground, tabIdOf, waitUntil} from './support/driver.ts';
import {chromiumDriver} from './support/driver-chromium.ts';
import {firefoxDriver} from './support/driver-firefox.ts';

/*
 * Sync with real parts: the built extension in real browsers, a real Apache mod_dav on 127.0.0.1 (with basic
 * auth and an app password), and a small proxy in front of it that the test can kill or make ignore If-Match.
 * The cross-browser journey (Chromium A, Firefox B, Chromium C) runs in the Firefox pass of `npm run test:e2e`;
 * the fault journeys (server killed mid-sync, If-Match ignored) run on two Chromium profiles in the Chromium pass.
 * Every sync is driven through the public BackgroundApi (syncNow) from an extension page.
 */

const AUTH = {user: 'reader', password: 'app-pass-7f3k'};

type Profile = {name: string; driver: Driver; page: DriverPage};

/** Calls the background over the public protocol and unwraps the Result envelope. */
async function call<T>(profile: Profile, method: string, ...args: unknown[]): Promise<T> {
	const reply = await sendToBackground(profile.page, method, ...args);
	if (!reply?.ok) throw new Error(`${profile.name}.${method}: ${JSON.stringify(reply)}`);
	return reply.value as T;
}

async function launch(name: string, start: () => Promise<Driver>): Promise<Profile> {
	const driver = await start();
	return {name, driver, page: await driver.open(driver.extensionUrl(OPTIONS))};
}

const save = (profile: Profile, url: string, title: string, extra: Partial<Item> = {}) =>
	call<Item>(profile, 'saveItem', {url, title, ...extra});
const syncNow = (profile: Profile) => call<SyncStatus>(profile, 'syncNow');
const configure = (profile: Profile, url: string) =>
	call<SyncStatus>(profile, 'configureSync', {kind: 'webdav', url, ...AUTH});

/** Live and trashed items, by title. */
async function list(profile: Profile): Promise<{live: Item[]; trash: Item[]}> {
	const live = (await call<{items: Item[]}>(profile, 'queryItems', {limit: 1000})).items;
	const trash = (await call<{items: Item[]}>(profile, 'queryItems', {trash: true, limit: 1000})).items;
	return {live, trash};
}
const titles = (items: Item[]) => items.map(item => item.title).sort();

/** Syncs each profile in turn until a full round changes nothing (bounded). */
async function settle(profiles: Profile[], rounds = 3): Promise<void> {
	for (let round = 0; round < rounds; round++) {
		for (const profile of profiles) {
			const status = await syncNow(profile);
			expect(status.lastError, `${profile.name} synced`).toBeUndefined();
		}
	}
}

/** What a profile holds, comparable across profiles: every item's user-visible fields. */
async function snapshot(profile: Profile) {
	const {live, trash} = await list(profile);
	const shape = (item: Item) => ({id: item.id, title: item.title, status: item.status, topics: item.topics,
		notes: item.notes, deleted: Boolean(item.deletedAt)});
	return [...live, ...trash].map(shape).sort((a, b) => a.id.localeCompare(b.id));
}

if (selectedBrowsers().includes('firefox')) {
	describe('sync across Chromium and Firefox through Apache WebDAV', () => {
		let apache: Apache;
		let proxy: DavProxy;
		let a: Profile;
		let b: Profile;
		let c: Profile;
		beforeAll(async () => {
			apache = await startApache({auth: AUTH});
			proxy = await startDavProxy(apache.url);
			[a, b, c] = await Promise.all([
				launch('A', chromiumDriver), launch('B', firefoxDriver), launch('C', chromiumDriver),
			]);
		});
		afterAll(async () => {
			await Promise.all([a, b, c].map(profile => profile?.driver.close()));
			await proxy?.close();
			await apache?.stop();
		});

		test('offline saves and edits on two browsers converge to the union with both edits; delete vs edit keeps the edit', async () => {
			const folder = `${proxy.url}shelfmark-main/`;
			const shared = await save(a, 'https://example.com/kubernetes-patterns', 'Kubernetes Patterns', {topics: ['kubernetes']});
			expect((await configure(a, folder)).lastError).toBeUndefined();
			expect((await configure(b, folder)).lastError).toBeUndefined();
			expect(titles((await list(b)).live)).toEqual(['Kubernetes Patterns']);

			// Offline: the server is gone while A and B save different items and change the same one.
			await proxy.kill();
			await save(a, 'https://example.com/only-on-a', 'Only on A');
			await save(b, 'https://example.com/only-on-b', 'Only on B');
			await call(a, 'updateItem', shared.id, {status: 'done'});
			await call(b, 'updateItem', shared.id, {topics: ['kubernetes', 'cloud-native']});
			expect((await syncNow(a)).lastError?.code).toBe('SYNC_OFFLINE');

			await proxy.revive();
			expect((await configure(c, folder)).lastError).toBeUndefined();
			await settle([a, b, c], 2);
			for (const profile of [a, b, c]) {
				const {live} = await list(profile);
				expect(titles(live), profile.name).toEqual(['Kubernetes Patterns', 'Only on A', 'Only on B']);
				expect(live.find(item => item.id === shared.id), profile.name)
					.toMatchObject({status: 'done', topics: ['cloud-native', 'kubernetes']});
			}

			// A deletes the item while B edits it: deleted everywhere, with B's edit kept inside, and restorable.
			await call(a, 'deleteItems', [shared.id]);
			await call(b, 'updateItem', shared.id, {notes: 'Chapter 4 first'});
			await settle([a, b, c], 2);
			for (const profile of [a, b, c]) {
				const item = await call<Item>(profile, 'getItem', shared.id);
				expect(item, profile.name)
					.toMatchObject({notes: 'Chapter 4 first', status: 'done', deletedAt: expect.any(String)});
			}
			await call(c, 'restoreItems', [shared.id]);
			await settle([c, a, b], 1);
			for (const profile of [a, b, c]) {
				const item = await call<Item>(profile, 'getItem', shared.id);
				expect(item?.deletedAt, profile.name).toBeUndefined();
				expect(item?.notes).toBe('Chapter 4 first');
			}
			expect(await snapshot(b)).toEqual(await snapshot(a));
			expect(await snapshot(c)).toEqual(await snapshot(a));
		});

		test('the seed post harvested in Chromium and in Firefox syncs as one list: no conflicts; two different titles show one', async () => {
			const seed = await serveSeedPost();
			let page: {url: string; title: string} | undefined;
			try {
				for (const profile of [a, b]) {
					const post = await profile.driver.open(seed.url);
					const tabId = await tabIdOf(profile.page, seed.url);
					const view = await call<HarvestView>(profile, 'harvestTab', tabId, {url: seed.url, title: 'seed'});
					expect(view.entries.length, `${profile.name} harvested`).toBeGreaterThanOrEqual(5);
					page = view.page;
					await call(profile, 'saveHarvest', {
						page: view.page, topics: view.suggestedTopics.slice(0, 2),
						works: view.entries.map(entry => entry.work),
					});
					await post.close();
				}
			} finally {
				await seed.close();
			}
			const folder = `${apache.url}shelfmark-seed/`;
			await configure(a, folder);
			await configure(b, folder);
			await settle([a, b], 2);
			const fromPost = async (profile: Profile) =>
				(await call<{items: Item[]}>(profile, 'queryItems', {recommendedBy: page!.url, limit: 100})).items;
			const ids = (items: Item[]) => items.map(item => item.id).sort();
			const seedA = await fromPost(a);
			expect(ids(await fromPost(b))).toEqual(ids(seedA));
			expect(new Set(seedA.map(item => item.title)).size, 'one item per work, the unlinked one too').toBe(seedA.length);
			const conflicts = async (profile: Profile) =>
				(await call<Item[]>(profile, 'listConflicts')).filter(item => ids(seedA).includes(item.id));
			expect(await conflicts(a)).toEqual([]);
			expect(await conflicts(b)).toEqual([]);
			// Two different titles written at once are a conflict, shown once, with the other value
			const target = seedA[0]!;
			await call(a, 'updateItem', target.id, {title: 'Title from Chromium'});
			await call(b, 'updateItem', target.id, {title: 'Title from Firefox'});
			await settle([a, b], 2);
			for (const profile of [a, b]) {
				const [one, ...more] = await conflicts(profile);
				expect(more, profile.name).toEqual([]);
				expect([one!.title, ...one!.conflicts!.title!].sort(), profile.name)
					.toEqual(['Title from Chromium', 'Title from Firefox']);
			}
			await b.page.goto(b.driver.extensionUrl(OPTIONS));
			await b.page.clickText('Sync');
			await b.page.waitForText('From another device');
			await b.page.screenshot('sync-one-conflict');
		});

		test('a device whose clock says 2099: its record is held, shown in the Sync view, and kept as an edit made now', async () => {
			const folder = `${apache.url}shelfmark-far-clock/`;
			const peer = new MemoryStore('far-peer', () => Date.UTC(2099, 0, 1));
			peer.edit('far0000000000001', (doc, t) => applyPatch(doc, {url: 'https://example.org/from-2099', title: 'From 2099', status: 'reading'}, t));
			await sync({store: peer, transport: new WebDavTransport({url: folder, ...AUTH}), target: 'peer'});
			// The setup form, as a user fills it in (styled like every other form)
			await b.page.goto(b.driver.extensionUrl(OPTIONS));
			await b.page.clickText('Sync');
			await b.page.waitForText('Sync');
			const setUp = await b.page.evaluate(() =>
				[...document.querySelectorAll('button')].some(button => button.textContent === 'Change setup'));
			if (setUp) {
				await b.page.clickText('Change setup');
			}
			await b.page.fill('input[name="url"]', folder);
			await b.page.screenshot('sync-setup');
			await configure(b, folder);
			expect((await list(b)).live.map(item => item.title)).not.toContain('From 2099');
			await b.page.goto(b.driver.extensionUrl(OPTIONS));
			await b.page.clickText('Sync');
			await b.page.waitForText('A record came from a device whose clock is more than two days ahead');
			await b.page.screenshot('sync-held');
			await b.page.clickText('Keep');
			await b.page.waitForText('Kept. It syncs to your other devices');
			const kept = (await list(b)).live.find(item => item.title === 'From 2099');
			expect(kept).toMatchObject({url: 'https://example.org/from-2099', status: 'reading'});
			expect(Date.parse(kept!.updatedAt)).toBeLessThan(Date.now() + 60_000);
			// The popup says when the list last synced
			const popup = await b.driver.open(b.driver.extensionUrl(POPUP));
			await popup.waitForText('Synced');
			expect(await popup.text('.sync-line')).toMatch(/^Synced (just now|\d+ minutes? ago)$/);
			await popup.close();
		});
	});
	lockingServers('Firefox', firefoxDriver);
}

if (selectedBrowsers().includes('chromium')) {
	describe('sync faults with real Apache WebDAV (two Chromium profiles)', () => {
		let apache: Apache;
		let proxy: DavProxy;
		let a: Profile;
		let c: Profile;
		beforeAll(async () => {
			apache = await startApache({auth: AUTH});
			proxy = await startDavProxy(apache.url);
			[a, c] = await Promise.all([launch('A', chromiumDriver), launch('C', chromiumDriver)]);
		});
		afterAll(async () => {
			await Promise.all([a, c].map(profile => profile?.driver.close()));
			await proxy?.close();
			await apache?.stop();
		});

		test('the server killed in the middle of a sync: the next sync heals and nothing is lost', async () => {
			const folder = `${proxy.url}shelfmark-killed/`;
			const urls = Array.from({length: 40}, (_, i) => `https://example.com/book-${i}`);
			for (const [i, url] of urls.entries()) await save(a, url, `Book ${i}`);
			let blobPuts = 0;
			const killed = proxy.killOn(request =>
				request.method === 'PUT' && request.path.includes('/blobs/') && ++blobPuts === 5);
			const failed = await configure(a, folder);
			await killed;
			expect(failed.lastError?.code, 'the sync was cut off').toBe('SYNC_OFFLINE');
			expect(failed.failures).toBe(1);
			expect(failed.nextSyncAt, 'a retry is scheduled').toBeTypeOf('number');

			await proxy.revive();
			const healed = await syncNow(a);
			expect(healed.lastError).toBeUndefined();
			expect(healed.failures).toBe(0);
			expect((await configure(c, folder)).lastError).toBeUndefined();
			expect(titles((await list(c)).live)).toEqual(urls.map((_, i) => `Book ${i}`).sort());
			expect(await snapshot(c)).toEqual(await snapshot(a));

			// The options page's Sync view shows the same state and syncs from its button.
			await c.page.clickText('Sync');
			await c.page.waitForText(`Syncing with ${folder}`);
			await c.page.waitForText('Last sync:');
			const before = (await call<SyncStatus>(c, 'getSyncStatus')).lastAttemptAt;
			await c.page.clickText('Sync now');
			await waitUntil(
				async () => (await call<SyncStatus>(c, 'getSyncStatus')).lastAttemptAt !== before,
				'Sync now ran',
			);
		});

		test('a server that ignores If-Match still converges', async () => {
			await raceFiveEach(a, c, proxy, 'shelfmark-no-if-match', {stripConditions: true});
			expect(proxy.stripped, 'If-Match headers were really dropped').toBeGreaterThan(0);
		});
	});

	lockingServers('Chromium', chromiumDriver);
}

/**
 * A and C save five items each and sync at the same moment, twice, through the proxy with `conditions`; manifest
 * reads are delayed so both read it before either writes it. Then both hold all ten and the same list.
 */
async function raceFiveEach(
	a: Profile, c: Profile, proxy: DavProxy, folder: string, conditions: DavProxyOptions,
): Promise<void> {
	proxy.options = {
		...conditions,
		delayMs: request => (request.method === 'GET' && request.path.endsWith('manifest.json') ? 300 : 0),
	};
	await configure(a, `${proxy.url}${folder}/`);
	await configure(c, `${proxy.url}${folder}/`);
	for (let i = 0; i < 5; i++) {
		await save(a, `https://example.org/a-${i}`, `From A ${i}`);
		await save(c, `https://example.org/c-${i}`, `From C ${i}`);
	}
	await Promise.all([syncNow(a), syncNow(c)]);
	await Promise.all([syncNow(a), syncNow(c)]);
	proxy.options = conditions;
	await settle([a, c], 2);
	const everything = await snapshot(a);
	expect(everything.filter(item => /^From [AC] \d$/.test(item.title))).toHaveLength(10);
	expect(await snapshot(c)).toEqual(everything);
}

/**
 * nginx + dav-ext and rclone ignore If-Match: two profiles (Chromium A, and C in `browser`) sync at once, so only
 * the WebDAV lock keeps their swaps apart.
 */
function lockingServers(browser: string, second: () => Promise<Driver>): void {
	describe.each(DAV_SERVERS.filter(kind => kind.honours.swap === 'lock'))(`sync through $name, which ignores If-Match (Chromium and ${browser})`, kind => {
		let server: DavServer;
		let proxy: DavProxy;
		let a: Profile;
		let c: Profile;
		beforeAll(async () => {
			server = await kind.start({auth: AUTH});
			proxy = await startDavProxy(server.url);
			[a, c] = await Promise.all([launch('A', chromiumDriver), launch('C', second)]);
		});
		afterAll(async () => {
			await Promise.all([a, c].map(profile => profile?.driver.close()));
			await proxy?.close();
			await server?.stop();
		});

		test('concurrent syncs swap the manifest under a WebDAV lock and lose nothing', async () => {
			await raceFiveEach(a, c, proxy, 'shelfmark', {});
			const locks = proxy.seen
				.filter(request => request.method === 'LOCK' && request.path.endsWith('/manifest.lock'));
			expect(locks.length).toBeGreaterThan(0);
		});
	});
}
