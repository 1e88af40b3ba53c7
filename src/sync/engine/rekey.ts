import {randomId} from '../bytes.ts';
import {createVaultKey, decryptionProof, unlockVaultKey, type KeyHeader, type VaultKey} from '../crypto.ts';
import {errorCode} from '../../core/errors.ts';
import {SyncError} from '../errors.ts';
import {encodeShard} from './codec.ts';
import {forEachLimited} from './limit.ts';
import {parseManifest, serializeManifest, type Manifest, type ShardEntry} from './manifest.ts';
import type {LocalStore, ShardState, SyncTransport} from './ports.ts';
import {readShard} from './read-shard.ts';

/**
 * The vault a re-encryption writes, saved by the caller BEFORE its first blob: a retry after the worker died
 * unlocks the same key and writes the same blob names, and once the swap happened it only finishes up.
 */
export type RekeyPlan = {from: string; vault: string; enc?: KeyHeader; old: string[]};

export type RekeyOptions = {
	transport: SyncTransport;
	store: LocalStore;
	/** The sync target whose SyncState follows the vault to its new id. */
	target: string;
	/** true: a plain vault becomes encrypted under a new key; false: an encrypted vault becomes plain. */
	encrypt: boolean;
	/** The new passphrase when encrypting; the current one when decrypting. */
	passphrase: string;
	/** The plan of an earlier try that did not finish, if any. */
	plan?: RekeyPlan;
	/** Persists the plan (undefined once done); awaited before anything is written to the remote. */
	savePlan(plan: RekeyPlan | undefined): Promise<void>;
	iterations?: number;
};

/** `key`: the new vault's key (encrypting), for the caller to cache; `rewritten`: blobs written by this call. */
export type RekeyReport = {key?: VaultKey; rewritten: number; already: boolean};

type Target = {plan: RekeyPlan; key?: VaultKey};

/**
 * Turns a vault's encryption on or off: every shard is read, written again under a new vault id (and a new key
 * when encrypting), and only then is the manifest swapped with If-Match. Until the swap the old vault is whole
 * and readable; after it the new one is. Old blobs are deleted last. A wrong passphrase throws SYNC_PASSPHRASE
 * before anything is written; a concurrent sync makes the swap throw SYNC_CONFLICT, and calling again is safe.
 */
export async function rekeyVault(options: RekeyOptions): Promise<RekeyReport> {
	const {transport, passphrase} = options;
	const read = await transport.readManifest();
	const parsed = parseManifest(read?.text);
	// No vault yet: the first sync creates it as wanted
	if (parsed.kind === 'none') return {rewritten: 0, already: true};
	if (parsed.kind !== 'ok' || !read) throw new SyncError('SYNC_BAD_REMOTE', 'No readable vault to re-encrypt');
	const {manifest} = parsed;
	const {plan} = options;
	if (plan && manifest.vault === plan.vault) {
		// The swap happened before the worker died: only the clean-up is left
		const key = plan.enc ? await unlockVaultKey(plan.vault, plan.enc, passphrase) : undefined;
		await finish(options, plan, {});
		return {...(key ? {key} : {}), rewritten: 0, already: true};
	}
	const oldKey = manifest.enc ? await unlockVaultKey(manifest.vault, manifest.enc, passphrase) : undefined;
	if (Boolean(manifest.enc) === options.encrypt) {
		return {...(oldKey ? {key: oldKey} : {}), rewritten: 0, already: true};
	}
	const target = await targetFor(options, manifest);
	await options.savePlan(target.plan);
	const shards: Record<string, ShardEntry> = {};
	const moved: Record<string, {from: string; to: string}> = {};
	try {
		await forEachLimited(Object.entries(manifest.shards), 4, async ([shard, entry]) => {
			const content = await readShard(transport, entry.blob, {vault: manifest.vault, shard, key: oldKey});
			if (content === 'unreadable') {
				// Devices holding its records re-publish them
				shards[shard] = {blob: entry.blob, n: entry.n, bad: true};
				return;
			}
			const encoded = await encodeShard(content.docs, {vault: target.plan.vault, shard, key: target.key});
			moved[shard] = {from: entry.blob, to: encoded.name};
			await transport.writeBlob(encoded.name, encoded.bytes);
			shards[shard] = {blob: encoded.name, n: encoded.count};
		});
	} catch (error) {
		if (errorCode(error) === 'SYNC_OUTGROWN' || errorCode(error) === 'SYNC_QUOTA') {
			await giveUp(options, Object.values(moved).map(m => m.to));
		}
		throw error;
	}
	const next: Manifest = {
		format: manifest.format, version: manifest.version, vault: target.plan.vault, width: manifest.width, shards,
		...(target.plan.enc ? {enc: target.plan.enc} : {}),
		...(oldKey && manifest.enc
			? {dec: {from: manifest.vault, enc: manifest.enc, proof: await decryptionProof(oldKey, target.plan.vault)}}
			: {}),
	};
	await transport.writeManifest(serializeManifest(next), read.etag);
	await checkSwapped(transport, target.plan.vault);
	await finish(options, target.plan, moved);
	return {...(target.key ? {key: target.key} : {}), rewritten: Object.keys(moved).length, already: false};
}

/**
 * Reads the manifest back before the old blobs go: a server that ignores If-Match (nginx, rclone) lets a device
 * that read the old manifest write it back over ours, and that one names the old blobs. Then this is a conflict:
 * nothing is deleted, and the retry re-encrypts what is there now.
 */
async function checkSwapped(transport: SyncTransport, vault: string): Promise<void> {
	const now = parseManifest((await transport.readManifest())?.text);
	if (now.kind !== 'ok' || now.manifest.vault !== vault) throw new SyncError('SYNC_CONFLICT', 'Another device wrote the manifest over the re-encrypted one');
}

/**
 * Out of room for two copies (storage.sync's quota, a full server): a retry would fail the same way, so the new
 * blobs go again, lest they hold the space, and the plan is dropped. The old vault was never touched.
 */
async function giveUp(options: RekeyOptions, written: string[]): Promise<void> {
	await deleteAll(options.transport, written);
	await options.savePlan(undefined);
}

async function deleteAll(transport: SyncTransport, names: string[]): Promise<void> {
	await forEachLimited(names, 4, async name => {
		try {
			await transport.deleteBlob(name);
		} catch {
			// Best effort: an orphan blob costs space, never data
		}
	});
}

/** The earlier plan when it still fits (same old vault, same direction, passphrase unlocks it), else a new one. */
async function targetFor(options: RekeyOptions, manifest: Manifest): Promise<Target> {
	const old = Object.values(manifest.shards).map(entry => entry.blob);
	const {plan, encrypt, passphrase} = options;
	if (plan?.from === manifest.vault && Boolean(plan.enc) === encrypt) {
		if (!plan.enc) return {plan: {...plan, old}};
		const key = await unlockVaultKey(plan.vault, plan.enc, passphrase)
			.catch(() => undefined); // Typed another passphrase
		if (key) return {plan: {...plan, old}, key};
	}
	const vault = randomId();
	if (!encrypt) return {plan: {from: manifest.vault, vault, old}};
	const {header, key} = await createVaultKey(vault, passphrase, options.iterations);
	return {plan: {from: manifest.vault, vault, enc: header, old}, key};
}

/**
 * After the swap: this device's sync state follows its shards to their new names (so the next sync downloads
 * nothing), the old blobs go, and the plan is forgotten. Each step is safe to repeat.
 */
async function finish(
	options: RekeyOptions, plan: RekeyPlan, moved: Record<string, {from: string; to: string}>,
): Promise<void> {
	const {store, target, transport} = options;
	const state = await store.loadSyncState(target);
	if (state?.vault !== plan.vault) {
		const shards: Record<string, ShardState> = {};
		for (const [shard, known] of Object.entries(state?.vault === plan.from ? state.shards : {})) {
			if (moved[shard]?.from === known.blob) shards[shard] = {...known, blob: moved[shard].to};
		}
		await store.saveSyncState(target, {vault: plan.vault, ...(plan.enc ? {header: plan.enc} : {}), shards});
	}
	await deleteAll(transport, plan.old);
	await options.savePlan(undefined);
}
