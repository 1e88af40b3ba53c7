import type {ItemDoc} from '../../core/item-doc.ts';
import type {KeyHeader} from '../crypto.ts';

/** What the engine remembers about one shard: local content at `version` equals the content of `blob`. */
export type ShardState = {blob: string; digest: string; version: string};

/** Persisted between syncs (and between worker lifetimes); saved only after a manifest swap succeeded. */
export type SyncState = {
	vault: string;
	/** The vault's key header, so a torn manifest can be rebuilt without losing the wrapped key. */
	header?: KeyHeader;
	shards: Record<string, ShardState>;
	/** When this device last collected orphan blobs in this vault (orphans.ts), in ms. */
	collectedAt?: number;
};

/**
 * The local side of a sync. The background implements it over IndexedDB; `createMemoryStore` is the
 * in-memory version for tests and the CLI.
 */
export interface LocalStore {
	/** Every doc whose `shardOf(id, shard.length)` is `shard`, tombstoned ones included. */
	readShardDocs(shard: string): Promise<ItemDoc[]>;
	/**
	 * Merges remote docs into local ones with `mergeDocs` (never overwrites), in ONE transaction, and
	 * advances the local HLC past their stamps (`receive`) so later local edits sort after them.
	 */
	mergeDocs(docs: ItemDoc[]): Promise<void>;
	/**
	 * An opaque token per non-empty shard of width `MAX_SHARD_WIDTH` that changes whenever any doc in that
	 * shard is written (edits and merges alike), and never repeats after a wipe (prefix a random epoch).
	 */
	shardVersions(): Promise<Record<string, string>>;
	/**
	 * Keeps far-ahead writes aside (core/far-ahead.ts `holdMore`), persisted, for the user to keep or discard. They
	 * are not merged, do not move the clock and are not published: a register holds one value, and a far one would
	 * hide every honest write to it from the other devices.
	 */
	hold(docs: ItemDoc[]): Promise<void>;
	loadSyncState(target: string): Promise<SyncState | undefined>;
	saveSyncState(target: string, state: SyncState): Promise<void>;
}

export type BlobListing = {now?: number; blobs: {name: string; modified: number}[]};

/** The remote side: one implementation per backend (WebDAV, storage.sync, the in-memory fake). */
export interface SyncTransport {
	/** The manifest's text and an opaque ETag, or undefined when the vault does not exist yet. */
	readManifest(): Promise<{text: string; etag: string} | undefined>;
	/**
	 * Compare-and-swap of the manifest: `ifMatch` is the ETag read before, or undefined to create only.
	 * Throws SyncError SYNC_CONFLICT (HTTP 412) when another device swapped it first.
	 */
	writeManifest(text: string, ifMatch: string | undefined): Promise<void>;
	/** A blob's bytes, or undefined when it does not exist. */
	readBlob(name: string): Promise<Uint8Array | undefined>;
	/** Writes an immutable, content-addressed blob: writing the same name twice writes the same bytes. */
	writeBlob(name: string, bytes: Uint8Array): Promise<void>;
	/** Removes a blob the manifest no longer references. Best effort: the engine ignores its failures. */
	deleteBlob(name: string): Promise<void>;
	/**
	 * Every blob stored with its last-modified time, and the server's time now (both ms, both by the server's clock,
	 * so no device's clock matters), for collecting orphans: blobs a sync uploaded but no manifest came to name (the
	 * sync was killed, or lost its swap). `now` is undefined when the server does not say. Absent where a backend
	 * cannot list.
	 */
	listBlobs?(): Promise<BlobListing>;
}
