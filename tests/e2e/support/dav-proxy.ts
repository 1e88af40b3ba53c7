import http, {type IncomingMessage} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';

/** A request as the proxy saw it. */
export type ProxiedRequest = {method: string; path: string; headers: http.IncomingHttpHeaders};

export type DavProxyOptions = {
	/** Drop If-Match / If-None-Match before Apache sees them: a server that ignores conditional writes. */
	stripConditions?: boolean;
	/** Hold these requests this long before forwarding (lets two devices read the same manifest). */
	delayMs?: (request: ProxiedRequest) => number;
};

/**
 * A tiny HTTP proxy in front of Apache, owned by the test: it is the "server" the extension talks to, so the
 * test can kill it in the middle of a request (connections reset, a PUT torn half-way) and bring it back on the
 * same port, or make it ignore If-Match.
 */
export type DavProxy = {
	url: string;
	/** Requests seen so far (method and path). */
	readonly seen: ProxiedRequest[];
	/** Conditional headers dropped so far. */
	readonly stripped: number;
	options: DavProxyOptions;
	/** The next request matching `when` is forwarded with half its body, then everything dies. */
	killOn(when: (request: ProxiedRequest) => boolean): Promise<void>;
	/** Stops listening and resets every open connection. */
	kill(): Promise<void>;
	/** Listens again on the same port. */
	revive(): Promise<void>;
	close(): Promise<void>;
};

const readBody = (request: IncomingMessage) => new Promise<Buffer>((resolve, reject) => {
	const chunks: Buffer[] = [];
	request.on('data', (chunk: Buffer) => chunks.push(chunk));
	request.on('end', () => resolve(Buffer.concat(chunks)));
	request.on('error', reject);
});

/** Starts the proxy on a free loopback port, forwarding to `target` (Apache's URL). */
export async function startDavProxy(target: string, options: DavProxyOptions = {}): Promise<DavProxy> {
	const upstream = new URL(target);
	const sockets = new Set<Socket>();
	const seen: ProxiedRequest[] = [];
	let stripped = 0;
	let trap: {when: (request: ProxiedRequest) => boolean; sprung: () => void} | undefined;

	const forward = (request: ProxiedRequest, length: number) => http.request({
		host: upstream.hostname, port: upstream.port, method: request.method, path: request.path,
		headers: {...request.headers, host: upstream.host, 'content-length': String(length)},
	});

	const server = http.createServer(async (incoming, outgoing) => {
		const {'transfer-encoding': _, ...headers} = incoming.headers; // Forwarded with a Content-Length instead
		if (proxy.options.stripConditions) {
			for (const name of ['if-match', 'if-none-match']) if (name in headers) { delete headers[name]; stripped++; }
		}
		const request: ProxiedRequest = {method: incoming.method ?? 'GET', path: incoming.url ?? '/', headers};
		seen.push(request);
		const body = await readBody(incoming);
		const delay = proxy.options.delayMs?.(request) ?? 0;
		if (delay > 0) await new Promise(resolve => setTimeout(resolve, delay));
		const upstreamRequest = forward(request, body.length);
		if (trap?.when(request)) {
			const {sprung} = trap;
			trap = undefined;
			upstreamRequest.on('error', () => {}); // Torn on purpose
			upstreamRequest.write(body.subarray(0, Math.floor(body.length / 2)));
			await new Promise(resolve => setTimeout(resolve, 50));
			upstreamRequest.destroy();
			await proxy.kill();
			sprung();
			return;
		}
		upstreamRequest.on('response', response => {
			outgoing.writeHead(response.statusCode ?? 502, response.headers);
			response.pipe(outgoing);
		});
		upstreamRequest.on('error', () => outgoing.destroy());
		upstreamRequest.end(body);
	});
	server.on('connection', socket => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	const listen = (port: number) => new Promise<number>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
	});
	const port = await listen(0);

	const proxy: DavProxy = {
		url: `http://127.0.0.1:${port}/`,
		seen,
		get stripped() { return stripped; },
		options,
		killOn: when => new Promise<void>(resolve => { trap = {when, sprung: resolve}; }),
		async kill() {
			const closed = new Promise(resolve => server.close(resolve));
			for (const socket of sockets) socket.destroy();
			await closed;
		},
		async revive() {
			await listen(port);
		},
		async close() {
			if (server.listening) await proxy.kill();
		},
	};
	return proxy;
}
