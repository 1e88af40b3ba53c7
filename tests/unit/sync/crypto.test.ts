import {describe, expect, test} from 'vitest';
import {
	PBKDF2_ITERATIONS, createVaultKey, decryptBlob, encryptBlob, exportVaultKey, importVaultKey, rewrapVaultKey,
	unlockVaultKey,
} from '../../../src/sync/crypto.ts';
import {decodeShard, encodeShard} from '../../../src/sync/engine/codec.ts';
import {changePassphrase} from '../../../src/sync/engine/passphrase.ts';
import {FakeServer, FakeTransport} from '../../../src/sync/transports/fake.ts';
import {hexId, patch, replica, syncWith, view} from './helpers.ts';

const FAST = 1000; // Tests of the format use few iterations; one test checks the real default

describe('vault encryption', () => {
	test('the default is PBKDF2-SHA-256 with at least 600,000 iterations, and it unlocks', async () => {
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		const {header, key} = await createVaultKey('v1', 'passphrase');
		expect(header).toMatchObject({kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS, alg: 'AES-256-GCM'});
		expect((await unlockVaultKey('v1', header, 'passphrase')).raw).toEqual(key.raw);
	});

	test('a wrong passphrase, or the header of another vault, is SYNC_PASSPHRASE', async () => {
		const {header} = await createVaultKey('v1', 'right', FAST);
		await expect(unlockVaultKey('v1', header, 'wrong')).rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
		await expect(unlockVaultKey('v2', header, 'right')).rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
	});

	test('additional data binds vault, shard and format: a blob moved or torn does not decrypt', async () => {
		const {key} = await createVaultKey('v1', 'p', FAST);
		const plain = new TextEncoder().encode('shard content');
		const aad = 'shelfmark/blob/v1|vault=v1|shard=a|format=gzip-json-1';
		const sealed = await encryptBlob(key, plain, aad);
		expect(await decryptBlob(key, sealed, aad)).toEqual(plain);
		expect(await encryptBlob(key, plain, aad)).toEqual(sealed); // Synthetic IV: same content, same name
		await expect(decryptBlob(key, sealed, aad.replace('shard=a', 'shard=b'))).rejects.toThrow();
		await expect(decryptBlob(key, sealed, aad.replace('vault=v1', 'vault=v2'))).rejects.toThrow();
		await expect(decryptBlob(key, sealed.slice(0, -3), aad)).rejects.toThrow();
		const other = await createVaultKey('v1', 'p', FAST);
		await expect(decryptBlob(other.key, sealed, aad)).rejects.toThrow();
	});

	test('an encrypted shard decodes only as its own shard', async () => {
		const a = replica('a');
		const doc = patch(a, 'ab12', {title: 'x'});
		const {key} = await createVaultKey('v1', 'p', FAST);
		const encoded = await encodeShard([doc], {vault: 'v1', shard: 'a', key});
		expect((await decodeShard(encoded.name, encoded.bytes, {vault: 'v1', shard: 'a', key})).docs).toEqual([doc]);
		await expect(decodeShard(encoded.name, encoded.bytes, {vault: 'v1', shard: 'b', key})).rejects.toThrow();
		expect(new TextDecoder().decode(encoded.bytes)).not.toContain('ab12');
	});

	test('changing the passphrase re-wraps the key only; cached keys keep working; the old passphrase stops', async () => {
		const server = new FakeServer();
		const a = replica('a');
		patch(a, hexId(1), {title: 'secret'});
		const first = await syncWith(a, new FakeTransport(server), {passphrase: 'old'});
		const blobs = [...server.files.keys()].filter(name => name.startsWith('blobs/'));
		await changePassphrase(new FakeTransport(server), 'old', 'new', FAST);
		expect([...server.files.keys()].filter(name => name.startsWith('blobs/'))).toEqual(blobs);
		const b = replica('b');
		await expect(syncWith(b, new FakeTransport(server), {passphrase: 'old'})).rejects
			.toMatchObject({code: 'SYNC_PASSPHRASE'});
		await syncWith(b, new FakeTransport(server), {passphrase: 'new'});
		expect(view(b).map(item => item.title)).toEqual(['secret']);
		const cached = await importVaultKey(exportVaultKey(first.key!));
		patch(a, hexId(2), {title: 'more'});
		await syncWith(a, new FakeTransport(server), {key: cached});
		await expect(changePassphrase(new FakeTransport(server), 'old', 'x', FAST)).rejects
			.toMatchObject({code: 'SYNC_PASSPHRASE'});
	});

	test('rewrap keeps the data key', async () => {
		const {header, key} = await createVaultKey('v', 'one', FAST);
		const next = await rewrapVaultKey('v', header, 'one', 'two', FAST);
		expect(next.wrapped).not.toBe(header.wrapped);
		expect((await unlockVaultKey('v', next, 'two')).raw).toEqual(key.raw);
	});

	test('an encrypted vault without a passphrase or cached key is locked, and nothing is written', async () => {
		const server = new FakeServer();
		const a = replica('a');
		patch(a, hexId(1), {title: 'secret'});
		await syncWith(a, new FakeTransport(server), {passphrase: 'p'});
		const puts = server.stats.puts;
		const b = replica('b');
		patch(b, hexId(2), {title: 'mine'});
		await expect(syncWith(b, new FakeTransport(server))).rejects.toMatchObject({code: 'SYNC_PASSPHRASE'});
		expect(server.stats.puts).toBe(puts);
	});
});
