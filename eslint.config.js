import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import codeWidth from './scripts/eslint/code-width.mjs';
import layers from './scripts/eslint/layers.mjs';

const shelfmark = {rules: {...layers.rules, ...codeWidth.rules}};

const pureFolders = ['src/core/**', 'src/extract/**', 'src/formats/**', 'src/sync/engine/**'];

export default tseslint.config(
	{ignores: ['dist/**', 'artifacts/**', 'node_modules/**', 'coverage/**', '.tmp/**']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: {globals: {...globals.browser, ...globals.node}},
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
			'@typescript-eslint/no-explicit-any': 'error',
			'no-restricted-imports': ['error', {paths: [{name: 'idb', message: 'Only src/storage opens IndexedDB.'}]}],
		},
	},
	{plugins: {shelfmark}, rules: {'shelfmark/code-width': 'error'}},
	{
		files: ['src/**'],
		rules: {'shelfmark/layers': 'error'},
	},
	{
		files: ['src/storage/**', 'tests/**'],
		rules: {'no-restricted-imports': 'off'},
	},
	{
		// Pure modules take what they need as arguments: no extension APIs, no page globals (DESIGN §2).
		files: pureFolders,
		rules: {
			'no-restricted-imports': ['error', {paths: ['webextension-polyfill', 'idb', 'preact']}],
			'no-restricted-globals': ['error', 'document', 'location', 'window', 'chrome', 'browser', 'navigator',
				'localStorage', 'indexedDB'],
		},
	},
);
