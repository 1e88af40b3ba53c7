import preact from '@preact/preset-vite';
import type {Plugin} from 'vite';
import {defineConfig} from 'vitest/config';

/**
 * `import file from './x.ts?script'` gives crxjs's built file name in the extension. In unit tests it must do the
 * same (a name), never run the content script inside the importing module.
 */
function scriptImports(): Plugin {
	const prefix = '\0script-name:';
	return {
		name: 'shelfmark:script-imports',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (!source.endsWith('?script')) return undefined;
			const resolved = await this.resolve(source.slice(0, -'?script'.length), importer, {skipSelf: true});
			return resolved ? prefix + resolved.id : undefined;
		},
		load: id => {
			if (!id.startsWith(prefix)) return undefined;
			const file = id.slice(prefix.length).replace(/^.*\/src\//, 'src/').replace(/\.ts$/, '.js');
			return `export default ${JSON.stringify(file)};`;
		},
	};
}

export default defineConfig({
	plugins: [scriptImports(), preact()],
	test: {
		include: ['tests/unit/**/*.test.{ts,tsx}'],
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts'],
		testTimeout: 30_000,
	},
});
