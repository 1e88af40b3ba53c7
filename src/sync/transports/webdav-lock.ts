import {SyncError, TransientError, httpError} from '../errors.ts';
import {parseMultistatus} from './multistatus.ts';
import type {DavAnswer} from './webdav.ts';

/** The part of the WebDAV transport a lock needs: one raw request relative to the folder. */
export type DavSender = {
	send(method: string, path: string, init?: {body?: string; headers?: Record<string, string>}): Promise<DavAnswer>;
};

/** Asked of the server; nginx dav-ext grants its zone's timeout (default 60 s) whatever is asked. */
export const LOCK_SECONDS = 60;
/** How long to wait for another device's lock before giving up as transient (SYNC_LOCKED). */
export const LOCK_WAIT_MS = 5_000;
/**
 * The critical section (re-read the manifest, PUT it) must end this long before the lock expires: past that,
 * another device may take the lock, so the swap is abandoned (SYNC_CONFLICT: re-read, re-merge, retry).
 */
export const LOCK_MARGIN_MS = 5_000;

const LOCKINFO = '<?xml version="1.0" encoding="utf-8"?>\n<D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope>'
	+ '<D:locktype><D:write/></D:locktype><D:owner>Shelfmark sync</D:owner></D:lockinfo>';

export const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

export type Lock = {token: string; expires: number};

/**
 * One exclusive write LOCK request: the lock, or 'held' when another client has it (423). A missing folder
 * answers 409 (Apache, rclone) or 404/500 (nginx): the caller creates it and asks again.
 */
export async function lock(dav: DavSender, path: string): Promise<Lock | 'held' | 'no-folder'> {
	const asked = Date.now();
	const answer = await dav.send('LOCK', path, {
		body: LOCKINFO,
		headers: {'content-type': 'application/xml; charset=utf-8', timeout: `Second-${LOCK_SECONDS}`, depth: '0'},
	});
	if (answer.status === 423) return 'held';
	if (answer.status === 409 || answer.status === 404 || answer.status === 500) return 'no-folder';
	const token = answer.headers.get('lock-token');
	if (answer.status < 200 || answer.status > 299) throw httpError(answer.status, `LOCK ${path}`);
	if (!token) throw new SyncError('SYNC_BAD_REMOTE', `LOCK ${path}: the server granted a lock without a Lock-Token`);
	const granted = /<(?:\w+:)?timeout>\s*Second-(\d+)/i.exec(answer.text);
	return {token, expires: asked + (granted ? Math.min(Number(granted[1]), LOCK_SECONDS) : LOCK_SECONDS) * 1000};
}

export async function unlock(dav: DavSender, path: string, held: Lock): Promise<void> {
	await dav.send('UNLOCK', path, {headers: {'lock-token': held.token}});
}

/**
 * A folder made with MKCOL as a mutex. Apache mod_dav checks If-Match and existing locks, then writes, holding
 * nothing in between, so two requests at the same moment both pass (measured on loopback: two of three concurrent
 * If-Match PUTs succeeded in 1 trial of 5, two exclusive LOCKs were granted in 1 of 10). Its MKCOL is mkdir(2),
 * which exactly one caller wins. A folder left by a device killed inside is taken as abandoned once it is
 * LOCK_SECONDS old on the server's clock (its last-modified against its Date), as a WebDAV lock would expire.
 */
export async function makeFolder(dav: DavSender, path: string): Promise<Lock | 'held' | 'no-folder'> {
	for (let tries = 0; ; tries++) {
		const asked = Date.now();
		const {status} = await dav.send('MKCOL', path);
		if (status === 201) return {token: '', expires: asked + LOCK_SECONDS * 1000};
		if (status === 409) return 'no-folder';
		// 405: it exists. Apache answers 403 to those who lose a race to make it; Nextcloud 423 while another holds it
		if (status !== 405 && status !== 403 && status !== 423) throw httpError(status, `MKCOL ${path}`);
		const found = await dav.send('PROPFIND', path, {headers: {depth: '0'}});
		if (found.status === 207) {
			const now = Date.parse(found.headers.get('date') ?? '');
			const made = parseMultistatus(found.text)[0]?.modified ?? Number.NaN;
			if (now - made > LOCK_SECONDS * 1000) await dav.send('DELETE', path);
			return 'held';
		}
		if (status !== 403) return 'held'; // Released meanwhile
		// A 403 with no folder there, twice: folders cannot be made here at all (a race loser would find one)
		if (tries > 0) throw httpError(status, `MKCOL ${path}`);
	}
}

export async function removeFolder(dav: DavSender, path: string): Promise<void> {
	await dav.send('DELETE', path);
}

/**
 * How a mutex is taken and given back: a WebDAV lock (`lock`, `unlock`) or a folder (`makeFolder`, `removeFolder`);
 * `method` names the request that takes it, in errors.
 */
export type Mutex = {
	method: string;
	take: (dav: DavSender, path: string) => Promise<Lock | 'held' | 'no-folder'>;
	release: (dav: DavSender, path: string, held: Lock) => Promise<void>;
};
export const DAV_LOCK: Mutex = {method: 'LOCK', take: lock, release: unlock};
export const FOLDER: Mutex = {method: 'MKCOL', take: makeFolder, release: removeFolder};

/**
 * Runs `work` holding the mutex on `path` (an exclusive WebDAV lock by default), waiting (with jitter) while
 * another device holds it. `remainingMs()` is what is left of the lock minus the margin; it throws SYNC_CONFLICT
 * once that is gone. The mutex is released however `work` ends; a device killed inside leaves it to expire.
 */
export async function withLock<T>(
	dav: DavSender, path: string, work: (remainingMs: () => number) => Promise<T>, mutex = DAV_LOCK,
): Promise<T> {
	const giveUp = Date.now() + LOCK_WAIT_MS;
	let held: Lock | undefined;
	let madeFolder = false;
	for (let round = 0; !held; round++) {
		const got = await mutex.take(dav, path);
		if (got === 'no-folder') {
			if (madeFolder) throw new SyncError('SYNC_BAD_REMOTE', `${mutex.method} ${path}: the folder cannot be created`);
			await dav.send('MKCOL', '');
			madeFolder = true;
		} else if (got === 'held') {
			if (Date.now() > giveUp) throw new TransientError('SYNC_LOCKED',
				`${mutex.method} ${path}: another device has held it for ${LOCK_WAIT_MS / 1000} s`);
			await sleep(20 + Math.random() * Math.min(400, 25 * 2 ** round));
		} else {
			held = got;
		}
	}
	const lease = held;
	const remainingMs = () => {
		const left = lease.expires - LOCK_MARGIN_MS - Date.now();
		if (left <= 0) throw new SyncError('SYNC_CONFLICT', `${path}: the lock is about to expire; the swap is abandoned`);
		return left;
	};
	try {
		return await work(remainingMs);
	} finally {
		await mutex.release(dav, path, lease).catch(() => undefined); // Best effort: it expires on the server anyway
	}
}
