import {utimesSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {setDeleted} from '../../../src/core/item-doc.ts';
import {MemoryStore} from '../../../src/sync/engine/memory-store.ts';
import type {SyncTransport} from '../../../src/sync/engine/ports.ts';
import {isTransient} from '../../../src/sync/errors.ts';
import {SWAP_FOLDER, WebDavTransport, type WebDavOptions} from '../../../src/sync/transports/webdav.ts';
import {LOCK_SECONDS} from '../../../src/sync/transports/webdav-lock.ts';
import {DAV_SERVERS, useDavServer} from '../../support/dav-servers.ts';
import {hexId, patch, replica, syncWith, view} from './helpers.ts';

/** A transport whose manifest write first runs `before` (another device's whole sync, say). */
function pausingBeforeSwap(inner: SyncTransport, before: () => Promise<void>): SyncTransport {
	let paused = false;
	return {
		readManifest: () => inner.readManifest(),
		async writeManifest(text, version) {
			if (!paused) {
				paused = true;
				await before();
			}
			return inner.writeManifest(text, version);
		},
		readBlob: name => inner.readBlob(name),
		writeBlob: (name, bytes) => inner.writeBlob(name, bytes),
		deleteBlob: name => inner.deleteBlob(name),
	};
}

/**
 * `fetch` for one device whose worker dies at call `at` (before the request leaves, or after its answer came):
 * from then on every call fails, as nothing runs in a dead worker. Locks it took are noted, so the test can
 * let them expire (UNLOCK with the token; DELETE for a swap folder, token '') instead of waiting out 60 s.
 */
function dyingFetch(plan: {at: number; after: boolean}, held: Map<string, string>) {
	const state = {calls: 0, dead: false};
	const fetchFn: typeof fetch = async (input, init) => {
		const n = state.calls++;
		if (state.dead || (n === plan.at && !plan.after)) {
			state.dead = true;
			throw new Error(`worker killed at call ${n}`);
		}
		const response = await fetch(input, init);
		const url = String(input);
		if (init?.method === 'LOCK' && response.ok) held.set(url, response.headers.get('lock-token')!);
		if (init?.method === 'UNLOCK') held.delete(url);
		if (url.endsWith(SWAP_FOLDER) && init?.method === 'MKCOL' && response.status === 201) held.set(url, '');
		if (url.endsWith(SWAP_FOLDER) && init?.method === 'DELETE') held.delete(url);
		if (n === plan.at) {
			state.dead = true;
			await response.body?.cancel();
			throw new Error(`worker killed after call ${n}`);
		}
		return response;
	};
	return {fetch: fetchFn, state};
}

const ids = (store: ReturnType<typeof replica>) => view(store).map(item => item.id).sort();

describe.each(DAV_SERVERS)('concurrent syncs through $name lose nothing', kind => {
	const server = useDavServer(() => kind.start());
	const dav = (folder: string, options: Partial<WebDavOptions> = {}) =>
		new WebDavTransport({url: `${server().url}${folder}/`, ...options});

	test('a device whose manifest read went stale re-merges before it swaps; a new device then sees both', async () => {
		const a = replica('a');
		const b = replica('b');
		patch(a, hexId(1), {title: 'A'});
		patch(b, hexId(17), {title: 'B'}); // Same shard as A's at width 1
		const report = await syncWith(a, pausingBeforeSwap(dav('stale'), async () => {
			await syncWith(b, dav('stale')); // B swaps the manifest between A's read and A's write
		}));
		expect(report.attempts).toBe(2);
		const fresh = replica('c');
		await syncWith(fresh, dav('stale'));
		expect(view(fresh).map(item => item.title)).toEqual(['A', 'B']);
	});

	test('an empty list\'s first sync makes its folder and its manifest at once (nginx would keep a lock it refused)', async () => {
		const empty = replica('a');
		const report = await syncWith(empty, dav('new-and-empty', {swap: kind.honours.swap}));
		expect(report.manifestWritten).toBe(true);
		expect((await dav('new-and-empty').readManifest())?.text).toContain('"vault"');
	});

	test('three devices swap the manifest from the same version at the same moment, 40 times: exactly one wins each time', async () => {
		const devices = [0, 1, 2].map(() => dav('swap-race', {swap: kind.honours.swap}));
		await devices[0]!.writeFile('hello.txt', 'creates the folder');
		await devices[0]!.writeManifest('{"round":-1}', undefined);
		const winners: number[] = [];
		for (let round = 0; round < 40; round++) {
			const read = await devices[0]!.readManifest();
			const swaps = await Promise.allSettled(devices.map((device, i) =>
				device.writeManifest(`{"round":${round},"device":${i}}`, read!.etag)));
			for (const swap of swaps) {
				if (swap.status === 'rejected') expect(swap.reason).toMatchObject({code: 'SYNC_CONFLICT'});
			}
			winners.push(swaps.filter(swap => swap.status === 'fulfilled').length);
		}
		expect(winners).toEqual(winners.map(() => 1));
	});

	test('chaos: three devices add items and sync at the same moment, round after round; every acknowledged item is on the server', async () => {
		const devices = [replica('a'), replica('b', 60_000), replica('c', -60_000)];
		const acknowledged = new Set<string>();
		let next = 0;
		let raced = 0;
		for (let round = 0; round < 6; round++) {
			// All three start together, so they read the same manifest and race to swap it
			await Promise.all(devices.map(async store => {
				for (let i = 0; i < 3; i++) patch(store, hexId(next), {title: hexId(next++)});
				try {
					const report = await syncWith(store, dav('chaos'));
					raced += report.attempts - 1;
					// Everything this device held is on the server now
					for (const id of ids(store)) acknowledged.add(id);
				} catch (error) {
					if (!isTransient(error)) throw error; // Contention gives up as transient; the next round retries
					raced++;
				}
			}));
		}
		// Devices that never sync again: a new device must still get everything a sync acknowledged
		const fresh = replica('d');
		await syncWith(fresh, dav('chaos'));
		expect(ids(fresh)).toEqual(expect.arrayContaining([...acknowledged]));
		expect(acknowledged.size).toBeGreaterThan(0);
		for (const store of devices) await syncWith(store, dav('chaos'));
		for (const store of devices) await syncWith(store, dav('chaos'));
		for (const store of [...devices, fresh]) await syncWith(store, dav('chaos'));
		for (const store of [...devices, fresh]) expect(ids(store)).toHaveLength(next);
		expect(raced, 'the devices did race').toBeGreaterThan(0);
	});
});

describe.each(DAV_SERVERS)('a sync killed at any request through $name', kind => {
	const server = useDavServer(() => kind.start());

	/** A and B hold different offline edits (one item edited on both, one deleted by B); B has synced. */
	async function scenario(folder: string) {
		const dav = () => new WebDavTransport({url: `${server().url}${folder}/`});
		const a = replica('a');
		const b = replica('b', 3000);
		for (let i = 0; i < 12; i++) patch(a, hexId(i), {title: `a${i}`});
		await syncWith(a, dav());
		await syncWith(b, dav());
		patch(a, hexId(3), {status: 'done'});
		patch(a, hexId(40), {title: 'a-new'});
		patch(b, hexId(3), {topics: ['b-topic']});
		b.edit(hexId(4), (doc, t) => setDeleted(doc, true, t));
		await syncWith(b, dav());
		return {a, b, dav};
	}

	test.each([false, true])('restarted from persisted state only, it converges (killed after the call: %s)', async after => {
		const counting = dyingFetch({at: -1, after}, new Map());
		const {a} = await scenario(`count-${after}`);
		await syncWith(a, new WebDavTransport({url: `${server().url}count-${after}/`, fetch: counting.fetch}));
		const total = counting.state.calls;
		expect(total).toBeGreaterThan(5);
		for (let at = 0; at < total; at++) {
			const folder = `kill-${after}-${at}`;
			const {a: dying, b, dav} = await scenario(folder);
			const held = new Map<string, string>();
			const killed = dyingFetch({at, after}, held);
			await syncWith(dying, new WebDavTransport({url: `${server().url}${folder}/`, fetch: killed.fetch}))
				.catch(() => undefined);
			expect(killed.state.dead, `killed at ${at}`).toBe(true);
			for (const [url, token] of held) { // As if expired
				await fetch(url, token ? {method: 'UNLOCK', headers: {'lock-token': token}} : {method: 'DELETE'});
			}
			const restarted = MemoryStore.fromJSON(structuredClone(dying.toJSON()), () => Date.UTC(2026, 0, 1));
			await syncWith(restarted, dav());
			await syncWith(b, dav());
			await syncWith(restarted, dav());
			expect(view(restarted), `killed at ${at}`).toEqual(view(b));
			expect(view(b).find(item => item.id === hexId(3)), `killed at ${at}`).toMatchObject({status: 'done', topics: ['b-topic']});
			expect(view(b).find(item => item.id === hexId(4))!.deletedAt).toBeDefined();
			expect(view(b).map(item => item.title)).toEqual(expect.arrayContaining(['a-new', 'a0', 'a11']));
		}
	});
});

describe.each(DAV_SERVERS.filter(kind => kind.honours.swap === 'lock'))('$name ignores If-Match: the manifest swap runs under a lock', kind => {
	const server = useDavServer(() => kind.start());
	const dav = (folder: string, options: Partial<WebDavOptions> = {}) =>
		new WebDavTransport({url: `${server().url}${folder}/`, ...options});

	test('without the lock (If-Match swaps the server ignores), a stale write erases an acknowledged update', async () => {
		const a = replica('a');
		const b = replica('b');
		patch(a, hexId(1), {title: 'A'});
		patch(b, hexId(17), {title: 'B'});
		await syncWith(a, pausingBeforeSwap(dav('blind', {swap: 'if-match'}), async () => {
			await syncWith(b, dav('blind', {swap: 'if-match'})); // B's sync succeeds...
		}));
		const fresh = replica('c');
		await syncWith(fresh, dav('blind'));
		expect(view(fresh).map(item => item.title)).toEqual(['A']); // ...and A's stale swap erased it
	});

	test('a lock another device holds (or a killed worker left) makes the sync wait, then fail as transient SYNC_LOCKED; nothing is swapped', async () => {
		const a = replica('a');
		patch(a, hexId(1), {title: 'A'});
		await syncWith(a, dav('held'));
		const before = await dav('held').readManifest();
		const taken = await fetch(`${server().url}held/manifest.lock`, {
			method: 'LOCK', headers: {'content-type': 'application/xml', timeout: 'Second-60'},
			body: '<?xml version="1.0"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype></D:lockinfo>',
		});
		expect(taken.ok).toBe(true);
		patch(a, hexId(2), {title: 'A2'});
		const started = Date.now();
		const error = await syncWith(a, dav('held')).catch((caught: unknown) => caught);
		expect(error).toMatchObject({code: 'SYNC_LOCKED'});
		expect(isTransient(error)).toBe(true);
		expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);
		expect((await dav('held').readManifest())!.etag).toBe(before!.etag);
		await fetch(`${server().url}held/manifest.lock`, {method: 'UNLOCK', headers: {'lock-token': taken.headers.get('lock-token')!}});
		await syncWith(a, dav('held'));
		const fresh = replica('c');
		await syncWith(fresh, dav('held'));
		expect(view(fresh).map(item => item.title)).toEqual(['A', 'A2']);
	});
});

describe.each(DAV_SERVERS.filter(kind => kind.honours.swap === 'if-match'))('$name checks If-Match and writes holding nothing between: the swap runs in a folder mutex', kind => {
	const server = useDavServer(() => kind.start());
	const dav = (folder: string) => new WebDavTransport({url: `${server().url}${folder}/`});
	const mutex = (folder: string) => `${server().url}${folder}/${SWAP_FOLDER}`;

	/** A list synced once, then a mutex folder made as another device inside its swap (or killed there) would. */
	async function heldBy(folder: string, ageSeconds: number) {
		const a = replica('a');
		patch(a, hexId(1), {title: 'A'});
		await syncWith(a, dav(folder));
		expect((await fetch(mutex(folder), {method: 'MKCOL'})).status).toBe(201);
		const made = Date.now() / 1000 - ageSeconds;
		utimesSync(path.join(server().dataDir, folder, SWAP_FOLDER), made, made);
		patch(a, hexId(2), {title: 'A2'});
		return a;
	}

	test('a folder made a moment ago makes the sync wait, then fail as transient SYNC_LOCKED; nothing is swapped', async () => {
		const a = await heldBy('held', 1);
		const before = await dav('held').readManifest();
		const error = await syncWith(a, dav('held')).catch((caught: unknown) => caught);
		expect(error).toMatchObject({code: 'SYNC_LOCKED'});
		expect(isTransient(error)).toBe(true);
		expect((await dav('held').readManifest())!.etag).toBe(before!.etag);
	});

	test(`a folder older than ${LOCK_SECONDS} s on the server's clock is taken as left by a killed device: the sync goes on`, async () => {
		const a = await heldBy('abandoned', LOCK_SECONDS + 5);
		await syncWith(a, dav('abandoned'));
		expect((await fetch(mutex('abandoned'), {method: 'PROPFIND', headers: {depth: '0'}})).status).toBe(404);
		const fresh = replica('c');
		await syncWith(fresh, dav('abandoned'));
		expect(view(fresh).map(item => item.title)).toEqual(['A', 'A2']);
	});
});
