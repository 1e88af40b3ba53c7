import {copyFile, mkdtemp, rm} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {ROOT} from './paths.ts';
import {type FixtureServer, startFixtureServer} from './server.ts';

/** The post this project started from: third-party text, so it is served from a temp copy and never committed. */
const SEED = path.resolve(ROOT, '../shared/fixtures/seed-post.html');

export type SeedServer = {url: string; close(): Promise<void>};

/** Serves the shared seed post on 127.0.0.1; fails (never skips) when `../shared` is absent. */
export async function serveSeedPost(): Promise<SeedServer> {
	if (!existsSync(SEED)) throw new Error(`${SEED} not found: this journey needs the shared seed post`);
	const dir = await mkdtemp(path.join(tmpdir(), 'shelfmark-seed-'));
	await copyFile(SEED, path.join(dir, 'seed-post.html'));
	let server: FixtureServer;
	try {
		server = await startFixtureServer(dir);
	} catch (error) {
		await rm(dir, {recursive: true, force: true});
		throw error;
	}
	return {
		url: server.url('seed-post.html'),
		close: async () => {
			await server.close();
			await rm(dir, {recursive: true, force: true});
		},
	};
}
