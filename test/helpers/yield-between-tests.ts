import {afterEach} from 'vitest';

// Tests that run the CLI with spawnSync hold the worker's event loop; a file of them can
// outlast vitest's 60-second RPC timer, which then fires before the reply it waits for is
// read ("Timeout calling onTaskUpdate"). A turn of the event loop after each test reads it.
afterEach(async () => {
	await new Promise(resolve => {
		setImmediate(resolve);
	});
});
