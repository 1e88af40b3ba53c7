import {readdirSync} from 'node:fs';
import {crx} from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import {defineConfig} from 'vite';
import {makeManifest, SIDE_PANEL, type Target} from './manifest.config.ts';
import {noWebAccessibleScripts} from './scripts/vite/no-web-accessible.ts';
import {localesPlugin} from './scripts/vite/locales-plugin.ts';
import {minifyContentScripts} from './scripts/vite/minify-content.ts';

/** Each site adapter's injected script (src/background/site-scripts.ts). */
const SITE_SCRIPTS = readdirSync('src/content/sites').map(file => `src/content/sites/${file}`);

/**
 * Origins e2e tests serve fixture pages from; only `--mode e2e` builds may reach them without a click. The test
 * browsers resolve book.douban.com to the fixture server, to show a site adapter injected on its own site.
 */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*', 'http://book.douban.com/*'];

export default defineConfig(({mode}) => {
	const target = (process.env.TARGET ?? 'chrome') as Target;
	const e2e = mode === 'e2e';
	return {
		plugins: [
			preact(), localesPlugin(),
			crx({
				manifest: makeManifest(target, e2e ? E2E_HOSTS : []), browser: target,
				contentScripts: {standaloneFiles: [
					'src/content/content-script.ts', 'src/content/harvest-script.ts', 'src/content/detect-script.ts',
					...SITE_SCRIPTS,
				]},
			}),
			noWebAccessibleScripts(), minifyContentScripts(),
		],
		define: {__E2E__: JSON.stringify(e2e)},
		build: {
			outDir: `${process.env.DIST_DIR ?? 'dist'}/${e2e ? `${target}-e2e` : target}`,
			emptyOutDir: true,
			target: ['chrome123', 'firefox128'],
			sourcemap: false,
			modulePreload: false,
			rollupOptions: {
				input: {
					sidepanel: SIDE_PANEL, // Firefox's sidebar_action is not an entry crxjs knows
					// Chrome parses fetched pages there (src/background/fetch-details.ts)
					...(target === 'chrome' ? {offscreen: 'src/offscreen/index.html'} : {}),
				},
				// Preact's runtime in a chunk of its own name: web-ext lint's one warning (innerHTML, its
				// dangerouslySetInnerHTML support, which Shelfmark never uses) then names Preact, not one of our files.
				output: {
					manualChunks: (id: string) => (/[\\/]node_modules[\\/]preact[\\/]/.test(id) ? 'preact' : undefined),
					// crxjs emits the background as a chunk whose hash came out different when the same sources
					// were built in another folder (same bytes): named without a hash, the build is the same wherever
					// it runs.
					chunkFileNames: chunk => (chunk.facadeModuleId?.endsWith('/src/background/main.ts')
						? 'assets/background.js' : 'assets/[name]-[hash].js'),
				},
			},
		},
		legacy: {},
	};
});
