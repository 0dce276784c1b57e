// esbuild settings shared by the CLI's bundle and the benchmark's bare Ink "hello",
// so that the two are built alike and compared fairly.

/**
 * Ink imports its React devtools bridge only when DEV=true, and the bridge needs
 * react-devtools-core, which is not shipped. The import stays a dynamic import of a
 * file that does not exist, so no devtools chunk ships and Ink, as without
 * react-devtools-core, warns that devtools are unavailable.
 */
const inkWithoutDevtools = {
	name: 'ink-without-devtools',
	setup(build) {
		build.onResolve({filter: /^\.\/devtools\.js$/}, (args) =>
			/node_modules[\\/]ink[\\/]/.test(args.importer) ? {path: './devtools.js', external: true} : undefined,
		);
	},
};

/** Options for a Node ESM bundle split into lazily loaded chunks. */
export const bundleOptions = {
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// Node 20 has the v flag (V8 11.3), but esbuild 0.28 does not count it in for node20 and writes
	// v-flag literals as `new RegExp(…)`, built at module load. Kept as literals, they are still
	// checked as the module is parsed: string-width's costly one is made on first use by a patch
	// (scripts/bundle.js); the others cost next to nothing either way.
	supported: {'regexp-set-notation': true},
	jsx: 'automatic',
	minifyWhitespace: true,
	plugins: [inkWithoutDevtools],
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
