import type {Stamp} from '../../core/hlc.ts';
import {stampTime} from '../../core/hlc.ts';
import {docStamp, mergeDocs, type ItemDoc} from '../../core/item-doc.ts';
import {splitFarAhead} from '../../core/far-ahead.ts';
import type {VaultKey} from '../crypto.ts';
import {SyncError, TransientError} from '../errors.ts';
import {describeProblem} from '../../core/validate-doc.ts';
import {readShard, type RemoteShard} from './read-shard.ts';
import {parseManifest, type Manifest, type ManifestRead} from './manifest.ts';
import {COLLECT_EVERY_MS, collectOrphans} from './orphans.ts';
import type {LocalStore, SyncTransport} from './ports.ts';
import {publish, type Publication} from './publish.ts';
import {MAX_SHARD_WIDTH} from '../../core/shards.ts';
import {forEachLimited} from './limit.ts';
import {openVault} from './vault.ts';

export type SyncOptions = {
	transport: SyncTransport;
	store: LocalStore;
	/** Names the remote (`webdav:<url>`, `browser-sync`): each remote keeps its own sync state. */
	target: string;
	/** Unlocks an encrypted vault, or creates a new vault encrypted. */
	passphrase?: string;
	/** An unlocked key cached from an earlier sync (storage.session); used when its vault matches. */
	key?: VaultKey;
	/** Shard width for a vault this sync creates: 2 for WebDAV (default), 1 for storage.sync. */
	width?: number;
	/**
	 * This device knows the list as encrypted: a plain vault is synced only if a holder of the old key turned
	 * encryption off (manifest `dec`); otherwise SYNC_NOT_ENCRYPTED, and nothing is sent in the clear.
	 */
	encrypted?: boolean;
	/** PBKDF2 iterations for a key this sync creates (default and floor in production: 600,000). */
	iterations?: number;
	now?: () => number;
	/** Report `failsafe` when a sync tombstones at least this many items that were live here (default 10). */
	failsafeThreshold?: number;
	/** Manifest swaps to try before giving up with a TransientError (each 412 re-reads and re-merges). */
	maxAttempts?: number;
};

export type SyncReport = {
	attempts: number;
	/** Docs read from changed remote shards and merged into the local store. */
	received: number;
	uploadedBlobs: number;
	uploadedBytes: number;
	manifestWritten: boolean;
	/** Blobs that were missing, torn or undecryptable: never read as empty; re-published by holders. */
	unreadable: string[];
	/** What the validator dropped from remote records (a field, or a whole record), one line each. */
	dropped: string[];
	/** Records whose writes stamped far ahead of this clock were held aside for the user (core/far-ahead.ts). */
	held: number;
	/** Orphan blobs (uploaded, never named by a manifest) deleted after their grace period (orphans.ts). */
	collected: number;
	/** Ids that were live here and are deleted after merging remote data. */
	tombstoned: string[];
	/** Many items were tombstoned by this sync: the UI shows a banner with "restore all". */
	failsafe: boolean;
	maxRemoteStamp?: Stamp;
	/** How far the newest remote stamp is ahead of our wall clock (0 if not ahead). */
	driftMs: number;
	/** The unlocked key, for the caller to cache in storage.session. */
	key?: VaultKey;
	/** Another device turned encryption off (with the key): the caller forgets its key and its "encrypted" flag. */
	decrypted?: true;
};

/**
 * One sync against one remote: read the manifest, merge changed shards, upload shards whose content changed,
 * swap the manifest with If-Match, and on 412 start over from the read. Local data is only ever merged.
 * Every step is idempotent, so a sync killed at any await only delays convergence.
 */
export async function sync(options: SyncOptions): Promise<SyncReport> {
	const report: SyncReport = {
		attempts: 0, received: 0, uploadedBlobs: 0, uploadedBytes: 0, manifestWritten: false, unreadable: [],
		dropped: [], held: 0, collected: 0, tombstoned: [], failsafe: false, driftMs: 0,
	};
	const uploaded = new Set<string>();
	const maxAttempts = options.maxAttempts ?? 5;
	while (report.attempts < maxAttempts) {
		report.attempts++;
		if (await attempt(options, report, uploaded)) {
			report.failsafe = report.tombstoned.length >= (options.failsafeThreshold ?? 10);
			return report;
		}
	}
	throw new TransientError('SYNC_CONFLICT', `The manifest kept changing during ${maxAttempts} attempts`);
}

async function attempt(options: SyncOptions, report: SyncReport, uploaded: Set<string>): Promise<boolean> {
	const {transport, store, target} = options;
	const read = await transport.readManifest();
	const state = await store.loadSyncState(target);
	const vault = await openVault(parseManifest(read?.text), state, {
		passphrase: options.passphrase, key: options.key, width: options.width ?? MAX_SHARD_WIDTH,
		iterations: options.iterations, encrypted: options.encrypted,
	});
	report.key = vault.key;
	if (vault.decrypted) report.decrypted = true;
	const {manifest} = vault;
	const known = state?.vault === manifest.vault ? state.shards : {};
	const remote = await readChangedShards(transport, manifest.vault, manifest.shards, known, vault.key);
	await mergeRemote(options, remote, report);
	const publication = await publish({
		store, transport, manifest, known, remote: digestsOf(remote), key: vault.key, uploaded,
	});
	report.uploadedBlobs += publication.uploads.length;
	report.uploadedBytes += publication.uploadedBytes;
	if (vault.created || publication.changed) {
		try {
			await transport.writeManifest(publication.text, read?.etag);
		} catch (error) {
			if (error instanceof SyncError && error.code === 'SYNC_CONFLICT') return false;
			throw error;
		}
		report.manifestWritten = true;
	}
	await collectGarbage(transport, publication);
	const now = (options.now ?? Date.now)();
	let collectedAt = state?.vault === manifest.vault ? state.collectedAt : undefined;
	if (transport.listBlobs && now - (collectedAt ?? 0) > COLLECT_EVERY_MS) {
		const named = new Set([manifest, parseManifest(publication.text)].flatMap(read => blobsOf(read)));
		report.collected = (await collectOrphans(transport, named)).length;
		collectedAt = now;
	}
	await store.saveSyncState(target, {
		vault: manifest.vault, ...(manifest.enc ? {header: manifest.enc} : {}), shards: publication.shards,
		...(collectedAt === undefined ? {} : {collectedAt}),
	});
	return true;
}

/** The blobs a manifest names: never collected, whatever their age. */
function blobsOf(read: Manifest | ManifestRead): string[] {
	const manifest = 'kind' in read ? (read.kind === 'ok' ? read.manifest : undefined) : read;
	return Object.values(manifest?.shards ?? {}).map(entry => entry.blob);
}

async function readChangedShards(
	transport: SyncTransport, vault: string, entries: Record<string, {blob: string}>,
	known: Record<string, {blob: string}>, key: VaultKey | undefined,
): Promise<Map<string, RemoteShard>> {
	const changed = Object.entries(entries).filter(([shard, entry]) => known[shard]?.blob !== entry.blob);
	const out = new Map<string, RemoteShard>();
	await forEachLimited(changed, 4, async ([shard, entry]) => {
		out.set(shard, await readShard(transport, entry.blob, {vault, shard, key}));
	});
	return out;
}

/** Merges what remote shards hold, except writes stamped far ahead of our clock: those are held for the user. */
async function mergeRemote(options: SyncOptions, remote: Map<string, RemoteShard>, report: SyncReport): Promise<void> {
	const now = (options.now ?? Date.now)();
	const docs: ItemDoc[] = [];
	const held: ItemDoc[] = [];
	const tombstoned = new Set(report.tombstoned);
	for (const [shard, content] of remote) {
		if (content === 'unreadable') continue;
		report.dropped.push(...content.problems.map(describeProblem));
		const local = new Map((await options.store.readShardDocs(shard)).map(doc => [doc.id, doc]));
		for (const doc of content.docs) {
			const {near, far} = splitFarAhead(doc, now);
			if (far) held.push(far);
			if (!near) continue;
			const mine = local.get(doc.id);
			if (mine && !mine.del.v && mergeDocs(mine, near).del.v) tombstoned.add(doc.id);
			docs.push(near);
		}
	}
	for (const [shard, content] of remote) if (content === 'unreadable') report.unreadable.push(shard);
	report.tombstoned = [...tombstoned];
	if (held.length > 0) await options.store.hold(held);
	report.held = held.length;
	if (docs.length === 0) return;
	await options.store.mergeDocs(docs);
	report.received += docs.length;
	const newest = docs.reduce((max, doc) => {
		const t = docStamp(doc);
		return t > max ? t : max;
	}, report.maxRemoteStamp ?? '');
	report.maxRemoteStamp = newest;
	report.driftMs = Math.max(report.driftMs, stampTime(newest) - now);
}

function digestsOf(remote: Map<string, RemoteShard>): Map<string, string | 'unreadable'> {
	return new Map([...remote]
		.map(([shard, content]) => [shard, content === 'unreadable' ? 'unreadable' : content.digest]));
}

async function collectGarbage(transport: SyncTransport, publication: Publication): Promise<void> {
	await forEachLimited(publication.replaced, 4, async name => {
		try {
			await transport.deleteBlob(name);
		} catch {
			// Best effort: an orphan blob costs space, never data
		}
	});
}
