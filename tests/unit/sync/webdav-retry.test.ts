import {describe, expect, test} from 'vitest';
import {WebDavTransport} from '../../../src/sync/transports/webdav.ts';

/**
 * A server that closes a kept-alive connection as it is reused: fetch rejects with a TypeError (undici's `terminated`,
 * `other side closed`) for the first `drops` requests, then the server answers `status`.
 */
function droppingFetch(drops: number, status = 200) {
	const methods: string[] = [];
	const fetchFn: typeof fetch = async (_input, init) => {
		methods.push(init?.method ?? 'GET');
		if (methods.length <= drops) throw new TypeError('terminated', {cause: new Error('other side closed')});
		return new Response(status === 200 ? 'blob' : null, {status});
	};
	return {fetch: fetchFn, methods};
}

describe('WebDAV over a connection the server closed', () => {
	test('a read is asked once more, on a new connection', async () => {
		const server = droppingFetch(1);
		const dav = new WebDavTransport({url: 'https://dav.example/list/', fetch: server.fetch});
		expect(new TextDecoder().decode(await dav.readBlob('blobs/00.bin'))).toBe('blob');
		expect(server.methods).toEqual(['GET', 'GET']);
	});

	test('only once: a second drop is SYNC_OFFLINE', async () => {
		const server = droppingFetch(2);
		const dav = new WebDavTransport({url: 'https://dav.example/list/', fetch: server.fetch});
		await expect(dav.readBlob('blobs/00.bin')).rejects.toMatchObject({code: 'SYNC_OFFLINE'});
		expect(server.methods).toEqual(['GET', 'GET']);
	});

	test('a write is not sent again: it may have reached the server', async () => {
		const server = droppingFetch(1, 201);
		const dav = new WebDavTransport({url: 'https://dav.example/list/', fetch: server.fetch});
		await expect(dav.writeBlob('blobs/00.bin', new Uint8Array([1]))).rejects.toMatchObject({code: 'SYNC_OFFLINE'});
		expect(server.methods).toEqual(['PUT']);
	});
});

describe('WebDAV over a server whose view of its folders lags', () => {
	/** PUTs answer 404 until `lagging` more after the first (rclone's cached view), then 201; MKCOL: it exists. */
	function laggingFetch(lagging: number) {
		const methods: string[] = [];
		let misses = 0;
		const fetchFn: typeof fetch = async (_input, init) => {
			const method = init?.method ?? 'GET';
			methods.push(method);
			if (method === 'MKCOL') return new Response(null, {status: 405});
			if (method === 'PROPFIND') return new Response(null, {status: 207});
			return new Response(null, {status: misses++ <= lagging ? 404 : 201});
		};
		return {fetch: fetchFn, methods};
	}

	test('a folder another device just made is written into after a short wait', async () => {
		const server = laggingFetch(2);
		const dav = new WebDavTransport({url: 'https://dav.example/list/', fetch: server.fetch});
		await dav.writeBlob('blobs/00.bin', new Uint8Array([1]));
		expect(server.methods.filter(method => method === 'PUT')).toHaveLength(4);
	});

	test('not forever: a folder the server never shows is an error', async () => {
		const server = laggingFetch(10);
		const dav = new WebDavTransport({url: 'https://dav.example/list/', fetch: server.fetch});
		await expect(dav.writeBlob('blobs/00.bin', new Uint8Array([1])))
			.rejects.toMatchObject({code: 'SYNC_BAD_REMOTE'});
		expect(server.methods.filter(method => method === 'PUT')).toHaveLength(4);
	});
});
