import {buffer, fromBase64, toBase64, utf8} from './bytes.ts';
import {SyncError} from './errors.ts';

/** OWASP 2023 floor for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;

/** Stored in the manifest: the random data key, wrapped by a key derived from the passphrase. */
export type KeyHeader = {
	kdf: 'PBKDF2-SHA-256';
	iterations: number;
	salt: string;
	alg: 'AES-256-GCM';
	iv: string;
	wrapped: string;
};

/** An unlocked vault key. `exportVaultKey` turns it into a string for `storage.session`, never `storage.sync`. */
export type VaultKey = {vault: string; raw: Uint8Array; aes: CryptoKey; mac: CryptoKey};

const subtle = () => globalThis.crypto.subtle;
const wrapAad = (vault: string) => utf8(`shelfmark/key/v1|vault=${vault}`);

async function deriveKek(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
	const base = await subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
	return subtle().deriveKey(
		{name: 'PBKDF2', hash: 'SHA-256', salt: buffer(salt), iterations},
		base, {name: 'AES-GCM', length: 256}, false, ['encrypt', 'decrypt'],
	);
}

/** Builds the AES and the IV-derivation keys from the 32 raw bytes of a data key. */
export async function importRawKey(vault: string, raw: Uint8Array): Promise<VaultKey> {
	const aes = await subtle().importKey('raw', buffer(raw), 'AES-GCM', false, ['encrypt', 'decrypt']);
	const hkdf = await subtle().importKey('raw', buffer(raw), 'HKDF', false, ['deriveKey']);
	const mac = await subtle().deriveKey(
		{name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8('shelfmark/iv/v1')},
		hkdf, {name: 'HMAC', hash: 'SHA-256', length: 256}, false, ['sign'],
	);
	return {vault, raw, aes, mac};
}

async function wrap(vault: string, raw: Uint8Array, passphrase: string, iterations: number): Promise<KeyHeader> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const kek = await deriveKek(passphrase, salt, iterations);
	const wrapped = new Uint8Array(
		await subtle().encrypt({name: 'AES-GCM', iv, additionalData: wrapAad(vault)}, kek, buffer(raw)),
	);
	return {
		kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), alg: 'AES-256-GCM', iv: toBase64(iv),
		wrapped: toBase64(wrapped),
	};
}

/** A new random data key for `vault`, wrapped by `passphrase`. */
export async function createVaultKey(
	vault: string, passphrase: string, iterations = PBKDF2_ITERATIONS,
): Promise<{header: KeyHeader; key: VaultKey}> {
	const raw = crypto.getRandomValues(new Uint8Array(32));
	return {header: await wrap(vault, raw, passphrase, iterations), key: await importRawKey(vault, raw)};
}

/** Unwraps the data key. A wrong passphrase is SYNC_PASSPHRASE (GCM's tag check fails; nothing else is tried). */
export async function unlockVaultKey(vault: string, header: KeyHeader, passphrase: string): Promise<VaultKey> {
	if (header.kdf !== 'PBKDF2-SHA-256' || header.alg !== 'AES-256-GCM') {
		throw new SyncError('SYNC_BAD_REMOTE', `Unknown key header ${header.kdf}/${header.alg}`);
	}
	const kek = await deriveKek(passphrase, fromBase64(header.salt), header.iterations);
	let raw: Uint8Array;
	try {
		raw = new Uint8Array(await subtle().decrypt(
			{name: 'AES-GCM', iv: buffer(fromBase64(header.iv)), additionalData: wrapAad(vault)},
			kek, buffer(fromBase64(header.wrapped)),
		));
	} catch (error) {
		throw new SyncError('SYNC_PASSPHRASE', 'The passphrase does not unlock this vault', {cause: error});
	}
	return importRawKey(vault, raw);
}

/** Changing the passphrase re-wraps the same data key: no blob is rewritten. */
export async function rewrapVaultKey(
	vault: string, header: KeyHeader, oldPassphrase: string, newPassphrase: string, iterations = PBKDF2_ITERATIONS,
): Promise<KeyHeader> {
	const key = await unlockVaultKey(vault, header, oldPassphrase);
	return wrap(vault, key.raw, newPassphrase, Math.max(iterations, header.iterations));
}

export function exportVaultKey(key: VaultKey): string {
	return JSON.stringify({vault: key.vault, raw: toBase64(key.raw)});
}

export async function importVaultKey(text: string): Promise<VaultKey> {
	const {vault, raw} = JSON.parse(text) as {vault: string; raw: string};
	return importRawKey(vault, fromBase64(raw));
}

const decryptedInput = (from: string, to: string) => utf8(`shelfmark/decrypted/v1|from=${from}|to=${to}`);

/**
 * Proof, put in a plain manifest, that the holder of vault `from`'s key turned its encryption off into vault `to`.
 * Devices that knew `from` as encrypted accept the plain vault only with it: anyone else who can write to the
 * server could otherwise make them upload the list in the clear.
 */
export async function decryptionProof(key: VaultKey, to: string): Promise<string> {
	return toBase64(new Uint8Array(await subtle().sign('HMAC', key.mac, decryptedInput(key.vault, to))));
}

export async function checkDecryptionProof(key: VaultKey, to: string, proof: string): Promise<boolean> {
	return (await decryptionProof(key, to)) === proof;
}

const BLOB_VERSION = 1;

/**
 * AES-256-GCM with a synthetic IV = HMAC(plaintext, aad)[0..12]: the same shard content encrypts to the same
 * bytes, so blob names stay content-addressed and a re-upload is idempotent. An IV repeats only with identical
 * input, which reveals equality (already public through the name) and nothing else.
 */
export async function encryptBlob(key: VaultKey, plain: Uint8Array, aad: string): Promise<Uint8Array> {
	const ad = utf8(aad);
	const macInput = new Uint8Array(ad.length + 1 + plain.length);
	macInput.set(ad);
	macInput.set(plain, ad.length + 1);
	const iv = new Uint8Array(await subtle().sign('HMAC', key.mac, macInput)).slice(0, 12);
	const sealed = new Uint8Array(
		await subtle().encrypt({name: 'AES-GCM', iv, additionalData: ad}, key.aes, buffer(plain)),
	);
	const out = new Uint8Array(1 + iv.length + sealed.length);
	out[0] = BLOB_VERSION;
	out.set(iv, 1);
	out.set(sealed, 1 + iv.length);
	return out;
}

/** Throws when the bytes were torn, altered, moved to another shard or vault, or sealed with another key. */
export async function decryptBlob(key: VaultKey, bytes: Uint8Array, aad: string): Promise<Uint8Array> {
	if (bytes.length < 1 + 12 + 16 || bytes[0] !== BLOB_VERSION) throw new Error('Not a Shelfmark encrypted blob');
	const iv = buffer(bytes.slice(1, 13));
	return new Uint8Array(
		await subtle().decrypt({name: 'AES-GCM', iv, additionalData: utf8(aad)}, key.aes, buffer(bytes.slice(13))),
	);
}
