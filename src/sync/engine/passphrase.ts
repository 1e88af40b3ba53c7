import {rewrapVaultKey} from '../crypto.ts';
import {SyncError} from '../errors.ts';
import {parseManifest, serializeManifest} from './manifest.ts';
import type {SyncTransport} from './ports.ts';

/**
 * Re-wraps the vault's data key under a new passphrase and swaps the manifest with If-Match: no blob is
 * rewritten. A wrong old passphrase throws SYNC_PASSPHRASE before anything is written; a concurrent sync
 * makes this throw SYNC_CONFLICT, and calling it again is safe.
 */
export async function changePassphrase(
	transport: SyncTransport, oldPassphrase: string, newPassphrase: string, iterations?: number,
): Promise<void> {
	const read = await transport.readManifest();
	const parsed = parseManifest(read?.text);
	if (parsed.kind !== 'ok' || !read) throw new SyncError('SYNC_BAD_REMOTE', 'No readable vault to change the passphrase of');
	const {manifest} = parsed;
	if (!manifest.enc) throw new SyncError('SYNC_PASSPHRASE', 'This vault is not encrypted');
	const enc = await rewrapVaultKey(manifest.vault, manifest.enc, oldPassphrase, newPassphrase, iterations);
	await transport.writeManifest(serializeManifest({...manifest, enc}), read.etag);
}
