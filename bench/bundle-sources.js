// The benches run the TypeScript sources without a build step: esbuild bundles the exports
// they name (paths relative to the repository) into one ES module.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles `contents` (export statements over `./source/…`) to `outfile`; returns `outfile`. */
export async function bundleSources(contents, outfile) {
	await build({
		stdin: {contents, resolveDir: root, loader: 'ts'},
		outfile,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		logLevel: 'warning',
		// CommonJS libraries in the bundle (yaml) require node: modules, which an ES module must be given.
		banner: {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"},
	});
	return outfile;
}

/** Bundles `contents` into a temporary folder and imports it. */
export async function importSources(contents) {
	const folder = mkdtempSync(path.join(tmpdir(), 'yuelan-bench-'));
	try {
		return await import(pathToFileURL(await bundleSources(contents, path.join(folder, 'sources.js'))).href);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}
