import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 20_000,
		// Ink renders only the last frame when CI is set; view tests need live frames.
		env: {CI: undefined as unknown as string},
	},
});
