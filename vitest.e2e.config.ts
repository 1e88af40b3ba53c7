import {defineConfig} from 'vitest/config';

/**
 * End-to-end specs on the built extension in real browsers (scripts/e2e.mjs runs this once per browser).
 * No unit-test setup: nothing is mocked here. One file at a time: each launches a browser.
 */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.spec.ts'],
		environment: 'node',
		fileParallelism: false,
		maxWorkers: 1,
		testTimeout: 60_000,
		hookTimeout: 90_000,
		teardownTimeout: 30_000,
		retry: 0,
	},
});
