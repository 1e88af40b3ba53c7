import {DeadlineError, OverCapError, readCapped, sha256Hex, toBase64, utf8, withDeadline} from '../bytes.ts';
import {SyncError, TransientError, httpError} from '../errors.ts';
import type {BlobListing, SyncTransport} from '../engine/ports.ts';
import {parseMultistatus} from './multistatus.ts';
import {FOLDER, sleep, withLock} from './webdav-lock.ts';
import {probeWebdav, type ManifestSwap, type WebDavCapabilities} from './webdav-probe.ts';

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
	/**
	 * How the manifest is swapped, when already known (`probeWebdav` at Test connection): with If-Match, or
	 * under a WebDAV lock on servers that ignore If-Match. Otherwise the server is probed before the first
	 * manifest write (once per URL and user in this context).
	 */
	swap?: ManifestSwap;
};

/** A raw answer (status, headers, the first SMALL_ANSWER_BYTES of the body): what probes and locks read. */
export type DavAnswer = {status: number; headers: Headers; text: string};

type DavRequest = {body?: Uint8Array | string; headers?: Record<string, string>; timeoutMs?: number};

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
/** LOCK answers and PROPFIND of one resource are a few KB; anything past this is not read. */
const SMALL_ANSWER_BYTES = 64 * 1024;
/** Requests that read and change nothing on the server: safe to send again. */
const READS = new Set(['GET', 'HEAD', 'PROPFIND']);
/** The mutex that guards manifest swaps on servers that ignore If-Match; LOCK creates it empty. */
export const LOCK_FILE = 'manifest.lock';
/**
 * The folder made as a mutex around If-Match swaps
 * (`makeFolder` in webdav-lock.ts says why If-Match is not enough).
 */
export const SWAP_FOLDER = 'manifest.swap/';

/** What each server honours, probed once per URL and user in this context (a worker lifetime in the extension). */
const probed = new Map<string, WebDavCapabilities>();

/**
 * The manifest's version as handed to the engine: its content digest, then the server's ETag. If-Match servers
 * compare the ETag; under a lock the digest is compared, as nginx's ETag (mtime-size) can repeat within a second.
 */
const versionOf = (digest: string, etag: string | null) => `${digest}|${etag ?? ''}`;
const digestOf = (version: string) => version.slice(0, version.indexOf('|'));
const etagOf = (version: string) => version.slice(version.indexOf('|') + 1);

const MIB = 1024 * 1024;
const inMiB = (bytes: number) => `${Math.round((bytes / MIB) * 10) / 10} MiB`;

/**
 * WebDAV (Nextcloud, ownCloud, Synology, Apache mod_dav, nginx + dav-ext, rclone...): `manifest.json` swapped
 * with If-Match where the server honours it, else under a WebDAV lock; immutable blobs under `blobs/`. Runs in
 * the background (host permission: no CORS needed) and in Node.
 */
export class WebDavTransport implements SyncTransport {
	private readonly base: string;
	private readonly headers: Record<string, string>;
	private readonly fetch: typeof fetch;
	private readonly timeoutMs: number;
	private readonly maxBlobBytes: number;
	private readonly maxManifestBytes: number;
	private readonly swap: ManifestSwap | undefined;
	private readonly probeKey: string;
	/** Folder creations under way or done, by folder (`''` is the list folder itself). */
	private readonly folders = new Map<string, Promise<void>>();

	constructor(options: WebDavOptions) {
		this.base = options.url.endsWith('/') ? options.url : `${options.url}/`;
		this.headers = options.user === undefined
			? {}
			: {authorization: `Basic ${toBase64(utf8(`${options.user}:${options.password ?? ''}`))}`};
		this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
		this.timeoutMs = options.timeoutMs ?? REQUEST_DEADLINE_MS;
		this.maxBlobBytes = options.maxBlobBytes ?? MAX_BLOB_BYTES;
		this.maxManifestBytes = options.maxManifestBytes ?? MAX_MANIFEST_BYTES;
		this.swap = options.swap;
		this.probeKey = `${this.base}\n${options.user ?? ''}`;
	}

	/**
	 * One request and the reading of its answer (`handle`) under one deadline. Network failures, a body cut
	 * mid-way and the deadline are transient; SyncErrors and over-cap reads pass through for the caller to map.
	 */
	private async exchange<T>(
		method: string, path: string, handle: (response: Response) => Promise<T>, init: DavRequest = {},
	): Promise<T> {
		const what = `${method} ${path || '.'}`;
		const attempt = () => withDeadline(init.timeoutMs ?? this.timeoutMs, async signal => {
			const response = await this.fetch(new URL(path, this.base), {
				method, body: init.body as BodyInit | undefined,
				cache: 'no-store', redirect: 'follow', credentials: 'omit',
				headers: {...this.headers, ...init.headers}, signal,
			});
			return handle(response);
		});
		try {
			// A kept-alive connection the server closed as it was reused fails with fetch's TypeError (`other side
			// closed`, an answer cut): a read changes nothing, so it is asked once more on a new one, as browsers do.
			return await attempt().catch((error: unknown) => {
				if (error instanceof TypeError && READS.has(method)) return attempt();
				throw error;
			});
		} catch (error) {
			if (error instanceof DeadlineError) {
				throw new TransientError('SYNC_TIMEOUT', `${what}: ${error.message}`, {cause: error});
			}
			if (error instanceof SyncError || error instanceof OverCapError) throw error;
			throw new TransientError(
				'SYNC_OFFLINE', `${what}: ${error instanceof Error ? error.message : String(error)}`, {cause: error},
			);
		}
	}

	/** Sends a request whose answer body means nothing here (PUT, MKCOL, DELETE) and returns its status. */
	private status(method: string, path: string, init: DavRequest = {}): Promise<number> {
		return this.exchange(method, path, async response => {
			await response.body?.cancel();
			return response.status;
		}, init);
	}

	/** One request relative to the folder, its answer as is (any status): for probes and locks. */
	send(method: string, path: string, init: DavRequest = {}): Promise<DavAnswer> {
		return this.exchange(method, path, async response => ({
			status: response.status, headers: response.headers,
			text: new TextDecoder().decode(await readCapped(response, SMALL_ANSWER_BYTES, {truncate: true})),
		}), init);
	}

	/** What this server honours: probed before the first manifest write, unless `swap` was given. */
	private async swapMode(): Promise<ManifestSwap | undefined> {
		if (this.swap) return this.swap;
		let capabilities = probed.get(this.probeKey);
		if (!capabilities) probed.set(this.probeKey, capabilities = await probeWebdav(this));
		return capabilities.swap;
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
		return {text: new TextDecoder().decode(bytes), etag: versionOf(await sha256Hex(bytes), etag)};
	}

	private async check(response: Response, what: string): Promise<void> {
		if (response.ok) return;
		await response.body?.cancel();
		throw httpError(response.status, what);
	}

	/**
	 * Compare-and-swap of the manifest. With If-Match, the server does it (412 when another device swapped
	 * first), inside the folder mutex `manifest.swap/`: a server may check If-Match and write holding nothing in
	 * between (webdav-lock.ts `makeFolder`). Under a lock, this device does it: LOCK `manifest.lock` (the other
	 * devices wait for it), re-read the manifest and compare its digest with the version read before, PUT, UNLOCK.
	 * A server honouring neither is refused (SYNC_UNSAFE_SERVER): there, two devices syncing at once would erase
	 * each other's changes.
	 */
	async writeManifest(text: string, version: string | undefined): Promise<void> {
		const swap = await this.swapMode();
		if (swap === undefined) {
			throw new SyncError('SYNC_UNSAFE_SERVER', `${this.base} ignores If-Match and If-None-Match on PUT and has no WebDAV locks: manifest swaps cannot be made atomic`);
		}
		const type = {'content-type': 'application/json'};
		if (swap === 'lock') {
			// A new list's folder may not exist yet: nginx answers a LOCK there 409
			// yet keeps the lock, untokened, for 60 s
			if (version === undefined) await this.createFolders('');
			await withLock(this, LOCK_FILE, async remainingMs => {
				const current = await this.readManifest();
				if ((current && digestOf(current.etag)) !== (version && digestOf(version))) {
					throw new SyncError('SYNC_CONFLICT', 'PUT manifest.json: another device swapped it first');
				}
				await this.put('manifest.json', text, type, Math.min(this.timeoutMs, remainingMs()));
			});
			return;
		}
		const etag = version === undefined ? undefined : etagOf(version);
		if (etag !== undefined && (!etag || etag.startsWith('W/'))) {
			throw new SyncError('SYNC_BAD_REMOTE', 'The server gives no strong ETag, so concurrent syncs cannot be detected');
		}
		const condition: Record<string, string> = etag === undefined ? {'if-none-match': '*'} : {'if-match': etag};
		await withLock(this, SWAP_FOLDER, async remainingMs => {
			await this.put('manifest.json', text, {...type, ...condition}, Math.min(this.timeoutMs, remainingMs()));
		}, FOLDER);
	}

	/** Writes a file, creating the folder if needed (probes write a scratch file this way). */
	async writeFile(path: string, body: string): Promise<void> {
		await this.put(path, body, {'content-type': 'application/octet-stream'});
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

	/**
	 * PUT, creating the list folder and `blobs/` on the first write: 409 or 404 mean a parent is missing, and so
	 * does 500 from nginx without `create_full_put_path` (a real 500 is then retried once, which PUT allows). A server
	 * that serves a cached view of its folders (rclone's VFS) may still say 404 for a folder another device made a
	 * moment before: after a short wait, twice at most, the PUT is tried again.
	 */
	private async put(
		path: string, body: Uint8Array | string, headers: Record<string, string>, timeoutMs?: number,
	): Promise<void> {
		let status = await this.status('PUT', path, {body, headers, timeoutMs});
		if (status === 409 || status === 404 || status === 500) {
			await this.createFolders(path.slice(0, path.lastIndexOf('/') + 1));
			status = await this.status('PUT', path, {body, headers, timeoutMs});
		}
		for (let wait = 100; (status === 404 || status === 409) && wait <= 200; wait *= 2) {
			await sleep(wait);
			status = await this.status('PUT', path, {body, headers, timeoutMs});
		}
		if (status >= 200 && status <= 299) return;
		// Servers say "no parent" in three ways (409 Apache, 404 rclone, 500 nginx): ask about the parent itself
		if ((status === 409 || status === 404 || status === 500) && await this.parentMissing()) {
			throw new SyncError('SYNC_NO_FOLDER', `PUT ${path}: HTTP ${status}; ${new URL('..', this.base).pathname} does not exist`);
		}
		throw httpError(status, `PUT ${path}`);
	}

	/** Whether the folder above the list's folder is missing (PROPFIND depth 0 answers 404). */
	private async parentMissing(): Promise<boolean> {
		return (await this.status('PROPFIND', '..', {headers: {depth: '0'}})) === 404;
	}

	/**
	 * MKCOL of the list folder, then of `dir` inside it, once per transport however many PUTs found them missing
	 * at once: rclone 1.60 loses track of a folder made by two concurrent MKCOLs (later PUTs into it answer 404).
	 */
	private createFolders(dir: string): Promise<void> {
		let created = this.folders.get(dir);
		if (!created) {
			created = (async () => {
				await this.mkcol('');
				if (dir) await this.mkcol(dir);
			})();
			this.folders.set(dir, created);
			created.catch(() => this.folders.delete(dir)); // A failure (offline, 401) is tried again next time
		}
		return created;
	}

	private async mkcol(path: string): Promise<void> {
		const status = await this.status('MKCOL', path);
		if (status === 401) throw httpError(status, `MKCOL ${path || '.'}`);
		// Otherwise ignore: 405 means it exists, and a concurrent MKCOL may answer 403; the retried PUT tells
		// whether the folder is really there.
	}
}
