import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 20_000,
		setupFiles: ['test/helpers/yield-between-tests.ts'],
		// Ink renders only the last frame when CI is set; view tests need live frames.
		env: {CI: undefined as unknown as string},
	},
});
