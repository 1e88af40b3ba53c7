import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {gzipSync} from 'node:zlib';
import {afterEach, beforeAll, beforeEach, describe, expect, test} from 'vitest';
import {FETCH_TIMEOUT_MS, MAX_HTML_BYTES, fetchPage} from '../../../src/background/fetch-details.ts';
import {createSyncApi} from '../../../src/background/sync-api.ts';
import {BACKOFF_MIN_MS} from '../../../src/background/sync-backoff.ts';
import {ALARM, SyncScheduler} from '../../../src/background/sync-scheduler.ts';
import {SyncSettings} from '../../../src/background/sync-settings.ts';
import {sha256Hex} from '../../../src/sync/bytes.ts';
import {MAX_SHARD_JSON_BYTES, decodeShard} from '../../../src/sync/engine/codec.ts';
import {parseManifest, serializeManifest} from '../../../src/sync/engine/manifest.ts';
import type {SyncTransport} from '../../../src/sync/engine/ports.ts';
import {isTransient} from '../../../src/sync/errors.ts';
import {FakeServer, FakeTransport} from '../../../src/sync/transports/fake.ts';
import {MAX_BLOB_BYTES, REQUEST_DEADLINE_MS, WebDavTransport} from '../../../src/sync/transports/webdav.ts';
import {fakeAlarms, fakeLocks, memoryArea} from '../background/sync-fakes.ts';
import {hexId, patch, replica, syncWith, view} from '../sync/helpers.ts';

/** How the local server misbehaves for the current test. */
type Behaviour = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server;
let base: string;
let behaviour: Behaviour;
/** Bytes the server wrote in the current test: a refused Content-Length must not be read. */
let sent = 0;
const timers = new Set<ReturnType<typeof setInterval>>();

// A fresh server per test: no pooled keep-alive socket from a previous test's cut connection is reused.
beforeEach(async () => {
	sent = 0;
	server = createServer((request, response) => behaviour(request, response));
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/list/`;
});
afterEach(async () => {
	for (const timer of timers) clearInterval(timer);
	timers.clear();
	server.closeAllConnections();
	await new Promise(resolve => server.close(resolve));
});

const silent: Behaviour = request => request.resume(); // Reads the request, never answers

/** One byte every 100 ms, forever: no idle timeout would ever fire. */
const trickle = (type = 'application/json'): Behaviour => (_, response) => {
	response.writeHead(200, {'content-type': type, etag: '"1"'});
	const timer = setInterval(() => { sent++; response.write(' '); }, 100);
	timers.add(timer);
	response.on('close', () => clearInterval(timer));
};

/** A body that never ends, pushed as fast as the client reads it, optionally with a (lying) Content-Length. */
const endless = (headers: Record<string, string | number> = {}): Behaviour => (_, response) => {
	response.writeHead(200, {'content-type': 'text/html', etag: '"1"', ...headers});
	const chunk = Buffer.alloc(64 * 1024, 0x61);
	let open = true;
	response.on('close', () => { open = false; });
	const pump = () => {
		while (open && response.write(chunk)) sent += chunk.length;
		if (open) response.once('drain', pump);
	};
	pump();
};

// The swap mode is given: these tests are about each request's deadline, not about probing the server
const dav = (options: {timeoutMs?: number; maxBlobBytes?: number} = {}) =>
	new WebDavTransport({url: base, timeoutMs: 300, swap: 'if-match', ...options});

/** Runs `work` and returns its rejection with how long it took. */
async function failure(work: () => Promise<unknown>): Promise<{error: {code?: string; message: string}; ms: number}> {
	const start = Date.now();
	try {
		await work();
	} catch (error) {
		return {error: error as {code?: string; message: string}, ms: Date.now() - start};
	}
	throw new Error('expected a failure');
}

describe('every WebDAV request has a deadline', () => {
	test('the defaults are stated', () => {
		expect(REQUEST_DEADLINE_MS).toBe(60_000);
		expect(MAX_BLOB_BYTES).toBe(32 * 1024 * 1024);
		expect(MAX_SHARD_JSON_BYTES).toBe(64 * 1024 * 1024);
		expect(FETCH_TIMEOUT_MS).toBe(15_000);
		expect(MAX_HTML_BYTES).toBe(5_000_000);
	});

	test('a server that never answers: GET, PUT, MKCOL and DELETE each fail as transient SYNC_TIMEOUT', async () => {
		behaviour = silent;
		const transport = dav();
		const operations: [string, () => Promise<unknown>][] = [
			['GET manifest.json', () => transport.readManifest()],
			['MKCOL manifest.swap/', () => transport.writeManifest('{}', undefined)], // The swap's mutex comes first
			['GET blobs/a.bin', () => transport.readBlob('blobs/a.bin')],
			['PUT blobs/a.bin', () => transport.writeBlob('blobs/a.bin', new Uint8Array(10))],
			['DELETE blobs/a.bin', () => transport.deleteBlob('blobs/a.bin')],
		];
		for (const [what, operation] of operations) {
			const {error, ms} = await failure(operation);
			expect(error, what).toMatchObject({code: 'SYNC_TIMEOUT', message: `${what}: no complete answer within 0.3 s`});
			expect(isTransient(error), what).toBe(true);
			expect(ms, what).toBeLessThan(2_000);
		}
	});

	test('MKCOL has the deadline too (a PUT that needs the folder created)', async () => {
		behaviour = (request, response) => {
			if (request.method === 'PUT') response.writeHead(409).end();
			else request.resume(); // MKCOL never answered
		};
		const {error} = await failure(() => dav().writeBlob('blobs/a.bin', new Uint8Array(1)));
		expect(error).toMatchObject({code: 'SYNC_TIMEOUT', message: 'MKCOL .: no complete answer within 0.3 s'});
	});

	test('a trickling server (one byte per 100 ms) is cut by the overall deadline, not kept alive by its bytes', async () => {
		behaviour = trickle();
		const {error, ms} = await failure(() => dav({timeoutMs: 800}).readManifest());
		expect(error).toMatchObject({code: 'SYNC_TIMEOUT', message: 'GET manifest.json: no complete answer within 0.8 s'});
		expect(sent, 'bytes did arrive meanwhile').toBeGreaterThan(2);
		expect(ms).toBeLessThan(2_500);
	});

	test('Test connection fails with SYNC_TIMEOUT instead of hanging', async () => {
		behaviour = silent;
		const api = createSyncApi({
			scheduler: undefined as never, settings: undefined as never, items: undefined as never,
			transport: () => dav(), allowed: async () => true,
		});
		const {error, ms} = await failure(() =>
			api.testSyncConnection({kind: 'webdav', url: base, user: '', password: '', passphrase: ''}));
		expect(error).toMatchObject({code: 'SYNC_TIMEOUT'});
		expect(ms).toBeLessThan(2_000);
	});

	test('a sync against a silent server releases the lock and schedules a retry with backoff', async () => {
		behaviour = silent;
		const clock = {now: Date.UTC(2026, 0, 1)};
		const now = () => clock.now;
		const store = replica('a', 0, now);
		patch(store, hexId(1), {title: 'kept'});
		const settings = new SyncSettings(memoryArea(), memoryArea());
		const alarms = fakeAlarms(now);
		const scheduler = new SyncScheduler({
			settings, alarms, locks: fakeLocks(), now, random: () => 0.5, transport: () => dav(),
			openStore: async () => store, allowed: async () => true,
		});
		await settings.setConfig({kind: 'webdav', url: base, encrypted: false});
		const first = await scheduler.run('now');
		expect(first).toMatchObject({ran: true, error: {code: 'SYNC_TIMEOUT'}});
		expect(await scheduler.status())
			.toMatchObject({running: false, failures: 1, lastError: {code: 'SYNC_TIMEOUT'}});
		expect(alarms.all.get(ALARM.soon)?.scheduledTime).toBe(clock.now + BACKOFF_MIN_MS);

		clock.now += BACKOFF_MIN_MS;
		const retry = await scheduler.run('alarm'); // ifAvailable: it runs only if the lock was released
		expect(retry).toMatchObject({ran: true, error: {code: 'SYNC_TIMEOUT'}});
		expect((await scheduler.status()).failures).toBe(2);
		expect(alarms.all.get(ALARM.soon)?.scheduledTime).toBe(clock.now + 2 * BACKOFF_MIN_MS);
		expect(view(store).map(item => item.title)).toEqual(['kept']);
	});
});

describe('sync blobs are size-capped', () => {
	test('a 500 MB Content-Length is refused before reading, as an unreadable blob naming the cap', async () => {
		behaviour = endless({'content-length': 500_000_000});
		const {error, ms} = await failure(() => dav({maxBlobBytes: 1024 * 1024}).readBlob('blobs/a.bin'));
		expect(error).toMatchObject({
			code: 'SYNC_UNREADABLE_BLOB',
			message: 'GET blobs/a.bin: declares 500000000 bytes, more than 1048576 bytes (the cap for a sync blob is 1 MiB)',
		});
		expect(ms).toBeLessThan(2_000);
	});

	test('an endless body without Content-Length is cut at the cap', async () => {
		behaviour = endless();
		const {error} = await failure(() => dav({maxBlobBytes: 1024 * 1024, timeoutMs: 5_000}).readBlob('blobs/a.bin'));
		expect(error).toMatchObject({code: 'SYNC_UNREADABLE_BLOB', message: 'GET blobs/a.bin: sends more than 1048576 bytes (the cap for a sync blob is 1 MiB)'});
	});

	test('a finite body past the cap, sent without a length, is refused rather than truncated', async () => {
		behaviour = (_, response) => {
			response.writeHead(200, {'transfer-encoding': 'chunked'});
			response.end(Buffer.alloc(2 * 1024 * 1024));
		};
		const {error} = await failure(() => dav({maxBlobBytes: 1024 * 1024, timeoutMs: 5_000}).readBlob('blobs/a.bin'));
		expect(error).toMatchObject({code: 'SYNC_UNREADABLE_BLOB'});
	});

	test('a body of exactly the cap, with or without its length, still reads byte for byte', async () => {
		const body = Buffer.from(Uint8Array.from({length: 64 * 1024}, (_, i) => (i * 31) % 256));
		for (const headers of [
			{'content-length': body.length}, {'transfer-encoding': 'chunked'},
		] as Record<string, string | number>[]) {
			behaviour = (_, response) => {
				response.writeHead(200, headers);
				response.end(body);
			};
			expect(await dav({maxBlobBytes: body.length, timeoutMs: 5_000}).readBlob('blobs/a.bin'))
				.toEqual(new Uint8Array(body));
		}
	});

	test('an over-cap manifest is a bad remote, not read whole', async () => {
		behaviour = endless({'content-length': 500_000_000});
		const transport = new WebDavTransport({url: base, timeoutMs: 2_000, maxManifestBytes: 1024});
		const {error} = await failure(() => transport.readManifest());
		expect(error).toMatchObject({code: 'SYNC_BAD_REMOTE', message: expect.stringContaining('the cap for a manifest')});
	});

	test('through the engine: an over-cap blob is unreadable, the sync goes on and nothing local changes', async () => {
		const fake = new FakeServer();
		const a = replica('a');
		patch(a, hexId(1), {title: 'from a'});
		await syncWith(a, new FakeTransport(fake));
		const b = replica('b');
		patch(b, hexId(2), {title: 'mine'});
		const before = view(b);
		behaviour = endless();
		const hostile = dav({maxBlobBytes: 256 * 1024, timeoutMs: 5_000});
		const honest = new FakeTransport(fake);
		// The manifest is honest; every blob read meets the endless server
		const mixed: SyncTransport = {
			readManifest: () => honest.readManifest(), writeManifest: (text, etag) => honest.writeManifest(text, etag),
			readBlob: name => hostile.readBlob(name), writeBlob: (name, bytes) => honest.writeBlob(name, bytes),
			deleteBlob: name => honest.deleteBlob(name),
		};
		const report = await syncWith(b, mixed);
		expect(report.unreadable.length).toBeGreaterThan(0);
		expect(report.received).toBe(0);
		expect(view(b)).toEqual(before);
	});
});

describe('gzip bombs', () => {
	/** 200 MB of zeros, gzipped at run time (~0.9 MB at level 1). */
	let bomb: Uint8Array;
	beforeAll(() => {
		bomb = new Uint8Array(gzipSync(Buffer.alloc(200 * 1024 * 1024), {level: 1}));
	});

	test('decodeShard stops inflating at the cap (default 64 MiB) and calls the blob unreadable', async () => {
		const name = `blobs/0-${await sha256Hex(bomb)}.bin`;
		const start = Date.now();
		await expect(decodeShard(name, bomb, {vault: 'v', shard: '0'})).rejects.toThrow(`${name}: inflates to more than ${MAX_SHARD_JSON_BYTES} bytes, the cap for a shard`);
		expect(Date.now() - start).toBeLessThan(5_000);
	});

	test('a smaller cap is honoured, and a footer that lies about the size does not help', async () => {
		const lying = bomb.slice();
		lying.set([16, 0, 0, 0], lying.length - 4); // ISIZE says 16 bytes
		const name = `blobs/0-${await sha256Hex(lying)}.bin`;
		await expect(decodeShard(name, lying, {vault: 'v', shard: '0', maxJsonBytes: 1024 * 1024})).rejects
			.toThrow('inflates to more than 1048576 bytes');
	});

	test('an HTTP-level gzip bomb (Content-Encoding: gzip) is capped on the inflated bytes fetch hands over', async () => {
		behaviour = (_, response) => {
			response.writeHead(200, {'content-encoding': 'gzip', 'content-length': bomb.length});
			response.end(bomb);
		};
		const {error, ms} = await failure(() =>
			dav({maxBlobBytes: 1024 * 1024, timeoutMs: 5_000}).readBlob('blobs/a.bin'));
		expect(error).toMatchObject({
			code: 'SYNC_UNREADABLE_BLOB', message: expect.stringContaining('sends more than 1048576 bytes'),
		});
		expect(ms).toBeLessThan(3_000);
	});

	test('through the engine: a bomb in place of a shard is unreadable and nothing local changes', async () => {
		const fake = new FakeServer();
		const a = replica('a');
		patch(a, hexId(1), {title: 'from a'});
		await syncWith(a, new FakeTransport(fake));
		const read = parseManifest(new TextDecoder().decode(fake.files.get('manifest.json')!.bytes));
		if (read.kind !== 'ok') throw new Error('no manifest');
		const [shard] = Object.keys(read.manifest.shards);
		const name = `blobs/${shard}-${await sha256Hex(bomb)}.bin`;
		fake.put(name, bomb);
		const shards = {...read.manifest.shards, [shard!]: {blob: name, n: 1}};
		fake.put('manifest.json', new TextEncoder().encode(serializeManifest({...read.manifest, shards})));

		const b = replica('b');
		patch(b, hexId(2), {title: 'mine'});
		const before = view(b);
		const report = await syncWith(b, new FakeTransport(fake));
		expect(report.unreadable).toEqual([shard]);
		expect(view(b)).toEqual(before);
	});
});

describe('Fetch details has a deadline and a byte cap', () => {
	test('a page that never answers fails with EXTRACT_FAILED naming the deadline', async () => {
		behaviour = silent;
		const {error, ms} = await failure(() => fetchPage(`${base}page`, {timeoutMs: 300}));
		expect(error).toMatchObject({code: 'EXTRACT_FAILED', message: `127.0.0.1:${new URL(base).port}: no complete answer within 0.3 s`});
		expect(ms).toBeLessThan(2_000);
	});

	test('a trickling page is cut by the overall deadline', async () => {
		behaviour = trickle('text/html');
		const {error, ms} = await failure(() => fetchPage(`${base}page`, {timeoutMs: 800}));
		expect(error).toMatchObject({code: 'EXTRACT_FAILED', message: expect.stringContaining('no complete answer within 0.8 s')});
		expect(ms).toBeLessThan(2_500);
	});

	test('an endless or 500 MB page is read up to the cap only, keeping its head', async () => {
		for (const headers of [{}, {'content-length': 500_000_000}] as Record<string, number>[]) {
			behaviour = endless(headers);
			const page = await fetchPage(`${base}page`, {timeoutMs: 5_000, maxBytes: 1_000_000});
			expect(page.html.length).toBe(1_000_000);
			expect(page.html.startsWith('aaaa')).toBe(true);
		}
	});
});
