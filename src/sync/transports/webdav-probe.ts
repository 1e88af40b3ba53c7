import {randomId} from '../bytes.ts';
import type {WebDavCapabilities} from '../../core/sync-server.ts';
import {isTransient} from '../errors.ts';
import {lock, unlock, type DavSender} from './webdav-lock.ts';

export type {ManifestSwap, WebDavCapabilities} from '../../core/sync-server.ts';

/** The transport as the probe uses it: raw requests, and a PUT that creates the folder. */
export type ProbeTarget = DavSender & {writeFile(path: string, body: string): Promise<void>};

const PROPFIND = '<?xml version="1.0" encoding="utf-8"?>\n<D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/><D:getetag/></D:prop></D:propfind>';

const strongEtag = (etag: string | null) => (etag && !etag.startsWith('W/') ? etag : undefined);
const refused = (status: number) => status === 412;
const ok = (status: number) => status >= 200 && status <= 299;

async function probeLocks(dav: DavSender, name: string): Promise<boolean> {
	const first = await lock(dav, name).catch((error: unknown) => {
		if (isTransient(error)) throw error; // Offline or 5xx says nothing about locks: never conclude "none"
		return undefined; // 405, 501...: no locks here
	});
	if (typeof first !== 'object') return false;
	try {
		return (await lock(dav, name)) === 'held'; // A lock that does not exclude (a fake one) is no lock
	} finally {
		await unlock(dav, name, first);
	}
}

/**
 * Probes what the server honours, with a scratch file `probe-<random>.tmp` in the sync folder (deleted after;
 * the folder is created if missing, as the first sync would). Throws the sync error of a failing PUT (SYNC_AUTH,
 * SYNC_OFFLINE...); otherwise each capability is a yes or no. About ten small requests.
 */
export async function probeWebdav(dav: ProbeTarget): Promise<WebDavCapabilities> {
	const name = `probe-${randomId(6)}.tmp`;
	await dav.writeFile(name, 'shelfmark probe 1');
	try {
		const propfind = (await dav.send('PROPFIND', '', {
			body: PROPFIND, headers: {depth: '0', 'content-type': 'application/xml; charset=utf-8'},
		})).status === 207;
		const etags = [
			(await dav.send('GET', name)).headers.get('etag'), (await dav.send('GET', name)).headers.get('etag'),
		];
		const stableEtag = strongEtag(etags[0] ?? null) !== undefined && etags[0] === etags[1];
		const ifNoneMatch = refused((await dav.send('PUT', name, {
			body: 'shelfmark probe 2', headers: {'if-none-match': '*'},
		})).status);
		const stale = (await dav.send('PUT', name, {
			body: 'shelfmark probe 3', headers: {'if-match': '"shelfmark-stale-etag"'},
		})).status;
		const current = strongEtag((await dav.send('GET', name)).headers.get('etag'));
		const fresh = current === undefined
			? 0
			: (await dav.send('PUT', name, {body: 'shelfmark probe 4', headers: {'if-match': current}})).status;
		const ifMatch = refused(stale) && ok(fresh);
		const locks = await probeLocks(dav, name);
		const swap = ifMatch && ifNoneMatch && stableEtag ? 'if-match' : locks ? 'lock' : undefined;
		return {put: true, propfind, ifMatch, ifNoneMatch, stableEtag, locks, ...(swap ? {swap} : {})};
	} finally {
		await dav.send('DELETE', name).catch(() => undefined); // Best effort: a leftover scratch file harms nothing
	}
}
