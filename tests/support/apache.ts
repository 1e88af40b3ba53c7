import {createHash} from 'node:crypto';
import {chmodSync, chownSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {freePort, requireFiles, startServer, type Credentials, type DavServer} from './server-process.ts';

/** A real Apache mod_dav server on 127.0.0.1, owned by the test: it honours If-Match (412) with `FileETag Digest`. */
export type Apache = DavServer;

const MODULES = '/usr/lib/apache2/modules';

function config(dir: string, data: string, port: number, auth?: Credentials): string {
	const modules = [
		'mpm_event', 'authz_core', 'dav', 'dav_fs', 'mime',
		...(auth ? ['auth_basic', 'authn_core', 'authn_file', 'authz_user'] : []),
	];
	const access = auth
		? `AuthType Basic\n\tAuthName shelfmark\n\tAuthBasicProvider file\n\tAuthUserFile ${dir}/htpasswd\n\tRequire valid-user`
		: 'Require all granted';
	return [
		'ServerRoot /etc/apache2', 'ServerName 127.0.0.1', `Listen 127.0.0.1:${port}`, `PidFile ${dir}/httpd.pid`,
		`Mutex file:${dir}`, `ErrorLog ${dir}/error.log`, 'LogLevel warn',
		...(process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : []),
		...modules.map(name => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`),
		`TypesConfig ${dir}/mime.types`, `DavLockDB ${dir}/lock/davlock`, 'FileETag Digest', `DocumentRoot ${data}`,
		`<Directory ${data}>\n\tDav On\n\t${access}\n</Directory>`, '',
	].join('\n');
}

/** An `htpasswd` line in the {SHA} scheme, which Apache and nginx both read. */
export function htpasswdLine(auth: Credentials): string {
	return `${auth.user}:{SHA}${createHash('sha1').update(auth.password).digest('base64')}\n`;
}

/** Starts `apache2 -DFOREGROUND` on a free loopback port; `auth` adds HTTP basic auth. */
export async function startApache(options: {auth?: Credentials} = {}): Promise<Apache> {
	requireFiles(['/usr/sbin/apache2', `${MODULES}/mod_dav_fs.so`], 'apache2');
	const dir = mkdtempSync(path.join(tmpdir(), 'shelfmark-dav-'));
	const data = path.join(dir, 'dav');
	chmodSync(dir, 0o755); // Workers run as www-data and must reach the data dir
	mkdirSync(data);
	writeFileSync(path.join(dir, 'mime.types'), '');
	mkdirSync(path.join(dir, 'lock'));
	if (process.getuid?.() === 0) {
		for (const owned of [data, path.join(dir, 'lock')]) chownSync(owned, 33, 33); // www-data
	}
	const {auth} = options;
	if (auth) writeFileSync(path.join(dir, 'htpasswd'), htpasswdLine(auth));
	const port = await freePort();
	writeFileSync(path.join(dir, 'httpd.conf'), config(dir, data, port, auth));
	return startServer({
		name: 'apache2', command: 'apache2', args: ['-f', path.join(dir, 'httpd.conf'), '-DFOREGROUND'],
		url: `http://127.0.0.1:${port}/`, dataDir: data, dir, log: path.join(dir, 'error.log'),
	});
}
