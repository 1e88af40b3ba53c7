import {describe, expect, test} from 'vitest';
import {setDeleted} from '../../../src/core/item-doc.ts';
import {parseManifest} from '../../../src/sync/engine/manifest.ts';
import {FakeServer, FakeTransport, type Fault} from '../../../src/sync/transports/fake.ts';
import {hexId, patch, replica, syncWith, view} from './helpers.ts';
import {pendingIds} from '../../../src/core/far-ahead.ts';
import type {MemoryStore} from '../../../src/sync/engine/memory-store.ts';

describe('sync engine over the fake transport', () => {
	test('two replicas with offline edits converge to the union, both edits of one item kept', async () => {
		const server = new FakeServer();
		const a = replica('a');
		const b = replica('b', 5000);
		patch(a, hexId(1), {title: 'Kubernetes in Action', status: 'want'});
		patch(b, hexId(2), {title: 'Cloud Native Patterns'});
		await syncWith(a, new FakeTransport(server));
		await syncWith(b, new FakeTransport(server));
		patch(a, hexId(2), {status: 'reading'});
		patch(b, hexId(2), {topics: ['cloud-native']});
		await syncWith(a, new FakeTransport(server));
		await syncWith(b, new FakeTransport(server));
		await syncWith(a, new FakeTransport(server));
		expect(view(a)).toEqual(view(b));
		const item = view(a).find(x => x.id === hexId(2))!;
		expect(item).toMatchObject({status: 'reading', topics: ['cloud-native'], title: 'Cloud Native Patterns'});
	});

	test('an unchanged replica uploads nothing; one edit uploads one blob and the manifest', async () => {
		const server = new FakeServer();
		const a = replica('a');
		for (let i = 0; i < 200; i++) patch(a, hexId(i), {title: `item ${i}`});
		await syncWith(a, new FakeTransport(server), {width: 2});
		const quiet = await syncWith(a, new FakeTransport(server), {width: 2});
		expect(quiet).toMatchObject({uploadedBlobs: 0, manifestWritten: false});
		patch(a, hexId(7), {status: 'done'});
		const one = await syncWith(a, new FakeTransport(server), {width: 2});
		expect(one).toMatchObject({uploadedBlobs: 1, manifestWritten: true});
	});

	test('a 412 re-reads and re-merges, and neither write is lost', async () => {
		const server = new FakeServer();
		const a = replica('a');
		const b = replica('b');
		patch(a, hexId(1), {title: 'A'});
		patch(b, hexId(2), {title: 'B'});
		let raced = false;
		const transport = new FakeTransport(server, {
			gate: async label => {
				if (!raced && label.includes('PUT manifest.json') && !label.includes('response')) {
					raced = true;
					await syncWith(b, new FakeTransport(server)); // B swaps the manifest first
				}
			},
		});
		const report = await syncWith(a, transport);
		expect(report.attempts).toBe(2);
		await syncWith(b, new FakeTransport(server));
		expect(view(a).map(x => x.title)).toEqual(['A', 'B']);
		expect(view(b)).toEqual(view(a));
	});

	test.each<[Fault, string]>([
		[423, 'SYNC_LOCKED'], [507, 'SYNC_QUOTA'], [500, 'SYNC_SERVER'], ['offline', 'SYNC_OFFLINE'],
		['lose-response', 'SYNC_OFFLINE'],
	])(
		'a %s on the manifest PUT throws %s and the next sync heals', async (fault, code) => {
			const server = new FakeServer();
			const a = replica('a');
			const b = replica('b');
			patch(a, hexId(1), {title: 'A'});
			const failing = new FakeTransport(server, {
				fault: r => (r.method === 'PUT' && r.path === 'manifest.json' ? fault : undefined),
			});
			await expect(syncWith(a, failing)).rejects.toMatchObject({code});
			await syncWith(a, new FakeTransport(server));
			await syncWith(b, new FakeTransport(server));
			expect(view(b).map(x => x.title)).toEqual(['A']);
		},
	);

	test('a torn blob is unreadable, never empty, and its holder re-publishes it', async () => {
		const server = new FakeServer();
		const a = replica('a');
		const b = replica('b');
		patch(a, hexId(1), {title: 'A'});
		await syncWith(a, new FakeTransport(server));
		const blob = [...server.files.keys()].find(name => name.startsWith('blobs/'))!;
		server.files.set(blob, {bytes: server.files.get(blob)!.bytes.slice(0, 10), etag: '"x"', modified: 0});
		const first = await syncWith(b, new FakeTransport(server));
		expect(first.unreadable).toEqual(['1']);
		expect(view(b)).toEqual([]);
		const manifest = parseManifest(new TextDecoder().decode(server.files.get('manifest.json')!.bytes));
		expect(manifest.kind === 'ok' && manifest.manifest.shards['1']?.bad).toBe(true);
		await syncWith(a, new FakeTransport(server)); // A holds the data: it re-publishes
		await syncWith(b, new FakeTransport(server));
		expect(view(b).map(x => x.title)).toEqual(['A']);
	});

	test('a field of the wrong type from a peer is dropped and reported; the rest of the record arrives', async () => {
		const server = new FakeServer();
		const a = replica('a');
		const b = replica('b');
		patch(a, hexId(1), {title: 'A', publisher: 'P'});
		const doc = a.docs.get(hexId(1))!;
		a.docs.set(hexId(1), {
			...doc, f: {...doc.f, authors: {v: 'not a list' as unknown as string[], t: doc.f.publisher!.t}},
		});
		await syncWith(a, new FakeTransport(server));
		const report = await syncWith(b, new FakeTransport(server));
		expect(report.dropped).toEqual([expect.stringMatching(new RegExp(`^${hexId(1)} f\\.authors: .*\\(field dropped\\)$`))]);
		expect(view(b)).toEqual([expect.objectContaining({title: 'A', publisher: 'P', authors: []})]);
	});

	test('a replica missing a blob replaces it with its own data, and the other adds back what it lacks', async () => {
		const server = new FakeServer();
		const a = replica('a');
		const b = replica('b');
		patch(a, hexId(1), {title: 'A1'});
		patch(b, hexId(17), {title: 'B17'}); // Same shard '1' at width 1
		await syncWith(a, new FakeTransport(server));
		for (const name of [...server.files.keys()]) if (name.startsWith('blobs/')) server.files.delete(name);
		await syncWith(b, new FakeTransport(server));
		await syncWith(a, new FakeTransport(server));
		await syncWith(b, new FakeTransport(server));
		expect(view(b).map(x => x.title)).toEqual(['A1', 'B17']);
		expect(view(a)).toEqual(view(b));
	});

	test('a torn manifest is rebuilt and every replica re-publishes what it lacks', async () => {
		const server = new FakeServer();
		const a = replica('a');
		const b = replica('b');
		patch(a, hexId(1), {title: 'A'});
		patch(b, hexId(2), {title: 'B'});
		await syncWith(a, new FakeTransport(server));
		await syncWith(b, new FakeTransport(server));
		server.files.set('manifest.json', {
			bytes: new TextEncoder().encode('{"format":"shelfm'), etag: '"t"', modified: 0,
		});
		const c = replica('c');
		await syncWith(c, new FakeTransport(server));
		await syncWith(a, new FakeTransport(server));
		await syncWith(b, new FakeTransport(server));
		await syncWith(c, new FakeTransport(server));
		expect(view(c).map(x => x.title)).toEqual(['A', 'B']);
	});

	test('a vault of another format or a newer version is never overwritten', async () => {
		const server = new FakeServer();
		server.files.set('manifest.json', {
			bytes: new TextEncoder().encode('{"format":"shelfmark-vault","version":9}'), etag: '"1"', modified: 0,
		});
		const a = replica('a');
		patch(a, hexId(1), {title: 'A'});
		await expect(syncWith(a, new FakeTransport(server))).rejects.toMatchObject({code: 'SYNC_BAD_REMOTE'});
		expect(server.stats.puts).toBe(0);
	});

	test('a sync that tombstones many live items reports the failsafe', async () => {
		const server = new FakeServer();
		const a = replica('a');
		const b = replica('b');
		for (let i = 0; i < 12; i++) patch(a, hexId(i), {title: `t${i}`});
		await syncWith(a, new FakeTransport(server));
		await syncWith(b, new FakeTransport(server));
		for (let i = 0; i < 12; i++) b.edit(hexId(i), (doc, t) => setDeleted(doc, true, t));
		await syncWith(b, new FakeTransport(server));
		const report = await syncWith(a, new FakeTransport(server));
		expect(report.tombstoned).toHaveLength(12);
		expect(report.failsafe).toBe(true);
	});

	test('a remote clock two days ahead is accepted, reported as drift, and later local edits sort after it', async () => {
		const server = new FakeServer();
		const ahead = replica('ahead', 2 * 86_400_000);
		const here = replica('here');
		patch(ahead, hexId(1), {status: 'done'});
		await syncWith(ahead, new FakeTransport(server));
		const report = await syncWith(here, new FakeTransport(server), {now: () => Date.UTC(2026, 0, 1)});
		expect(report.driftMs).toBeGreaterThanOrEqual(2 * 86_400_000);
		patch(here, hexId(1), {status: 'reading'});
		expect(view(here)[0]!.status).toBe('reading');
	});
});

describe('a peer whose clock is far ahead', () => {
	const NOW = Date.UTC(2026, 0, 1);
	const honest = (node: string) => replica(node);
	const ahead = (node: string, years: number) => replica(node, years * 365 * 86_400_000);
	const syncAt = (store: MemoryStore, server: FakeServer) =>
		syncWith(store, new FakeTransport(server), {now: () => NOW});
	const statuses = (store: MemoryStore) => view(store).map(item => `${item.title}: ${item.status}`);

	test('its writes are held, not merged: they do not move our clock or win; keep turns them into edits made now', async () => {
		const server = new FakeServer();
		const a = honest('a');
		const evil = ahead('evil', 73); // A clock set to 2099
		patch(a, hexId(1), {title: 'Kubernetes in Action', status: 'reading'});
		await syncAt(a, server);
		await syncAt(evil, server);
		patch(evil, hexId(1), {status: 'dropped'});
		patch(evil, hexId(2), {title: 'From 2099'});
		await syncAt(evil, server);
		patch(a, hexId(1), {status: 'done'});
		expect(await syncAt(a, server)).toMatchObject({held: 2});
		expect(a.clock.wall).toBeLessThan(NOW + 60_000);
		expect(statuses(a)).toEqual(['Kubernetes in Action: done']);
		// Another honest device sees the honest edit, and holds the far writes when it meets them
		const c = honest('c');
		await syncAt(c, server);
		expect(statuses(c)).toEqual(['Kubernetes in Action: done']);
		await syncAt(evil, server);
		expect(statuses(evil)).toEqual(['Kubernetes in Action: dropped', 'From 2099: want']); // Nothing it wrote is lost
		expect(await syncAt(c, server)).toMatchObject({held: 2});
		expect(statuses(c)).toEqual(['Kubernetes in Action: done']);
		// Keep: the held values become edits stamped now on this clock, and reach the other devices as such
		await a.decideHeld([hexId(1), hexId(2)], true);
		expect(a.clock.wall).toBeLessThan(NOW + 60_000);
		await syncAt(a, server);
		await syncAt(c, server);
		expect(statuses(c)).toEqual(['Kubernetes in Action: dropped', 'From 2099: want']);
		expect(statuses(a)).toEqual(statuses(c));
	});

	test('discard leaves the list as it is and is remembered; a later far write asks again', async () => {
		const server = new FakeServer();
		const a = honest('a');
		const evil = ahead('evil', 5);
		patch(evil, hexId(3), {title: 'Five years ahead'});
		await syncAt(evil, server);
		await syncAt(a, server);
		expect(pendingIds(a.held)).toEqual([hexId(3)]);
		await a.decideHeld([hexId(3)], false);
		patch(a, hexId(4), {title: 'Honest'});
		await syncAt(a, server);
		await syncAt(evil, server);
		await syncAt(a, server);
		expect(statuses(a)).toEqual(['Honest: want']);
		expect(pendingIds(a.held)).toEqual([]);
		patch(evil, hexId(3), {status: 'done'});
		await syncAt(evil, server);
		await syncAt(a, server);
		expect(pendingIds(a.held)).toEqual([hexId(3)]);
	});
	test('on a server that ignores If-Match, a lost swap naming a deleted blob costs nothing: the holder re-publishes it', async () => {
		const server = new FakeServer(false);
		const a = honest('a');
		const evil = ahead('evil', 73);
		patch(evil, hexId(1), {title: 'From 2099', status: 'dropped'});
		await syncAt(evil, server);
		const stale = server.files.get('manifest.json')!;
		patch(a, hexId(17), {title: 'Honest'}); // Same shard as hexId(1) at width 1: a replaces evil's blob
		await syncAt(a, server);
		// evil's swap, read before a's, lands after it (no If-Match check): the manifest names the blob a deleted
		server.files.set('manifest.json', stale);
		expect(await syncAt(evil, server)).toMatchObject({uploadedBlobs: 0}); // Its known state says all is there
		const c = honest('c');
		expect(await syncAt(c, server)).toMatchObject({held: 0, unreadable: ['1']});
		await syncAt(a, server);
		await syncAt(evil, server); // It meets a's re-published shard, and offers its writes again
		expect(await syncAt(c, server)).toMatchObject({held: 1});
		expect(statuses(c)).toEqual(['Honest: want']);
		expect(statuses(evil)).toEqual(['From 2099: dropped', 'Honest: want']);
	});
});

describe('orphan blobs', () => {
	const HOUR = 3_600_000;

	test('a blob no manifest names is collected after 24 hours, never before, and never one a manifest names', async () => {
		let time = Date.UTC(2026, 0, 1);
		const server = new FakeServer(true, () => time);
		const at = (store: MemoryStore, transport = new FakeTransport(server)) =>
			syncWith(store, transport, {now: () => time, width: 2});
		const a = replica('a');
		const x = replica('x');
		for (let i = 0; i < 40; i++) patch(a, hexId(i), {title: `old ${i}`});
		await at(a);
		const named = new Set([...server.files.keys()].filter(name => name.startsWith('blobs/')));
		// Device X uploads its blobs, then dies before it can swap the manifest in
		patch(x, hexId(100), {title: 'from X'});
		const killed = new FakeTransport(server, {
			fault: request => (request.method === 'PUT' && request.path === 'manifest.json' ? 'offline' : undefined),
		});
		await expect(at(x, killed)).rejects.toMatchObject({code: 'SYNC_OFFLINE'});
		const pending = [...server.files.keys()].filter(name => name.startsWith('blobs/') && !named.has(name));
		expect(pending.length).toBeGreaterThan(0);
		time += 23 * HOUR;
		const y = replica('y'); // Its first sync lists the folder
		let lists = 0;
		const listed = new FakeTransport(server, {fault: request => {
			if (request.method === 'PROPFIND') lists++;
			return undefined;
		}});
		expect(await at(y, listed)).toMatchObject({collected: 0});
		expect(lists).toBe(1);
		for (const name of pending) expect(server.files.has(name), name).toBe(true);
		// X comes back within the day: its manifest names its blobs, nothing was lost
		await at(x);
		expect(view(x).map(item => item.title)).toContain('old 39');
		// A day later nothing is named only by X's dead attempt: blobs named by the manifest stay, however old
		time += 25 * HOUR;
		const before = new Set(server.files.keys());
		const deadBlob = 'blobs/00-' + '0'.repeat(64) + '.bin';
		server.files.set(deadBlob, {bytes: new Uint8Array(3), etag: '"d"', modified: time - 30 * HOUR});
		const report = await at(a);
		expect(report.collected).toBe(1);
		expect(server.files.has(deadBlob)).toBe(false);
		const bytes = server.files.get('manifest.json')!.bytes;
		const manifest = JSON.parse(new TextDecoder().decode(bytes)) as {shards: Record<string, {blob: string}>};
		for (const {blob} of Object.values(manifest.shards)) expect(server.files.has(blob), blob).toBe(true);
		expect([...before].filter(name => name !== deadBlob && !server.files.has(name))).toEqual([]);
		const c = replica('c');
		await at(c);
		expect(view(c)).toEqual(view(a));
		// Listing runs once a day per vault
		server.files.set(deadBlob, {bytes: new Uint8Array(3), etag: '"d"', modified: time - 30 * HOUR});
		time += HOUR;
		patch(a, hexId(2), {status: 'done'});
		expect(await at(a)).toMatchObject({collected: 0});
		expect(server.files.has(deadBlob)).toBe(true);
	});
});
