import {describe, expect, test} from 'vitest';
import {materialize} from '../../../src/core/item-doc.ts';
import {createVaultKey, decryptionProof, unlockVaultKey} from '../../../src/sync/crypto.ts';
import {decodeShard} from '../../../src/sync/engine/codec.ts';
import {parseManifest, serializeManifest, type Manifest} from '../../../src/sync/engine/manifest.ts';
import {rekeyVault, type RekeyOptions, type RekeyPlan} from '../../../src/sync/engine/rekey.ts';
import {FakeServer, FakeTransport, type Fault, type FakeKnobs, type FakeRequest} from '../../../src/sync/transports/fake.ts';
import type {MemoryStore} from '../../../src/sync/engine/memory-store.ts';
import {hexId, patch, replica, syncWith, view} from './helpers.ts';

const FAST = 1000;
const ITEMS = 12; // Spread over 12 of the 16 shards of width 1

/** A plain vault written by A, with B synced to it too. */
async function plainVault() {
	const server = new FakeServer();
	const a = replica('a');
	for (let i = 1; i <= ITEMS; i++) patch(a, hexId(i), {title: `Book ${i}`});
	await syncWith(a, new FakeTransport(server));
	const b = replica('b');
	await syncWith(b, new FakeTransport(server));
	return {server, a, b};
}

function manifestOf(server: FakeServer): Manifest {
	const read = parseManifest(new TextDecoder().decode(server.files.get('manifest.json')!.bytes));
	if (read.kind !== 'ok') throw new Error(`manifest ${read.kind}`);
	return read.manifest;
}

/** Every title the vault holds, read straight from the server (no sync, so nothing is written). */
async function titlesOn(server: FakeServer, passphrase?: string): Promise<string[]> {
	const manifest = manifestOf(server);
	const key = manifest.enc ? await unlockVaultKey(manifest.vault, manifest.enc, passphrase!) : undefined;
	const titles: string[] = [];
	for (const [shard, entry] of Object.entries(manifest.shards)) {
		const {docs} = await decodeShard(entry.blob, server.files.get(entry.blob)!.bytes,
			{vault: manifest.vault, shard, key});
		titles.push(...docs.map(doc => materialize(doc).title));
	}
	return titles.sort();
}

const allTitles = Array.from({length: ITEMS}, (_, i) => `Book ${i + 1}`).sort();
const blobsOn = (server: FakeServer) => [...server.files.keys()].filter(name => name.startsWith('blobs/')).sort();
const blobsNamed = (server: FakeServer) => Object.values(manifestOf(server).shards).map(entry => entry.blob).sort();

/** rekeyVault with the plan kept in a variable, as the background keeps it in storage.local. */
function rekeyer(store: MemoryStore) {
	const saved: {plan?: RekeyPlan} = {};
	const run = (server: FakeServer, encrypt: boolean, passphrase: string, knobs: FakeKnobs = {},
		extra: Partial<RekeyOptions> = {}) => rekeyVault({
		transport: new FakeTransport(server, knobs), store, target: 'test', encrypt, passphrase, iterations: FAST,
		...(saved.plan ? {plan: saved.plan} : {}),
		savePlan: async plan => {
			saved.plan = plan;
		},
		...extra,
	});
	return {run, saved};
}

describe('turning encryption on for an existing vault', () => {
	test('every blob is rewritten encrypted under a new vault id, the old ones are collected, and A downloads nothing after', async () => {
		const {server, a} = await plainVault();
		const before = manifestOf(server);
		const report = await rekeyer(a).run(server, true, 'correct horse');
		const after = manifestOf(server);
		expect(report).toMatchObject({rewritten: ITEMS, already: false, key: expect.anything()});
		expect(after.enc).toBeDefined();
		expect(after.vault).not.toBe(before.vault);
		expect(blobsOn(server)).toEqual(blobsNamed(server));
		expect(blobsOn(server).some(name => Object.values(before.shards).some(entry => entry.blob === name)))
			.toBe(false);
		await expect(titlesOn(server, 'wrong')).rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
		expect(await titlesOn(server, 'correct horse')).toEqual(allTitles);
		const next = await syncWith(a, new FakeTransport(server), {key: report.key, encrypted: true});
		expect(next).toMatchObject({received: 0, uploadedBlobs: 0, manifestWritten: false});
	});

	test('another device is locked: without the passphrase and with a wrong one it writes nothing; the right one brings A\'s items', async () => {
		const {server, a, b} = await plainVault();
		const {key} = await rekeyer(a).run(server, true, 'pass');
		patch(a, hexId(ITEMS + 1), {title: 'Written after encrypting'});
		await syncWith(a, new FakeTransport(server), {key, encrypted: true});
		patch(b, hexId(ITEMS + 2), {title: 'Offline on B'});
		const puts = server.stats.puts;
		await expect(syncWith(b, new FakeTransport(server))).rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
		await expect(syncWith(b, new FakeTransport(server), {passphrase: 'nope'})).rejects
			.toMatchObject({code: 'SYNC_PASSPHRASE'});
		expect(server.stats.puts).toBe(puts);
		await syncWith(b, new FakeTransport(server), {passphrase: 'pass'});
		expect(view(b).map(item => item.title)).toContain('Written after encrypting');
		expect(await titlesOn(server, 'pass')).toEqual([...allTitles, 'Offline on B', 'Written after encrypting'].sort());
	});

	test('a sync by another device during the re-encryption: the swap conflicts, and the retry keeps its item', async () => {
		const {server, a, b} = await plainVault();
		patch(b, hexId(ITEMS + 3), {title: 'Synced mid-way'});
		let interleaved = false;
		const gate = async (label: string) => {
			if (label === 'fake PUT manifest.json' && !interleaved) {
				interleaved = true;
				await syncWith(b, new FakeTransport(server));
			}
		};
		const {run} = rekeyer(a);
		await expect(run(server, true, 'p', {gate})).rejects.toMatchObject({code: 'SYNC_CONFLICT'});
		expect(await titlesOn(server)).toContain('Synced mid-way');
		await run(server, true, 'p');
		expect(await titlesOn(server, 'p')).toContain('Synced mid-way');
		expect(blobsOn(server)).toEqual(blobsNamed(server));
	});

	test('a server that ignores If-Match, and a device writing the old manifest back over the new one: nothing is deleted, the retry wins', async () => {
		const {server, a, b} = await plainVault();
		server.honourIfMatch = false;
		patch(b, hexId(ITEMS + 4), {title: 'Written back over it'});
		const {run} = rekeyer(a);
		let raced = false;
		const gate = async (label: string) => {
			if (label === 'fake PUT manifest.json (response)' && !raced) {
				raced = true; // B read the plain manifest before A's swap and writes its own after it
				await syncWith(b, new FakeTransport(server, {gate: async inner => {
					if (inner === 'fake GET manifest.json') server.files.set('manifest.json', old);
				}}));
			}
		};
		const old = server.files.get('manifest.json')!;
		await expect(run(server, true, 'p', {gate})).rejects.toMatchObject({code: 'SYNC_CONFLICT'});
		expect(manifestOf(server).enc).toBeUndefined();
		expect(await titlesOn(server)).toEqual([...allTitles, 'Written back over it'].sort());
		await run(server, true, 'p');
		expect(await titlesOn(server, 'p')).toEqual([...allTitles, 'Written back over it'].sort());
	});

	test('calling it on a vault that is already encrypted changes nothing', async () => {
		const {server, a} = await plainVault();
		await rekeyer(a).run(server, true, 'p');
		const puts = server.stats.puts;
		expect(await rekeyer(a).run(server, true, 'p')).toMatchObject({already: true, rewritten: 0});
		expect(server.stats.puts).toBe(puts);
	});
});

describe('a re-encryption killed at every step, then tried again', () => {
	/** The vault to start from: plain to encrypt, encrypted (under 'p') to decrypt. */
	async function startFor(encrypt: boolean) {
		const vault = await plainVault();
		if (!encrypt) await rekeyer(vault.a).run(vault.server, true, 'p');
		return vault;
	}

	/** Requests a clean run makes, counted on a throwaway copy. */
	async function requestsOfCleanRun(encrypt: boolean): Promise<number> {
		const {server, a} = await startFor(encrypt);
		let count = 0;
		await rekeyer(a).run(server, encrypt, 'p', {fault: () => void count++});
		return count;
	}

	// A torn body is tried on blobs only: a torn manifest is the sync engine's rebuild case (vault.ts), not this one's
	const cases = [true, false].flatMap(encrypt =>
		(['offline', 'lose-response', 'tear', 500] as Fault[]).map(fault => ({encrypt, fault})));
	test.each(cases)('encrypt $encrypt, $fault at each request: the vault is whole before the retry, and switched after it', async ({encrypt, fault}) => {
		const total = await requestsOfCleanRun(encrypt);
		expect(total).toBeGreaterThan(2 * ITEMS);
		for (let step = 1; step <= total; step++) {
			const {server, a} = await startFor(encrypt);
			const {run} = rekeyer(a);
			let n = 0;
			let hit: FakeRequest | undefined;
			const inject = (request: FakeRequest) => {
				if (++n !== step
					|| (fault === 'tear' && (request.method !== 'PUT' || request.path === 'manifest.json'))) {
					return undefined;
				}
				hit = request;
				return fault;
			};
			const killed = await run(server, encrypt, 'p', {fault: inject}).then(() => false, () => true);
			expect(await titlesOn(server, 'p'), `step ${step}: readable after the kill`).toEqual(allTitles);
			// Deletes are best effort: one that fails leaves an orphan (collected later), never an error
			expect(killed || hit === undefined || hit.method === 'DELETE', `step ${step}`).toBe(true);
			await run(server, encrypt, 'p');
			expect(Boolean(manifestOf(server).enc), `step ${step}`).toBe(encrypt);
			expect(await titlesOn(server, 'p'), `step ${step}`).toEqual(allTitles);
			const orphans = blobsOn(server).filter(name => !blobsNamed(server).includes(name));
			const failedDelete = hit?.method === 'DELETE' && fault !== 'lose-response';
			expect(orphans, `step ${step}: orphans`).toHaveLength(failedDelete ? 1 : 0);
			const after = await syncWith(a, new FakeTransport(server), {passphrase: 'p', encrypted: true});
			expect(after.uploadedBlobs, `step ${step}`).toBe(0);
			expect(view(a).map(item => item.title).sort()).toEqual(allTitles);
		}
	}, 60_000);

	test('the retry writes the same blob names as the killed try (the plan is kept before the first blob)', async () => {
		const {server, a} = await plainVault();
		const {run, saved} = rekeyer(a);
		let n = 0;
		await expect(run(server, true, 'p', {
			fault: request => (request.path === 'manifest.json' && request.method === 'PUT' && ++n === 1
				? 'offline'
				: undefined),
		})).rejects.toThrow();
		const written = blobsOn(server);
		expect(saved.plan).toBeDefined();
		await run(server, true, 'p');
		expect(blobsOn(server).every(name => written.includes(name))).toBe(true);
		expect(saved.plan).toBeUndefined();
	});

	test('killed while saving the plan: nothing was written', async () => {
		const {server, a} = await plainVault();
		const files = blobsOn(server);
		await expect(rekeyer(a).run(server, true, 'p', {}, {savePlan: () => Promise.reject(new Error('worker died'))}))
			.rejects.toThrow('worker died');
		expect(blobsOn(server)).toEqual(files);
		expect(manifestOf(server).enc).toBeUndefined();
	});
});

describe('turning encryption off', () => {
	async function encryptedVault() {
		const {server, a, b} = await plainVault();
		const {key} = await rekeyer(a).run(server, true, 'p');
		await syncWith(b, new FakeTransport(server), {passphrase: 'p'});
		return {server, a, b, key: key!};
	}

	test('needs the passphrase: a wrong one writes nothing; the right one leaves a plain vault with a proof', async () => {
		const {server, a} = await encryptedVault();
		const puts = server.stats.puts;
		await expect(rekeyer(a).run(server, false, 'wrong')).rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
		expect(server.stats.puts).toBe(puts);
		const old = manifestOf(server);
		await rekeyer(a).run(server, false, 'p');
		const plain = manifestOf(server);
		expect(plain.enc).toBeUndefined();
		expect(plain.dec).toMatchObject({from: old.vault, enc: old.enc});
		expect(await titlesOn(server)).toEqual(allTitles);
		expect(blobsOn(server)).toEqual(blobsNamed(server));
	});

	test('a device holding the old key follows it; a locked one follows once it has the passphrase', async () => {
		const {server, a, b, key} = await encryptedVault();
		await rekeyer(a).run(server, false, 'p');
		const withKey = await syncWith(b, new FakeTransport(server), {key, encrypted: true});
		expect(withKey.decrypted).toBe(true);
		const c = replica('c');
		await expect(syncWith(c, new FakeTransport(server), {encrypted: true})).rejects
			.toMatchObject({code: 'SYNC_PASSPHRASE'});
		await expect(syncWith(c, new FakeTransport(server), {encrypted: true, passphrase: 'x'})).rejects
			.toMatchObject({code: 'SYNC_PASSPHRASE'});
		expect((await syncWith(c, new FakeTransport(server), {encrypted: true, passphrase: 'p'})).decrypted).toBe(true);
		expect(view(c).map(item => item.title).sort()).toEqual(allTitles);
	});

	test('a plain vault put there by someone without the key is refused, and nothing is sent in the clear', async () => {
		const {server, b, key} = await encryptedVault();
		const old = manifestOf(server);
		const forger = await createVaultKey('forged', 'other', FAST);
		const forgedMarks = [
			undefined, {from: old.vault, enc: old.enc!, proof: await decryptionProof(forger.key, 'plain1')},
		];
		for (const dec of forgedMarks) {
			const plain: Manifest = {
				format: old.format, version: old.version, vault: 'plain1', width: old.width, shards: {},
				...(dec ? {dec} : {}),
			};
			server.files.set('manifest.json', {
				bytes: new TextEncoder().encode(serializeManifest(plain)), etag: '"forged"', modified: Date.now(),
			});
			patch(b, hexId(99), {title: 'Secret title'});
			const puts = server.stats.puts;
			await expect(syncWith(b, new FakeTransport(server), {key, encrypted: true})).rejects
				.toMatchObject({code: 'SYNC_NOT_ENCRYPTED'});
			expect(server.stats.puts).toBe(puts);
		}
	});
});
