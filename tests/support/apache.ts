import {spawn, type ChildProcess} from 'node:child_process';
import {createHash} from 'node:crypto';
import {chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** A real Apache mod_dav server on 127.0.0.1, owned by the test (TOOLCHAIN.md: the only one that honours If-Match). */
export type Apache = {url: string; dataDir: string; stop(): Promise<void>};

const MODULES = '/usr/lib/apache2/modules';

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const {port} = server.address() as {port: number};
			server.close(() => resolve(port));
		});
	});
}

function config(dir: string, data: string, port: number, auth?: {user: string; password: string}): string {
	const modules = ['mpm_event', 'authz_core', 'dav', 'dav_fs', 'mime', ...(auth ? ['auth_basic', 'authn_core', 'authn_file', 'authz_user'] : [])];
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

async function waitUntilUp(url: string, child: ChildProcess, log: string): Promise<void> {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`apache2 exited with ${child.exitCode}; see ${log}`);
		try {
			await fetch(url, {method: 'OPTIONS'});
			return;
		} catch {
			await new Promise(resolve => setTimeout(resolve, 50)); // Not listening yet
		}
	}
	throw new Error(`apache2 did not start; see ${log}`);
}

/** Starts `apache2 -DFOREGROUND` on a free loopback port; `auth` adds HTTP basic auth. */
export async function startApache(options: {auth?: {user: string; password: string}} = {}): Promise<Apache> {
	const dir = mkdtempSync(path.join(tmpdir(), 'shelfmark-dav-'));
	const data = path.join(dir, 'dav');
	chmodSync(dir, 0o755); // Workers run as www-data and must reach the data dir
	mkdirSync(data);
	writeFileSync(path.join(dir, 'mime.types'), '');
	mkdirSync(path.join(dir, 'lock'));
	if (process.getuid?.() === 0) for (const owned of [data, path.join(dir, 'lock')]) chownSync(owned, 33, 33); // www-data
	const {auth} = options;
	if (auth) writeFileSync(path.join(dir, 'htpasswd'), `${auth.user}:{SHA}${createHash('sha1').update(auth.password).digest('base64')}\n`);
	const port = await freePort();
	writeFileSync(path.join(dir, 'httpd.conf'), config(dir, data, port, auth));
	const child = spawn('apache2', ['-f', path.join(dir, 'httpd.conf'), '-DFOREGROUND'], {stdio: 'ignore'});
	const url = `http://127.0.0.1:${port}/`;
	await waitUntilUp(url, child, path.join(dir, 'error.log'));
	return {
		url,
		dataDir: data,
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise(resolve => child.once('exit', resolve));
				child.kill('SIGTERM');
				await exited;
			}
			rmSync(dir, {recursive: true, force: true});
		},
	};
}
