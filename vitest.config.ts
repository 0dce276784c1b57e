import {tmpdir} from 'node:os';
import path from 'node:path';
import {defineConfig} from 'vitest/config';

// Tests, and the binaries they start, keep their reading memory and cache out of the real home.
const scratchHome = path.join(tmpdir(), 'yuelan-test-home');

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 20_000,
		// Most of the time goes to waiting on child processes and pseudo-terminals, not the CPU:
		// more workers than the default (cores - 1, one on a 2-core machine) halve the run.
		maxWorkers: 3,
		minWorkers: 1,
		setupFiles: ['test/helpers/yield-between-tests.ts'],
		// Ink renders only the last frame when CI is set; view tests need live frames.
		env: {CI: undefined as unknown as string, XDG_STATE_HOME: path.join(scratchHome, 'state'), XDG_CACHE_HOME: path.join(scratchHome, 'cache')},
	},
});
