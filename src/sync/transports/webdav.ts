import {toBase64, utf8} from '../bytes.ts';
import {SyncError, TransientError, httpError} from '../errors.ts';
import type {SyncTransport} from '../engine/ports.ts';

export type WebDavOptions = {
	/** The list's folder, e.g. `https://cloud.example/remote.php/dav/files/me/shelfmark/` (created if missing). */
	url: string;
	user?: string;
	/** An app password, never the account password where the server offers them. */
	password?: string;
	fetch?: typeof fetch;
};

/**
 * WebDAV (Nextcloud, ownCloud, Synology, Apache mod_dav...): `manifest.json` swapped with If-Match, immutable
 * blobs under `blobs/`. Runs in the background (host permission: no CORS needed) and in Node.
 */
export class WebDavTransport implements SyncTransport {
	private readonly base: string;
	private readonly headers: Record<string, string>;
	private readonly fetch: typeof fetch;

	constructor(options: WebDavOptions) {
		this.base = options.url.endsWith('/') ? options.url : `${options.url}/`;
		this.headers = options.user === undefined ? {} : {authorization: `Basic ${toBase64(utf8(`${options.user}:${options.password ?? ''}`))}`};
		this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
	}

	private async send(method: string, path: string, init: {body?: Uint8Array | string; headers?: Record<string, string>} = {}): Promise<Response> {
		try {
			return await this.fetch(new URL(path, this.base), {
				method, body: init.body as BodyInit | undefined, cache: 'no-store', redirect: 'follow', credentials: 'omit',
				headers: {...this.headers, ...init.headers},
			});
		} catch (error) {
			throw new TransientError('SYNC_OFFLINE', `${method} ${path}: ${error instanceof Error ? error.message : String(error)}`, {cause: error});
		}
	}

	private async check(response: Response, what: string, ok: number[] = []): Promise<Response> {
		if (response.ok || ok.includes(response.status)) return response;
		await response.body?.cancel();
		throw httpError(response.status, what);
	}

	async readManifest(): Promise<{text: string; etag: string} | undefined> {
		const response = await this.check(await this.send('GET', 'manifest.json'), 'GET manifest.json', [404]);
		if (response.status === 404) return undefined;
		const text = await response.text();
		const etag = response.headers.get('etag');
		if (!etag || etag.startsWith('W/')) throw new SyncError('SYNC_BAD_REMOTE', 'The server gives no strong ETag, so concurrent syncs cannot be detected');
		return {text, etag};
	}

	async writeManifest(text: string, ifMatch: string | undefined): Promise<void> {
		const headers = {'content-type': 'application/json', ...(ifMatch === undefined ? {'if-none-match': '*'} : {'if-match': ifMatch})};
		await this.put('manifest.json', text, headers);
	}

	async readBlob(name: string): Promise<Uint8Array | undefined> {
		const response = await this.check(await this.send('GET', name), `GET ${name}`, [404, 410]);
		if (!response.ok) return undefined;
		return new Uint8Array(await response.arrayBuffer());
	}

	async writeBlob(name: string, bytes: Uint8Array): Promise<void> {
		await this.put(name, bytes, {'content-type': 'application/octet-stream'});
	}

	async deleteBlob(name: string): Promise<void> {
		await this.check(await this.send('DELETE', name), `DELETE ${name}`, [404]);
	}

	/** PUT, creating the list folder and `blobs/` on the first write (409/404: a parent is missing). */
	private async put(path: string, body: Uint8Array | string, headers: Record<string, string>): Promise<void> {
		let response = await this.send('PUT', path, {body, headers});
		if (response.status === 409 || response.status === 404) {
			await response.body?.cancel();
			await this.mkcol('');
			if (path.includes('/')) await this.mkcol(path.slice(0, path.lastIndexOf('/') + 1));
			response = await this.send('PUT', path, {body, headers});
		}
		await this.check(response, `PUT ${path}`);
		await response.body?.cancel();
	}

	private async mkcol(path: string): Promise<void> {
		const response = await this.send('MKCOL', path);
		await response.body?.cancel();
		if (response.status === 401) throw httpError(response.status, `MKCOL ${path || '.'}`);
		// Otherwise ignore: 405 means it exists, and a concurrent MKCOL may answer 403; the retried PUT tells
		// whether the folder is really there.
	}
}
