import {configDefaults, defineConfig} from 'vitest/config';

/**
 * The browsers of this pass (scripts/e2e.mjs sets one); `*.firefox.spec.ts` is Firefox's alone (Firefox for
 * Android).
 */
const browsers = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',');

/**
 * End-to-end specs on the built extension in real browsers (scripts/e2e.mjs runs this once per browser).
 * No unit-test setup: nothing is mocked here. One file at a time: each launches a browser.
 */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.spec.ts'],
		exclude: [...configDefaults.exclude, ...(browsers.includes('firefox') ? [] : ['tests/e2e/**/*.firefox.spec.ts'])],
		environment: 'node',
		fileParallelism: false,
		maxWorkers: 1,
		testTimeout: 60_000,
		hookTimeout: 90_000,
		teardownTimeout: 30_000,
		retry: 0,
	},
});
