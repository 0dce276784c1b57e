// esbuild settings shared by the CLI's bundle and the benchmark's bare Ink "hello",
// so that the two are built alike and compared fairly.

/** Options for a Node ESM bundle split into lazily loaded chunks. */
export const bundleOptions = {
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	minifyWhitespace: true,
	// Ink imports react-devtools-core only when DEV=true; never bundle it.
	external: ['react-devtools-core'],
	define: {'process.env.NODE_ENV': '"production"'},
	banner: {
		js: [
			'#!/usr/bin/env node',
			"import {createRequire as __yuelanCreateRequire} from 'node:module';",
			'const require = __yuelanCreateRequire(import.meta.url);',
		].join('\n'),
	},
	logLevel: 'warning',
};
