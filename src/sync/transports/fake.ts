import {SyncError, TransientError, httpError} from '../errors.ts';
import type {BlobListing, SyncTransport} from '../engine/ports.ts';

/** One request the fake sees. */
export type FakeRequest = {method: 'GET' | 'PUT' | 'DELETE' | 'PROPFIND'; path: string};

/**
 * What goes wrong with a request: `offline` fails before reaching the server; `lose-response` applies it,
 * then loses the answer; `tear` stores a truncated body and drops the connection; a number is that HTTP status.
 */
export type Fault = 'offline' | 'lose-response' | 'tear' | 412 | 423 | 500 | 507;

/** An in-memory WebDAV-like server. `honourIfMatch: false` behaves like rclone, nginx dav or npm webdav-server. */
export class FakeServer {
	readonly files = new Map<string, {bytes: Uint8Array; etag: string; modified: number}>();
	readonly stats = {gets: 0, puts: 0, deletes: 0, bytesPut: 0};
	private etags = 0;

	/** `clock`: the server's time, which dates each file (last-modified). */
	constructor(public honourIfMatch = true, public clock: () => number = Date.now) {}

	get(path: string) {
		this.stats.gets++;
		return this.files.get(path);
	}

	put(path: string, bytes: Uint8Array, condition?: {ifMatch?: string; ifNoneMatch?: '*'}): void {
		this.stats.puts++;
		this.stats.bytesPut += bytes.length;
		const current = this.files.get(path);
		if (this.honourIfMatch && condition) {
			if (condition.ifNoneMatch === '*' && current) throw new SyncError('SYNC_CONFLICT', `PUT ${path}: HTTP 412`);
			if (condition.ifMatch !== undefined && current?.etag !== condition.ifMatch) {
				throw new SyncError('SYNC_CONFLICT', `PUT ${path}: HTTP 412`);
			}
		}
		this.files.set(path, {bytes: bytes.slice(), etag: `"${++this.etags}"`, modified: this.clock()});
	}

	delete(path: string): void {
		this.stats.deletes++;
		this.files.delete(path);
	}
}

export type FakeKnobs = {
	/** Decides a fault for each request (or none). */
	fault?: (request: FakeRequest) => Fault | undefined;
	/** Awaited before a request reaches the server and again before its answer returns: fc.scheduler hooks in here. */
	gate?: (label: string) => Promise<void>;
};

/** The SyncTransport over a FakeServer, with fault knobs (DESIGN §8: every fault has a test). */
export class FakeTransport implements SyncTransport {
	constructor(readonly server: FakeServer, readonly knobs: FakeKnobs = {}, readonly name = 'fake') {}

	/** `apply(body)` performs the request on the server; a tear applies it with half the body. */
	private async request<T>(request: FakeRequest, apply: (body?: Uint8Array) => T, body?: Uint8Array): Promise<T> {
		const label = `${this.name} ${request.method} ${request.path}`;
		await this.knobs.gate?.(label);
		const fault = this.knobs.fault?.(request);
		if (fault === 'offline') throw new TransientError('SYNC_OFFLINE', `${label}: network down`);
		if (typeof fault === 'number') throw httpError(fault, label);
		if (fault === 'tear' && body) {
			apply(body.slice(0, Math.floor(body.length / 2)));
			throw new TransientError('SYNC_OFFLINE', `${label}: connection reset mid-body`);
		}
		const result = apply(body);
		await this.knobs.gate?.(`${label} (response)`);
		if (fault === 'lose-response') throw new TransientError('SYNC_OFFLINE', `${label}: response lost`);
		return result;
	}

	async readManifest(): Promise<{text: string; etag: string} | undefined> {
		const file = await this.request({method: 'GET', path: 'manifest.json'}, () => this.server.get('manifest.json'));
		return file && {text: new TextDecoder().decode(file.bytes), etag: file.etag};
	}

	async writeManifest(text: string, ifMatch: string | undefined): Promise<void> {
		const bytes = new TextEncoder().encode(text);
		const condition = ifMatch === undefined ? {ifNoneMatch: '*' as const} : {ifMatch};
		await this.request(
			{method: 'PUT', path: 'manifest.json'},
			torn => this.server.put('manifest.json', torn ?? bytes, condition), bytes,
		);
	}

	async readBlob(name: string): Promise<Uint8Array | undefined> {
		const file = await this.request({method: 'GET', path: name}, () => this.server.get(name));
		return file?.bytes.slice();
	}

	async writeBlob(name: string, bytes: Uint8Array): Promise<void> {
		await this.request({method: 'PUT', path: name}, torn => this.server.put(name, torn ?? bytes), bytes);
	}

	async deleteBlob(name: string): Promise<void> {
		await this.request({method: 'DELETE', path: name}, () => this.server.delete(name));
	}

	async listBlobs(): Promise<BlobListing> {
		return this.request({method: 'PROPFIND', path: 'blobs/'}, () => ({
			now: this.server.clock(),
			blobs: [...this.server.files].filter(([path]) => path.startsWith('blobs/'))
				.map(([name, file]) => ({name, modified: file.modified})),
		}));
	}
}
