import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';

/** A WebDAV server on 127.0.0.1 that a test started and owns: its base URL, its files on disk, and its end. */
export type DavServer = {url: string; dataDir: string; stop(): Promise<void>};

export type Credentials = {user: string; password: string};

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const {port} = server.address() as {port: number};
			server.close(() => resolve(port));
		});
	});
}

/**
 * Throws when a file the server needs is missing, naming the Debian package: a test that cannot start its
 * server fails with the fix in its message, it never skips.
 */
export function requireFiles(files: string[], packages: string): void {
	const missing = files.filter(file => !existsSync(file));
	if (missing.length > 0) {
		throw new Error(`${missing.join(', ')} not found: install it with \`apt-get install --no-install-recommends ${packages}\` (README "Testing")`);
	}
}

async function waitUntilUp(name: string, url: string, child: ChildProcess, log: string): Promise<void> {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}; see ${log}`);
		try {
			await fetch(url, {method: 'OPTIONS'});
			return;
		} catch {
			await new Promise(resolve => setTimeout(resolve, 50)); // Not listening yet
		}
	}
	throw new Error(`${name} did not start; see ${log}`);
}

/**
 * Spawns `command` in the foreground, waits until `url` answers, and returns the server with a stop that cleans `dir`.
 */
export async function startServer(
	options: {name: string; command: string; args: string[]; url: string; dataDir: string; dir: string; log: string},
): Promise<DavServer> {
	const {name, url, dataDir, dir, log} = options;
	const child = spawn(options.command, options.args, {stdio: 'ignore'});
	const spawned = new Promise<void>((resolve, reject) => {
		child.once('spawn', resolve);
		child.once('error', reject);
	});
	await spawned;
	try {
		await waitUntilUp(name, url, child, log);
	} catch (error) {
		child.kill('SIGKILL');
		throw error;
	}
	return {
		url,
		dataDir,
		async stop() {
			if (child.exitCode === null && child.signalCode === null) {
				const exited = new Promise(resolve => child.once('exit', resolve));
				child.kill('SIGTERM');
				await exited;
			}
			rmSync(dir, {recursive: true, force: true});
		},
	};
}
