import {fromBase64, randomId, toBase64} from '../bytes.ts';
import {SyncError, TransientError} from '../errors.ts';
import type {SyncTransport} from '../engine/ports.ts';

/** The part of `browser.storage.sync` this transport uses; the background passes the real one. */
export type SyncStorageArea = {
	get(keys: string[] | null): Promise<Record<string, unknown>>;
	set(items: Record<string, unknown>): Promise<void>;
	remove(keys: string[]): Promise<void>;
};

/** Chrome's and Firefox's storage.sync limits, with room left for settings. */
export const BROWSER_SYNC_LIMITS = {
	bytes: 102_400, perItem: 8192, items: 512, writesPerMinute: 120, reserveBytes: 12_000, reserveItems: 32,
};

const PREFIX = 'sm:';
const MANIFEST_KEY = `${PREFIX}m`;
const CHUNK = 7900; // Base64 characters per key: under 8,192 bytes with the key and JSON quotes

/** Key id of a blob: its shard and the first 24 hex digits of its sha256 (names are content addressed). */
const blobKey = (name: string) => `${PREFIX}b:${name.replace(/^blobs\//, '').replace(/\.bin$/, '').slice(0, 27)}`;
const size = (key: string, value: unknown) => key.length + JSON.stringify(value).length;

/**
 * `storage.sync` as a SyncTransport: the same manifest and blobs, gzip-compressed by the engine, base64 in
 * chunks under the per-key limit. Use shard width 1 here (16 blobs). There is no compare-and-swap in
 * storage.sync, so the manifest check is read-then-write, like a WebDAV server that ignores If-Match: the
 * engine's re-publish rule makes that converge. When the list no longer fits it throws SYNC_OUTGROWN.
 */
export class BrowserSyncTransport implements SyncTransport {
	private readonly writes: number[] = [];

	constructor(private readonly area: SyncStorageArea, private readonly now: () => number = Date.now) {}

	/** Every set() and remove() is one write operation against the per-minute budget. */
	private async write(items: Record<string, unknown> | string[]): Promise<void> {
		const now = this.now();
		while (this.writes.length > 0 && this.writes[0]! < now - 60_000) this.writes.shift();
		if (this.writes.length >= BROWSER_SYNC_LIMITS.writesPerMinute - 10) {
			throw new TransientError('SYNC_RATE_LIMITED', 'storage.sync write budget for this minute is used up');
		}
		this.writes.push(now);
		try {
			await (Array.isArray(items) ? this.area.remove(items) : this.area.set(items));
		} catch (error) {
			throw mapStorageError(error);
		}
	}

	async readManifest(): Promise<{text: string; etag: string} | undefined> {
		const stored = await this.area.get([MANIFEST_KEY]);
		const value = stored[MANIFEST_KEY] as {text?: unknown; etag?: unknown} | undefined;
		if (typeof value?.text !== 'string' || typeof value.etag !== 'string') return undefined;
		return {text: value.text, etag: value.etag};
	}

	async writeManifest(text: string, ifMatch: string | undefined): Promise<void> {
		const current = await this.readManifest();
		if (current?.etag !== ifMatch) throw new SyncError('SYNC_CONFLICT', 'storage.sync manifest changed since it was read');
		const value = {text, etag: randomId(8)};
		if (size(MANIFEST_KEY, value) > BROWSER_SYNC_LIMITS.perItem) {
			throw new SyncError('SYNC_OUTGROWN', 'The manifest no longer fits one storage.sync item');
		}
		await this.write({[MANIFEST_KEY]: value});
	}

	async readBlob(name: string): Promise<Uint8Array | undefined> {
		const key = blobKey(name);
		const head = (await this.area.get([key]))[key];
		if (typeof head !== 'number') return undefined;
		const keys = Array.from({length: head}, (_, i) => `${key}:${i}`);
		const chunks = await this.area.get(keys);
		// Partly synced: unreadable, the engine checks the digest
		if (!keys.every(k => typeof chunks[k] === 'string')) return new Uint8Array(0);
		return fromBase64(keys.map(k => chunks[k] as string).join(''));
	}

	async writeBlob(name: string, bytes: Uint8Array): Promise<void> {
		const key = blobKey(name);
		const text = toBase64(bytes);
		const items: Record<string, unknown> = {};
		for (let i = 0; i * CHUNK < text.length || i === 0; i++) items[`${key}:${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
		// Written in the same set(): one write operation, readers see all or none
		items[key] = Object.keys(items).length;
		await this.checkRoom(items);
		await this.write(items);
	}

	async deleteBlob(name: string): Promise<void> {
		const key = blobKey(name);
		const head = (await this.area.get([key]))[key];
		const count = typeof head === 'number' ? head : 0;
		await this.write([key, ...Array.from({length: count}, (_, i) => `${key}:${i}`)]);
	}

	/** Refuses a write that would leave settings no room: the UI then offers WebDAV. */
	private async checkRoom(items: Record<string, unknown>): Promise<void> {
		const all = await this.area.get(null);
		const merged = {...all, ...items};
		const bytes = Object.entries(merged).reduce((sum, [key, value]) => sum + size(key, value), 0);
		const {bytes: maxBytes, items: maxItems, reserveBytes, reserveItems} = BROWSER_SYNC_LIMITS;
		if (bytes > maxBytes - reserveBytes || Object.keys(merged).length > maxItems - reserveItems) {
			throw new SyncError('SYNC_OUTGROWN', `The list needs ${bytes} bytes in ${Object.keys(merged).length} keys; storage.sync holds ${maxBytes} in ${maxItems}`);
		}
	}
}

function mapStorageError(error: unknown): Error {
	const message = error instanceof Error ? error.message : String(error);
	if (/MAX_WRITE_OPERATIONS/i.test(message)) return new TransientError('SYNC_RATE_LIMITED', message, {cause: error});
	if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(message)) return new SyncError('SYNC_OUTGROWN', message, {cause: error});
	return new TransientError('SYNC_SERVER', message, {cause: error});
}
