import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {minify} from 'terser';
import {minify as compress, type Plugin} from 'vite';

/**
 * The scripts injected into pages are minified a second time with terser, whose output gzips about 130 B smaller
 * than the bundler's own minifier's on the extractor, then compressed once more by the bundler's minifier without
 * renaming (it writes comparisons and strings in forms that gzip 14 B smaller on the extractor), then by both once
 * more without renaming (6 B); each step kept only where it does. The extractor and its largest adapter are held to
 * 15 KB gzip (DESIGN, budgets).
 */
export function minifyContentScripts(): Plugin {
	let outDir = '';
	return {
		name: 'shelfmark:minify-content',
		apply: 'build',
		enforce: 'post',
		configResolved(config) {
			outDir = path.resolve(config.root, config.build.outDir);
		},
		async writeBundle() {
			const dir = path.join(outDir, 'src/content');
			const files = readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter(f => f.endsWith('.js'));
			for (const file of files) {
				const full = path.join(dir, file);
				const code = readFileSync(full, 'utf8');
				// `unsafe` turns `String(x)` into `x + ''`, `new RegExp` into `RegExp`, and joins constant word
				// lists: the same for every value this code handles (no Symbols, no objects with a toString).
				// `unsafe_arrows` writes a function expression that reads no `this` nor `arguments` as an arrow (the
				// bundle's own wrapper among them): none of these scripts constructs one with `new` or reads its
				// prototype.
				const options = {
					ecma: 2020, compress: {passes: 3, unsafe: true, unsafe_arrows: true}, format: {quote_style: 1},
					toplevel: true,
				} as const;
				const out = (await minify(code, options)).code;
				const again = out && await compress(file, out, {mangle: false});
				const first = again && !again.errors.length && again.code;
				// (and once more each, names kept: terser folds what the bundler's forms expose)
				const twice = first && (await minify(first, {...options, mangle: false})).code;
				const last = twice && await compress(file, twice, {mangle: false});
				const tries = [code, out, first, last && !last.errors.length && last.code];
				const best = tries.filter((c): c is string => !!c)
					.reduce((a, b) => (gzipSync(b).length < gzipSync(a).length ? b : a));
				if (best !== code) writeFileSync(full, best);
			}
		},
	};
}
