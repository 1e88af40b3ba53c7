import {chmodSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {htpasswdLine} from './apache.ts';
import {freePort, requireFiles, startServer, type Credentials, type DavServer} from './server-process.ts';

const DAV_EXT = '/usr/lib/nginx/modules/ngx_http_dav_ext_module.so';
const PACKAGES = 'nginx-light libnginx-mod-http-dav-ext';

export type NginxOptions = {
	auth?: Credentials;
	/**
	 * WebDAV locks (`dav_ext_lock`, LOCK and UNLOCK), as in the dav-ext README and the guides for Finder and
	 * Windows clients (default true). nginx ignores If-Match on PUT, so without locks the manifest cannot be
	 * swapped safely and Shelfmark refuses the server (SYNC_NO_ATOMIC_WRITE).
	 */
	locks?: boolean;
};

/**
 * The config a user copies from the nginx and dav-ext docs: `dav_methods` for writes, `dav_ext_methods` for
 * PROPFIND and OPTIONS (and LOCK, UNLOCK), basic auth. No `create_full_put_path`: a PUT into a missing folder
 * then fails (nginx answers 500) and the client must MKCOL first, which the transport does.
 */
function config(dir: string, data: string, port: number, options: NginxOptions): string {
	const locks = options.locks ?? true;
	return `load_module ${DAV_EXT};
daemon off;
worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 256; }
http {
	access_log off;
	client_body_temp_path ${dir}/body;
	${['proxy', 'fastcgi', 'uwsgi', 'scgi'].map(name => `${name}_temp_path ${dir}/${name};`).join(' ')}
	${locks ? 'dav_ext_lock_zone zone=shelfmark:1m;' : ''}
	server {
		listen 127.0.0.1:${port};
		location / {
			root ${data};
			dav_methods PUT DELETE MKCOL COPY MOVE;
			dav_ext_methods PROPFIND OPTIONS${locks ? ' LOCK UNLOCK' : ''};
			${locks ? 'dav_ext_lock zone=shelfmark;' : ''}
			${options.auth ? `auth_basic shelfmark;\n\t\t\tauth_basic_user_file ${dir}/htpasswd;` : ''}
		}
	}
}
`;
}

/** Starts nginx with Debian's dav-ext module in the foreground on a free loopback port. */
export async function startNginx(options: NginxOptions = {}): Promise<DavServer> {
	requireFiles(['/usr/sbin/nginx', DAV_EXT], PACKAGES);
	const dir = mkdtempSync(path.join(tmpdir(), 'shelfmark-nginx-'));
	chmodSync(dir, 0o755);
	const data = path.join(dir, 'dav');
	mkdirSync(data);
	mkdirSync(path.join(dir, 'body'));
	if (options.auth) writeFileSync(path.join(dir, 'htpasswd'), htpasswdLine(options.auth));
	const port = await freePort();
	writeFileSync(path.join(dir, 'nginx.conf'), config(dir, data, port, options));
	return startServer({
		name: 'nginx', command: '/usr/sbin/nginx',
		args: ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-e', path.join(dir, 'error.log')],
		url: `http://127.0.0.1:${port}/`, dataDir: data, dir, log: path.join(dir, 'error.log'),
	});
}
