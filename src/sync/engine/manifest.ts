import type {KeyHeader} from '../crypto.ts';
import {canonicalJson} from '../../core/canonical.ts';

export const MANIFEST_FORMAT = 'shelfmark-vault';
export const MANIFEST_VERSION = 1;

/** One shard's current blob. `bad`: a device found it unreadable and holds nothing to replace it with. */
export type ShardEntry = {blob: string; n: number; bad?: true};

/** A plain vault made from an encrypted one: the old vault, its key header and `decryptionProof` (crypto.ts). */
export type DecryptedMark = {from: string; enc: KeyHeader; proof: string};

/** `manifest.json`: the only mutable remote file, swapped with If-Match (DESIGN §5). */
export type Manifest = {
	format: typeof MANIFEST_FORMAT;
	version: number;
	/** Random id of this vault; part of every blob's additional data. */
	vault: string;
	/** Shard key width: 2 (256 shards) on WebDAV, 1 (16 shards) in storage.sync. */
	width: number;
	enc?: KeyHeader;
	/**
	 * Set when encryption was turned off:
	 * devices that knew the list encrypted check it before syncing in the clear.
	 */
	dec?: DecryptedMark;
	shards: Record<string, ShardEntry>;
};

/** What reading the manifest found: a manifest, nothing yet, a torn file, or a vault we must not touch. */
export type ManifestRead =
	| {kind: 'ok'; manifest: Manifest}
	| {kind: 'none'}
	| {kind: 'torn'}
	| {kind: 'foreign'; reason: string};

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function validEntry(entry: unknown): entry is ShardEntry {
	return isRecord(entry) && typeof entry.blob === 'string'
		&& /^blobs\/[0-9a-z_]+-[0-9a-f]{64}\.bin$/.test(entry.blob) && typeof entry.n === 'number';
}

/**
 * Parses manifest text. Unparsable or structurally broken JSON is "torn" (rebuilt from local data, which is
 * safe because every device re-publishes what the manifest lacks); a valid manifest of another format or a
 * newer version is "foreign" and is never overwritten.
 */
export function parseManifest(text: string | undefined): ManifestRead {
	if (text === undefined) return {kind: 'none'};
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {kind: 'torn'};
	}
	if (!isRecord(data)) return {kind: 'torn'};
	if (data.format !== MANIFEST_FORMAT) return {kind: 'foreign', reason: 'not a Shelfmark vault'};
	if (typeof data.version !== 'number' || data.version > MANIFEST_VERSION) {
		return {kind: 'foreign', reason: `vault format ${String(data.version)} is newer`};
	}
	if (typeof data.vault !== 'string' || typeof data.width !== 'number' || data.width < 1 || data.width > 2
		|| !isRecord(data.shards)) return {kind: 'torn'};
	const shards: Record<string, ShardEntry> = {};
	for (const [shard, entry] of Object.entries(data.shards)) {
		if (shard.length === data.width && validEntry(entry)) {
			shards[shard] = entry.bad ? {blob: entry.blob, n: entry.n, bad: true} : {blob: entry.blob, n: entry.n};
		}
	}
	return {kind: 'ok', manifest: {...(data as Manifest), shards}};
}

export function serializeManifest(manifest: Manifest): string {
	return canonicalJson(manifest);
}

export function newManifest(vault: string, width: number, enc?: KeyHeader): Manifest {
	return {format: MANIFEST_FORMAT, version: MANIFEST_VERSION, vault, width, ...(enc ? {enc} : {}), shards: {}};
}
