import {mkdirSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {freePort, requireFiles, startServer, type Credentials, type DavServer} from './server-process.ts';

/**
 * `rclone serve webdav` over a local folder (Debian's rclone 1.60), as a user serves a cloud drive or a NAS
 * folder: it ignores If-Match on PUT but keeps exclusive WebDAV locks in memory.
 */
export async function startRclone(options: {auth?: Credentials} = {}): Promise<DavServer> {
	requireFiles(['/usr/bin/rclone'], 'rclone');
	const dir = mkdtempSync(path.join(tmpdir(), 'shelfmark-rclone-'));
	const data = path.join(dir, 'dav');
	mkdirSync(data);
	const port = await freePort();
	const log = path.join(dir, 'rclone.log');
	const auth = options.auth ? ['--user', options.auth.user, '--pass', options.auth.password] : [];
	// Tests age a blob by changing its mtime on disk (orphan collection); rclone would serve its cached listing
	// (--dir-cache-time, 5 min by default) and never see it. Writes through rclone itself are seen either way.
	const fresh = ['--dir-cache-time', '1ms'];
	return startServer({
		name: 'rclone', command: '/usr/bin/rclone',
		args: ['serve', 'webdav', data, '--addr', `127.0.0.1:${port}`, '--config', '/dev/null', '--log-file', log, ...fresh, ...auth],
		url: `http://127.0.0.1:${port}/`, dataDir: data, dir, log,
	});
}
