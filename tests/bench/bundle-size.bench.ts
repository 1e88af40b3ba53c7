import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import type {Bench} from './figure.ts';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/chrome');

const gzipKb = (files: Iterable<string>) =>
	[...files].reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0) / 1000;

/** Relative specifiers of static imports in a built ES module (`import{a}from"./x.js"`, `import"./y.js"`). */
function staticImports(file: string): string[] {
	const code = readFileSync(file, 'utf8');
	return [...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+\.js)["']/g)].map(match => match[1]!);
}

/** Every JS and CSS file an HTML entry loads at startup: its scripts, their static imports, its stylesheets. */
export function entryFiles(html: string): Set<string> {
	const source = readFileSync(path.join(DIST, html), 'utf8');
	const resolve = (from: string, ref: string) =>
		ref.startsWith('/') ? path.join(DIST, ref) : path.resolve(path.dirname(from), ref);
	const files = new Set<string>();
	const htmlFile = path.join(DIST, html);
	const queue = [...source.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(match => resolve(htmlFile, match[1]!));
	for (const match of source.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g)) {
		files.add(resolve(htmlFile, (match[1] ?? match[2])!));
	}
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (files.has(file)) continue;
		files.add(file);
		queue.push(...staticImports(file).map(ref => resolve(file, ref)));
	}
	return files;
}

/** Scripts the background injects into pages (crxjs standaloneFiles output), each loaded on its own. */
function contentScripts(): string[] {
	const dir = path.join(DIST, 'src', 'content');
	return readdirSync(dir).filter(name => name.endsWith('.js')).sort();
}

/** The extractor plus the largest site adapter script, as captureTab injects them together. */
function largestExtraction(): number {
	const sites = path.join(DIST, 'src', 'content', 'sites');
	const largest = Math.max(...readdirSync(sites).map(name => gzipKb([path.join(sites, name)])));
	return gzipKb([path.join(DIST, 'src', 'content', 'content-script.js')]) + largest;
}

/** Gzip sizes of what each context loads, from the release build in dist/chrome. */
const bundleSizes: Bench = async () => {
	if (!existsSync(path.join(DIST, 'manifest.json'))) throw new Error('dist/chrome is missing: run npm run build');
	return [
		{name: 'popup JS+CSS gzip', value: gzipKb(entryFiles('src/popup/index.html')), unit: 'KB', budget: 35},
		{name: 'options JS+CSS gzip', value: gzipKb(entryFiles('src/options/index.html')), unit: 'KB', budget: null},
		// Each is injected alone, except the extractor (content-script.js, run on every popup open), which a site
		// adapter's script precedes on that site: the 15 KB budget is the extractor's with the largest adapter.
		...contentScripts().map(name => ({
			name: `${name} gzip`, value: gzipKb([path.join(DIST, 'src', 'content', name)]), unit: 'KB', budget: null,
		})),
		{name: 'extractor + largest site adapter gzip (most injected into one page)', value: largestExtraction(), unit: 'KB', budget: 15},
	];
};

export default bundleSizes;
