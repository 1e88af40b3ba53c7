import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {ROOT} from './paths.ts';

/** Our own fixture pages, served as a real http origin (content scripts and activeTab need one). */
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'e2e');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg',
	'.txt': 'text/plain; charset=utf-8',
};

export type FixtureServer = {
	/** `http://127.0.0.1:PORT` */
	origin: string;
	/** The URL of a fixture file, e.g. `url('article.html')`. */
	url(file: string): string;
	close(): Promise<void>;
};

/** Serves `root` on 127.0.0.1 on a free port; `..` and absent files give 404. */
export async function startFixtureServer(root = FIXTURES): Promise<FixtureServer> {
	const server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
		if (!file.startsWith(root + path.sep) || request.method !== 'GET') {
			response.writeHead(404).end();
			return;
		}
		try {
			const body = await readFile(file);
			response.writeHead(200, {
				'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store',
			});
			response.end(body);
		} catch {
			// A missing fixture: the spec sees a 404 page
			response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		url: file => new URL(file, `${origin}/`).href,
		close: () => new Promise<void>(resolve => {
			server.closeAllConnections();
			server.close(() => resolve());
		}),
	};
}
