import {DeadlineError, OverCapError, readCapped, toBase64, utf8, withDeadline} from '../bytes.ts';
import {SyncError, TransientError, httpError} from '../errors.ts';
import type {BlobListing, SyncTransport} from '../engine/ports.ts';

export type WebDavOptions = {
	/** The list's folder, e.g. `https://cloud.example/remote.php/dav/files/me/shelfmark/` (created if missing). */
	url: string;
	user?: string;
	/** An app password, never the account password where the server offers them. */
	password?: string;
	fetch?: typeof fetch;
	/** The overall deadline of one request, answer and body together (default REQUEST_DEADLINE_MS). */
	timeoutMs?: number;
	/** The largest blob read (default MAX_BLOB_BYTES); the manifest has its own cap (MAX_MANIFEST_BYTES). */
	maxBlobBytes?: number;
	maxManifestBytes?: number;
};

/**
 * A request that has not fully answered in a minute is abandoned as transient (SYNC_TIMEOUT): the sync lock is
 * released and the scheduler retries with backoff. A real blob is ~0.3 MB gzipped (about 400 records at 256
 * shards for 100,000 items), so a minute leaves room for links far slower than 50 KB/s.
 */
export const REQUEST_DEADLINE_MS = 60_000;
/**
 * A shard blob over 32 MiB is refused unread. At 256 shards even 1,000,000 items (~4,000 records of 1-3 KB,
 * 4-12 MB of JSON before gzip) stay well under it; at 16 shards, 100,000 items (~6,250 records) do too.
 */
export const MAX_BLOB_BYTES = 32 * 1024 * 1024;
/** The manifest lists at most 256 shards of ~150 bytes each (~40 KB): 4 MiB is a generous ceiling. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

const MIB = 1024 * 1024;
const inMiB = (bytes: number) => `${Math.round((bytes / MIB) * 10) / 10} MiB`;

/**
 * The `href` and `getlastmodified` of each `response` of a WebDAV multistatus body. Read with patterns, not a DOM:
 * the background service worker has no DOMParser. Namespace prefixes differ by server (`D:`, `d:`, `lp1:`, none).
 */
function parseMultistatus(xml: string): {href: string; modified: number}[] {
	const tag = (name: string) => new RegExp(`<(?:[\\w-]+:)?${name}\\b[^>]*>([^<]*)<`, 'i');
	return [...xml.matchAll(/<(?:[\w-]+:)?response\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?response>/gi)].flatMap(([, inner]) => {
		const href = tag('href').exec(inner!)?.[1]?.trim();
		const modified = Date.parse(tag('getlastmodified').exec(inner!)?.[1]?.trim() ?? '');
		return href ? [{href: href.replace(/&amp;/g, '&'), modified}] : [];
	});
}

/**
 * WebDAV (Nextcloud, ownCloud, Synology, Apache mod_dav...): `manifest.json` swapped with If-Match, immutable
 * blobs under `blobs/`. Runs in the background (host permission: no CORS needed) and in Node.
 */
export class WebDavTransport implements SyncTransport {
	private readonly base: string;
	private readonly headers: Record<string, string>;
	private readonly fetch: typeof fetch;
	private readonly timeoutMs: number;
	private readonly maxBlobBytes: number;
	private readonly maxManifestBytes: number;

	constructor(options: WebDavOptions) {
		this.base = options.url.endsWith('/') ? options.url : `${options.url}/`;
		this.headers = options.user === undefined ? {} : {authorization: `Basic ${toBase64(utf8(`${options.user}:${options.password ?? ''}`))}`};
		this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
		this.timeoutMs = options.timeoutMs ?? REQUEST_DEADLINE_MS;
		this.maxBlobBytes = options.maxBlobBytes ?? MAX_BLOB_BYTES;
		this.maxManifestBytes = options.maxManifestBytes ?? MAX_MANIFEST_BYTES;
	}

	/**
	 * One request and the reading of its answer (`handle`) under one deadline. Network failures, a body cut
	 * mid-way and the deadline are transient; SyncErrors and over-cap reads pass through for the caller to map.
	 */
	private async exchange<T>(method: string, path: string, handle: (response: Response) => Promise<T>,
		init: {body?: Uint8Array | string; headers?: Record<string, string>} = {}): Promise<T> {
		const what = `${method} ${path || '.'}`;
		try {
			return await withDeadline(this.timeoutMs, async signal => {
				const response = await this.fetch(new URL(path, this.base), {
					method, body: init.body as BodyInit | undefined, cache: 'no-store', redirect: 'follow', credentials: 'omit',
					headers: {...this.headers, ...init.headers}, signal,
				});
				return handle(response);
			});
		} catch (error) {
			if (error instanceof DeadlineError) throw new TransientError('SYNC_TIMEOUT', `${what}: ${error.message}`, {cause: error});
			if (error instanceof SyncError || error instanceof OverCapError) throw error;
			throw new TransientError('SYNC_OFFLINE', `${what}: ${error instanceof Error ? error.message : String(error)}`, {cause: error});
		}
	}

	/** Sends a request whose answer body means nothing here (PUT, MKCOL, DELETE) and returns its status. */
	private status(method: string, path: string, init: {body?: Uint8Array | string; headers?: Record<string, string>} = {}): Promise<number> {
		return this.exchange(method, path, async response => {
			await response.body?.cancel();
			return response.status;
		}, init);
	}

	async readManifest(): Promise<{text: string; etag: string} | undefined> {
		const read = await this.exchange('GET', 'manifest.json', async response => {
			if (response.status === 404) {
				await response.body?.cancel();
				return undefined;
			}
			await this.check(response, 'GET manifest.json');
			return {bytes: await readCapped(response, this.maxManifestBytes), etag: response.headers.get('etag')};
		}).catch((error: unknown) => {
			if (!(error instanceof OverCapError)) throw error;
			throw new SyncError('SYNC_BAD_REMOTE', `GET manifest.json: ${error.message} bytes (the cap for a manifest is ${inMiB(error.cap)})`);
		});
		if (!read) return undefined;
		const {bytes, etag} = read;
		if (!etag || etag.startsWith('W/')) throw new SyncError('SYNC_BAD_REMOTE', 'The server gives no strong ETag, so concurrent syncs cannot be detected');
		return {text: new TextDecoder().decode(bytes), etag};
	}

	private async check(response: Response, what: string): Promise<void> {
		if (response.ok) return;
		await response.body?.cancel();
		throw httpError(response.status, what);
	}

	async writeManifest(text: string, ifMatch: string | undefined): Promise<void> {
		const headers = {'content-type': 'application/json', ...(ifMatch === undefined ? {'if-none-match': '*'} : {'if-match': ifMatch})};
		await this.put('manifest.json', text, headers);
	}

	/**
	 * A blob over the cap (declared or streamed) is SYNC_UNREADABLE_BLOB: the engine then treats the shard as
	 * unreadable, never as empty, and changes nothing here for it.
	 */
	async readBlob(name: string): Promise<Uint8Array | undefined> {
		return this.exchange('GET', name, async response => {
			if (response.status === 404 || response.status === 410) {
				await response.body?.cancel();
				return undefined;
			}
			await this.check(response, `GET ${name}`);
			return readCapped(response, this.maxBlobBytes);
		}).catch((error: unknown) => {
			if (!(error instanceof OverCapError)) throw error;
			throw new SyncError('SYNC_UNREADABLE_BLOB', `GET ${name}: ${error.message} bytes (the cap for a sync blob is ${inMiB(error.cap)})`);
		});
	}

	async writeBlob(name: string, bytes: Uint8Array): Promise<void> {
		await this.put(name, bytes, {'content-type': 'application/octet-stream'});
	}

	async deleteBlob(name: string): Promise<void> {
		const status = await this.status('DELETE', name);
		if (status !== 404 && (status < 200 || status > 299)) throw httpError(status, `DELETE ${name}`);
	}

	/**
	 * PROPFIND of `blobs/` (depth 1): each blob's name and last-modified time, and the server's time from its Date
	 * header. A folder not made yet holds none.
	 */
	async listBlobs(): Promise<BlobListing> {
		const body = '<?xml version="1.0"?><propfind xmlns="DAV:"><prop><getlastmodified/><resourcetype/></prop></propfind>';
		const {text, now} = await this.exchange('PROPFIND', 'blobs/', async response => {
			const now = Date.parse(response.headers.get('date') ?? '');
			if (response.status === 404) {
				await response.body?.cancel();
				return {text: '', now};
			}
			await this.check(response, 'PROPFIND blobs/');
			return {text: new TextDecoder().decode(await readCapped(response, this.maxManifestBytes * 16)), now};
		}, {body, headers: {depth: '1', 'content-type': 'application/xml'}});
		const folder = new URL('blobs/', this.base).pathname;
		const blobs = parseMultistatus(text).flatMap(({href, modified}) => {
			const path = decodeURIComponent(new URL(href, this.base).pathname);
			if (!path.startsWith(folder) || path === folder || path.endsWith('/')) return [];
			return [{name: `blobs/${path.slice(folder.length)}`, modified}];
		});
		return Number.isFinite(now) ? {now, blobs} : {blobs};
	}

	/** PUT, creating the list folder and `blobs/` on the first write (409/404: a parent is missing). */
	private async put(path: string, body: Uint8Array | string, headers: Record<string, string>): Promise<void> {
		let status = await this.status('PUT', path, {body, headers});
		if (status === 409 || status === 404) {
			await this.mkcol('');
			if (path.includes('/')) await this.mkcol(path.slice(0, path.lastIndexOf('/') + 1));
			status = await this.status('PUT', path, {body, headers});
		}
		if (status < 200 || status > 299) throw httpError(status, `PUT ${path}`);
	}

	private async mkcol(path: string): Promise<void> {
		const status = await this.status('MKCOL', path);
		if (status === 401) throw httpError(status, `MKCOL ${path || '.'}`);
		// Otherwise ignore: 405 means it exists, and a concurrent MKCOL may answer 403; the retried PUT tells
		// whether the folder is really there.
	}
}
