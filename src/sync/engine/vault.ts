import {randomId} from '../bytes.ts';
import {createVaultKey, unlockVaultKey, type KeyHeader, type VaultKey} from '../crypto.ts';
import {SyncError} from '../errors.ts';
import {newManifest, type Manifest, type ManifestRead} from './manifest.ts';
import type {SyncState} from './ports.ts';

export type VaultOptions = {passphrase?: string; key?: VaultKey; width: number; iterations?: number};
export type OpenVault = {manifest: Manifest; key?: VaultKey; created: boolean};

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
 * Turns what was read into a manifest to work on, unlocking its key first: a wrong passphrase throws before
 * anything is merged or written. A torn manifest is rebuilt around the vault id and key header this device
 * remembers (every device then re-publishes what the rebuilt one lacks); a foreign one is never touched.
 */
export async function openVault(read: ManifestRead, state: SyncState | undefined, options: VaultOptions): Promise<OpenVault> {
	if (read.kind === 'foreign') throw new SyncError('SYNC_BAD_REMOTE', `The sync folder holds something else: ${read.reason}`);
	if (read.kind === 'ok') {
		const {manifest} = read;
		if (!manifest.enc) {
			if (options.passphrase !== undefined) throw new SyncError('SYNC_PASSPHRASE', 'This vault is not encrypted; sync it without a passphrase');
			return {manifest, created: false};
		}
		return {manifest, key: await keyFor(manifest.vault, manifest.enc, options), created: false};
	}
	if (read.kind === 'torn' && state) {
		const manifest = newManifest(state.vault, options.width, state.header);
		return {manifest, key: state.header ? await keyFor(state.vault, state.header, options) : undefined, created: true};
	}
	return freshVault(options);
}
