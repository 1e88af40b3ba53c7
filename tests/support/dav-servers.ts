import {afterAll, beforeAll} from 'vitest';
import {startApache} from './apache.ts';
import {startNginx} from './nginx.ts';
import {startRclone} from './rclone.ts';
import type {Credentials, DavServer} from './server-process.ts';
import type {WebDavCapabilities} from '../../src/sync/transports/webdav-probe.ts';

export type {Credentials, DavServer} from './server-process.ts';

/** A WebDAV server the sync tests run against, started on loopback by the test itself. */
export type DavServerKind = {
	name: string;
	start(options?: {auth?: Credentials}): Promise<DavServer>;
	/** What `probeWebdav` finds there (measured on Debian 12: apache2 2.4, nginx 1.22 + dav-ext 3.0, rclone 1.60). */
	honours: WebDavCapabilities;
};

const ALL = {put: true, propfind: true, ifMatch: true, ifNoneMatch: true, stableEtag: true, locks: true};

/** The servers people have (issue 15): every WebDAV sync test runs against each (`describe.each(DAV_SERVERS)`). */
export const DAV_SERVERS: DavServerKind[] = [
	{name: 'Apache mod_dav', start: startApache, honours: {...ALL, swap: 'if-match'}},
	{name: 'nginx + dav-ext', start: startNginx, honours: {...ALL, ifMatch: false, ifNoneMatch: false, swap: 'lock'}},
	{
		name: 'rclone serve webdav', start: startRclone,
		honours: {...ALL, ifMatch: false, ifNoneMatch: false, swap: 'lock'},
	},
];

/**
 * Starts a server before the tests of the enclosing describe and stops it after them; the returned function
 * gives it meanwhile (`const server = useDavServer(kind.start)`, then `server().url`).
 */
export function useDavServer(start: () => Promise<DavServer>): () => DavServer {
	let server: DavServer | undefined;
	beforeAll(async () => {
		server = await start();
	});
	afterAll(async () => {
		await server?.stop();
	});
	return () => {
		if (!server) throw new Error('the server is not started yet: call it inside a test');
		return server;
	};
}
