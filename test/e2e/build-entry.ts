import {build} from 'esbuild';

/** Where the stand-in entry is bundled; inside the package, so `defaultDataDir` finds data/. */
export const standInCli = 'node_modules/.cache/yuelan-e2e/cli.js';

/**
 * Bundles test/e2e/entry.tsx like scripts/bundle.js bundles the CLI (splitting keeps
 * Ink's optional devtools import lazy). Used until cli.tsx opens the reader.
 */
export async function buildStandIn(): Promise<string> {
	await build({
		entryPoints: {cli: 'test/e2e/entry.tsx'},
		outdir: 'node_modules/.cache/yuelan-e2e',
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		jsx: 'automatic',
		minifyWhitespace: true,
		external: ['react-devtools-core'],
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: "import {createRequire as __cr} from 'node:module';\nconst require = __cr(import.meta.url);"},
		logLevel: 'warning',
	});
	return standInCli;
}
