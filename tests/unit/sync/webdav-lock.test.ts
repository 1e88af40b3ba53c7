import {describe, expect, test} from 'vitest';
import type {DavAnswer} from '../../../src/sync/transports/webdav.ts';
import {FOLDER, LOCK_MARGIN_MS, withLock, type DavSender} from '../../../src/sync/transports/webdav-lock.ts';
import {probeWebdav} from '../../../src/sync/transports/webdav-probe.ts';

/**
 * A server that answers from a script, for what no packaged server does: locks that do not exclude (as
 * Nextcloud's FakeLockerPlugin grants Finder), a lease shorter than the margin, a lock without a token.
 */
function scripted(answer: (method: string, path: string) => Partial<DavAnswer> & {lockToken?: string}) {
	const seen: string[] = [];
	const sender: DavSender & {writeFile(path: string, body: string): Promise<void>} = {
		async send(method, path, init) {
			seen.push(`${method} ${path}${init?.headers?.['lock-token'] ? ` ${init.headers['lock-token']}` : ''}`);
			const {lockToken, ...rest} = answer(method, path);
			return {status: 200, text: '', ...rest, headers: new Headers(lockToken ? {'lock-token': lockToken} : {})};
		},
		async writeFile(path) {
			seen.push(`PUT ${path}`);
		},
	};
	return {sender, seen};
}

const granted = (seconds: number) => `<D:prop xmlns:D="DAV:"><D:lockdiscovery><D:activelock><D:timeout>Second-${seconds}</D:timeout></D:activelock></D:lockdiscovery></D:prop>`;

describe('WebDAV locks', () => {
	test('a server whose every LOCK succeeds (a fake lock) is not taken for one: the probe refuses it', async () => {
		const {sender} = scripted(method => (method === 'LOCK'
			? {status: 200, lockToken: '<urn:fake>', text: granted(60)}
			: method === 'PROPFIND' ? {status: 207} : {status: 204}));
		const found = await probeWebdav(sender);
		expect(found).toMatchObject({ifMatch: false, ifNoneMatch: false, locks: false});
		expect(found).not.toHaveProperty('swap');
	});

	test('another device holding the lock is waited for; the lock taken is released with its token', async () => {
		let tries = 0;
		const {sender, seen} = scripted(method => (method === 'LOCK'
			? (++tries < 3 ? {status: 423} : {status: 200, lockToken: '<urn:mine>', text: granted(60)})
			: {status: 204}));
		expect(await withLock(sender, 'manifest.lock', async remaining => remaining())).toBeGreaterThan(50_000);
		expect(seen).toEqual(['LOCK manifest.lock', 'LOCK manifest.lock', 'LOCK manifest.lock', 'UNLOCK manifest.lock <urn:mine>']);
	});

	test('a lease shorter than the margin abandons the swap as a conflict (re-read, re-merge), and still unlocks', async () => {
		const {sender, seen} = scripted(method => (method === 'LOCK'
			? {status: 200, lockToken: '<urn:short>', text: granted(LOCK_MARGIN_MS / 1000)}
			: {status: 204}));
		let wrote = false;
		await expect(withLock(sender, 'manifest.lock', async remaining => {
			remaining();
			wrote = true;
		})).rejects.toMatchObject({code: 'SYNC_CONFLICT'});
		expect(wrote).toBe(false);
		expect(seen.at(-1)).toBe('UNLOCK manifest.lock <urn:short>');
	});

	test('a missing folder is created once; a lock granted without a token is a bad remote', async () => {
		let locks = 0;
		const {sender, seen} = scripted(method => (method === 'LOCK'
			? (++locks === 1 ? {status: 409} : {status: 200})
			: {status: 201}));
		await expect(withLock(sender, 'manifest.lock', async () => undefined)).rejects
			.toMatchObject({code: 'SYNC_BAD_REMOTE'});
		expect(seen).toEqual(['LOCK manifest.lock', 'MKCOL ', 'LOCK manifest.lock']);
	});

	test('a folder mutex: made (201) is held and removed after; 405 or 423 is another device, waited for', async () => {
		let tries = 0;
		const {sender, seen} = scripted(method => (method === 'MKCOL'
			? {status: ++tries === 1 ? 423 : tries === 2 ? 405 : 201}
			: method === 'PROPFIND' ? {status: 404} : {status: 204}));
		expect(await withLock(sender, 'manifest.swap/', async remaining => remaining(), FOLDER))
			.toBeGreaterThan(50_000);
		expect(seen).toEqual(['MKCOL manifest.swap/', 'PROPFIND manifest.swap/', 'MKCOL manifest.swap/', 'PROPFIND manifest.swap/',
			'MKCOL manifest.swap/', 'DELETE manifest.swap/']);
	});

	test('a folder mutex where MKCOL is forbidden and no folder exists is SYNC_FORBIDDEN at once, not a wait', async () => {
		const {sender, seen} = scripted(method => (method === 'MKCOL' ? {status: 403} : {status: 404}));
		const started = Date.now();
		await expect(withLock(sender, 'manifest.swap/', async () => undefined, FOLDER)).rejects
			.toMatchObject({code: 'SYNC_FORBIDDEN'});
		expect(Date.now() - started).toBeLessThan(1_000);
		expect(seen).toEqual(['MKCOL manifest.swap/', 'PROPFIND manifest.swap/', 'MKCOL manifest.swap/', 'PROPFIND manifest.swap/']);
	});
});
