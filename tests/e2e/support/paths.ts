import {existsSync} from 'node:fs';
import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The project root, whatever directory the runner started in. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where e2e screenshots go (git-ignored; the README copies the ones it shows). */
/** A host with a site adapter that the test browsers resolve to the fixture server (127.0.0.1). */
export const SITE_HOST = 'book.douban.com';

export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/** The e2e build of a target: fixture origins in its host permissions (vite.config.ts, `--mode e2e`). */
export function e2eBuild(target: 'chrome' | 'firefox'): string {
	// DIST_DIR lets several people build and test side by side without overwriting each other's build.
	const dir = path.join(process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(ROOT, 'dist'), `${target}-e2e`);
	if (!existsSync(path.join(dir, 'manifest.json'))) {
		throw new Error(`${dir} is missing: run \`npm run build\` first (it builds the e2e variants too)`);
	}
	return dir;
}

/** A browser binary, or a clear failure naming the apt package: e2e never skips a missing browser. */
export function requireBinary(file: string, aptPackage: string): string {
	if (!existsSync(file)) {
		throw new Error(`${file} not found: install it with \`apt-get install -y --no-install-recommends ${aptPackage}\``);
	}
	return file;
}

/** A fresh profile directory; pass it again to relaunch the same profile (restart journeys). */
export function tempProfile(prefix: string): Promise<string> {
	return mkdtemp(path.join(tmpdir(), `shelfmark-${prefix}-`));
}
