import preact from '@preact/preset-vite';
import {defineConfig} from 'vitest/config';

export default defineConfig({
	plugins: [preact()],
	test: {
		include: ['tests/unit/**/*.test.{ts,tsx}'],
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts'],
		testTimeout: 30_000,
	},
});
