import {readdirSync, utimesSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {WebDavTransport} from '../../../src/sync/transports/webdav.ts';
import {probeWebdav} from '../../../src/sync/transports/webdav-probe.ts';
import {DAV_SERVERS, useDavServer} from '../../support/dav-servers.ts';
import {startNginx} from '../../support/nginx.ts';
import {hexId, patch, replica, syncWith, view} from './helpers.ts';

describe.each(DAV_SERVERS)('WebDAV transport against $name', kind => {
	const server = useDavServer(() => kind.start());
	const dav = (folder: string) => new WebDavTransport({url: `${server().url}${folder}/`});

	test('the probe finds what the server honours, and leaves nothing behind', async () => {
		expect(await probeWebdav(dav('probe'))).toEqual(kind.honours);
		expect(readdirSync(path.join(server().dataDir, 'probe'))).toEqual([]);
	});

	test('creates the folder, swaps the manifest with If-Match, and refuses a stale ETag with SYNC_CONFLICT', async () => {
		const transport = dav('cas');
		expect(await transport.readManifest()).toBeUndefined();
		await transport.writeManifest('{"n":1}', undefined);
		await expect(transport.writeManifest('{"n":1}', undefined)).rejects.toMatchObject({code: 'SYNC_CONFLICT'});
		const first = (await transport.readManifest())!;
		expect(first.text).toBe('{"n":1}');
		await transport.writeManifest('{"n":2}', first.etag);
		await expect(transport.writeManifest('{"n":3}', first.etag)).rejects.toMatchObject({code: 'SYNC_CONFLICT'});
		expect((await transport.readManifest())!.text).toBe('{"n":2}');
	});

	test('blobs round-trip byte for byte; a missing one reads as undefined; delete is idempotent', async () => {
		const transport = dav('blobs');
		const bytes = Uint8Array.from({length: 70_000}, (_, i) => (i * 31) % 256);
		await transport.writeBlob('blobs/ab-x.bin', bytes);
		expect(await transport.readBlob('blobs/ab-x.bin')).toEqual(bytes);
		expect(await transport.readBlob('blobs/none.bin')).toBeUndefined();
		await transport.deleteBlob('blobs/ab-x.bin');
		await transport.deleteBlob('blobs/ab-x.bin');
		expect(await transport.readBlob('blobs/ab-x.bin')).toBeUndefined();
	});

	test('lists blobs with their last-modified time; a sync collects one no manifest names once it is a day old', async () => {
		const transport = dav('orphans');
		expect((await transport.listBlobs()).blobs).toEqual([]); // No folder yet
		const a = replica('a');
		for (let i = 0; i < 20; i++) patch(a, hexId(i), {title: `item ${i}`});
		await syncWith(a, transport, {width: 2});
		const orphan = `blobs/00-${'0'.repeat(64)}.bin`;
		await transport.writeBlob(orphan, new Uint8Array([1, 2, 3]));
		const listed = await transport.listBlobs();
		expect(listed.blobs.map(blob => blob.name)).toContain(orphan);
		expect(Math.abs(listed.now! - Date.now())).toBeLessThan(120_000);
		for (const blob of listed.blobs) expect(Math.abs(blob.modified - listed.now!)).toBeLessThan(120_000);
		// A day passes on the server for that file only (its mtime is what Apache reports as getlastmodified)
		const old = new Date(Date.now() - 25 * 3600_000);
		utimesSync(path.join(server().dataDir, 'orphans', orphan), old, old);
		const b = replica('b');
		expect(await syncWith(b, transport, {width: 2})).toMatchObject({collected: 1});
		expect((await transport.listBlobs()).blobs.map(blob => blob.name)).not.toContain(orphan);
		expect(view(b)).toEqual(view(a));
	});

	test('a folder whose parent does not exist is SYNC_NO_FOLDER, not "data Shelfmark does not understand"', async () => {
		const a = replica('a');
		patch(a, hexId(1), {title: 'Kept here'});
		const error = await syncWith(a, dav('no-such-parent/shelfmark')).catch((caught: unknown) => caught);
		// Apache answers 409, rclone 404, nginx 500 (create_full_put_path off): the parent is asked about itself
		expect(error).toMatchObject({code: 'SYNC_NO_FOLDER', message: expect.stringContaining('/no-such-parent/ does not exist')});
		expect(view(a).map(item => item.title)).toEqual(['Kept here']);
	});

		test('three replicas with concurrent syncs converge through a real server', async () => {
		const replicas = [replica('a'), replica('b', 86_400_000), replica('c', -86_400_000)];
		replicas.forEach((store, n) => {
			for (let i = 0; i < 30; i++) patch(store, hexId(i * 3 + n), {title: `${n}-${i}`});
			patch(store, hexId(999), {topics: [`topic-${n}`]});
		});
		await Promise.all(replicas.map(store => syncWith(store, dav('three'), {width: 2})));
		for (let round = 0; round < 2; round++) {
			for (const store of replicas) await syncWith(store, dav('three'), {width: 2});
		}
		expect(view(replicas[1]!)).toEqual(view(replicas[0]!));
		expect(view(replicas[2]!)).toEqual(view(replicas[0]!));
		expect(view(replicas[0]!)).toHaveLength(91);
		expect(view(replicas[0]!).find(item => item.id === hexId(999))!.topics)
			.toEqual(['topic-0', 'topic-1', 'topic-2']);
	});

	test('an encrypted vault: a wrong passphrase is SYNC_PASSPHRASE and writes nothing', async () => {
		const a = replica('a');
		const b = replica('b');
		patch(a, hexId(1), {title: 'secret'});
		await syncWith(a, dav('enc'), {passphrase: 'correct horse'});
		patch(b, hexId(2), {title: 'other'});
		const before = (await dav('enc').readManifest())!;
		await expect(syncWith(b, dav('enc'), {passphrase: 'wrong'})).rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
		expect((await dav('enc').readManifest())!.etag).toBe(before.etag);
		expect(view(b).map(item => item.title)).toEqual(['other']);
		await syncWith(b, dav('enc'), {passphrase: 'correct horse'});
		expect(view(b).map(item => item.title)).toEqual(['secret', 'other']);
	});
});

describe.each(DAV_SERVERS)('WebDAV with HTTP basic auth on $name', kind => {
	const secured = useDavServer(() => kind.start({auth: {user: 'reader', password: 'app-pässword'}}));

	test('the right app password syncs; a wrong one is SYNC_AUTH', async () => {
		const a = replica('a');
		patch(a, hexId(1), {title: 'A'});
		const good = new WebDavTransport({url: `${secured().url}list/`, user: 'reader', password: 'app-pässword'});
		await syncWith(a, good);
		expect((await good.readManifest())?.text).toContain('shelfmark-vault');
		const bad = new WebDavTransport({url: `${secured().url}list/`, user: 'reader', password: 'nope'});
		await expect(syncWith(replica('b'), bad)).rejects.toMatchObject({code: 'SYNC_AUTH'});
	});

	test('a stopped server is SYNC_OFFLINE, a transient error', async () => {
		const gone = await kind.start();
		const transport = new WebDavTransport({url: `${gone.url}x/`});
		await gone.stop();
		await expect(transport.readManifest()).rejects.toMatchObject({code: 'SYNC_OFFLINE', name: 'TransientError'});
	});
});

describe('nginx without WebDAV locks (dav_ext_methods PROPFIND OPTIONS only)', () => {
	const bare = useDavServer(() => startNginx({locks: false}));

	test('is refused with SYNC_UNSAFE_SERVER before any manifest is written; local data is untouched', async () => {
		const transport = new WebDavTransport({url: `${bare().url}list/`});
		expect(await probeWebdav(transport)).toMatchObject({ifMatch: false, ifNoneMatch: false, locks: false});
		const a = replica('a');
		patch(a, hexId(1), {title: 'kept'});
		await expect(syncWith(a, transport)).rejects
			.toMatchObject({code: 'SYNC_UNSAFE_SERVER', message: expect.stringContaining('no WebDAV locks')});
		expect(await transport.readManifest()).toBeUndefined();
		expect(view(a).map(item => item.title)).toEqual(['kept']);
	});
});
