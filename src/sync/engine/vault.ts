import {randomId} from '../bytes.ts';
import {checkDecryptionProof, createVaultKey, unlockVaultKey, type KeyHeader, type VaultKey} from '../crypto.ts';
import {SyncError} from '../errors.ts';
import {newManifest, type Manifest, type ManifestRead} from './manifest.ts';
import type {SyncState} from './ports.ts';

/** `encrypted`: this device knows the list as encrypted, so a plain manifest needs a decryption proof. */
export type VaultOptions = {
	passphrase?: string; key?: VaultKey; width: number; iterations?: number; encrypted?: boolean;
};
/** `decrypted`: the vault is plain now, turned off by a holder of the old key; the caller forgets its key. */
export type OpenVault = {manifest: Manifest; key?: VaultKey; created: boolean; decrypted?: true};

async function keyFor(vault: string, header: KeyHeader, options: VaultOptions): Promise<VaultKey> {
	if (options.key?.vault === vault) return options.key;
	if (options.passphrase === undefined) throw new SyncError('SYNC_PASSPHRASE', 'This vault is encrypted: a passphrase is needed');
	return unlockVaultKey(vault, header, options.passphrase);
}

async function freshVault(options: VaultOptions): Promise<OpenVault> {
	const vault = randomId();
	if (options.passphrase === undefined) return {manifest: newManifest(vault, options.width), created: true};
	const {header, key} = await createVaultKey(vault, options.passphrase, options.iterations);
	return {manifest: newManifest(vault, options.width, header), key, created: true};
}

/**
 * A plain vault where this device expected an encrypted one (or was given a passphrase) is synced only when its
 * `dec` mark proves that a holder of the old key turned encryption off; otherwise nothing is read or written.
 */
async function openPlain(manifest: Manifest, options: VaultOptions): Promise<OpenVault> {
	if (options.passphrase === undefined && !options.encrypted) return {manifest, created: false};
	const {dec} = manifest;
	if (dec && (options.encrypted || options.key?.vault === dec.from)) {
		const old = await keyFor(dec.from, dec.enc, options); // A wrong or missing passphrase throws here: "locked"
		if (await checkDecryptionProof(old, manifest.vault, dec.proof)) {
			return {manifest, created: false, decrypted: true};
		}
	}
	if (options.encrypted) throw new SyncError('SYNC_NOT_ENCRYPTED', 'The synced list is no longer encrypted, and no device that knew the passphrase turned it off');
	throw new SyncError('SYNC_PASSPHRASE', 'This vault is not encrypted; sync it without a passphrase');
}

/**
 * Turns what was read into a manifest to work on, unlocking its key first: a wrong passphrase throws before
 * anything is merged or written. A torn manifest is rebuilt around the vault id and key header this device
 * remembers (every device then re-publishes what the rebuilt one lacks); a foreign one is never touched.
 */
export async function openVault(
	read: ManifestRead, state: SyncState | undefined, options: VaultOptions,
): Promise<OpenVault> {
	if (read.kind === 'foreign') throw new SyncError('SYNC_BAD_REMOTE', `The sync folder holds something else: ${read.reason}`);
	if (read.kind === 'ok') {
		const {manifest} = read;
		if (!manifest.enc) return openPlain(manifest, options);
		return {manifest, key: await keyFor(manifest.vault, manifest.enc, options), created: false};
	}
	if (read.kind === 'torn' && state) {
		const manifest = newManifest(state.vault, options.width, state.header);
		return {
			manifest, key: state.header ? await keyFor(state.vault, state.header, options) : undefined, created: true,
		};
	}
	return freshVault(options);
}
