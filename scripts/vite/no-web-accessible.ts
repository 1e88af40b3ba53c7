import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Plugin} from 'vite';

type Manifest = {web_accessible_resources?: {resources: string[]}[]};

/**
 * crxjs lists every `?script` import under web_accessible_resources. `scripting.executeScript({files})` does not
 * need that, and a web-accessible file lets any page fingerprint the extension (DESIGN §4), so drop the entry.
 */
export function noWebAccessibleScripts(): Plugin {
	let outDir = '';
	return {
		name: 'shelfmark:no-web-accessible',
		apply: 'build',
		enforce: 'post',
		configResolved(config) {
			outDir = path.resolve(config.root, config.build.outDir);
		},
		writeBundle() {
			const file = path.join(outDir, 'manifest.json');
			const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
			const kept = (manifest.web_accessible_resources ?? [])
				.filter(entry => !entry.resources.every(r => r.startsWith('src/content/')));
			if (kept.length > 0) manifest.web_accessible_resources = kept;
			else delete manifest.web_accessible_resources;
			writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
		},
	};
}
