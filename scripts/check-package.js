// Checks the npm package as users get it: packs the tarball, checks its file list and
// size, installs it offline into an empty prefix with an empty cache (so it cannot
// pull a runtime dependency) and runs yuelan from an unrelated folder.
// Run after a build (`npm test` builds; `npm run check-package` alone expects dist/).
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** Packed and unpacked size limits: the bundle and data/ are about 0.7 MB and 2.2 MB today. */
const maxPacked = 1_200_000;
const maxUnpacked = 3_500_000;
/** Every shipped file matches one of these; anything else (sources, tests, lock, patches, devtools) fails. */
const allowed = [/^dist\/[\w.-]+\.js$/, /^data\/[^/]+\.txt$/, /^(package\.json|readme\.md|LICENSE)$/];
const required = ['dist/cli.js', 'dist/load-worker.js', 'package.json', 'readme.md', 'LICENSE'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'yuelan-package-'));
const failures = [];
const check = (ok, message) => {
	if (!ok) {
		failures.push(message);
	}
};

try {
	if (!existsSync(path.join(root, 'dist/cli.js'))) {
		throw new Error('dist/ is missing: build first (npm run build)');
	}

	const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
	const runtime = Object.keys(manifest.dependencies ?? {});
	check(runtime.length === 0, `runtime dependencies ${runtime.join(', ')}: esbuild bundles libraries into dist/, so they belong in devDependencies (readme: a lean package)`);

	// --ignore-scripts: pack the dist/ just built instead of building again.
	const [pack] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work, root], {encoding: 'utf8'}));
	const files = pack.files.map(file => file.path);
	const stray = files.filter(file => !allowed.some(pattern => pattern.test(file)));
	check(stray.length === 0, `files that should not ship: ${stray.join(', ')}`);
	const missing = required.filter(file => !files.includes(file));
	check(missing.length === 0, `files missing from the package: ${missing.join(', ')}`);
	check(files.some(file => file.startsWith('data/')), 'data/ is missing from the package');
	check(pack.size <= maxPacked, `tarball is ${pack.size} bytes, over ${maxPacked}`);
	check(pack.unpackedSize <= maxUnpacked, `unpacked package is ${pack.unpackedSize} bytes, over ${maxUnpacked}`);
	console.log(`package: ${files.length} files, ${(pack.size / 1e6).toFixed(2)} MB packed, ${(pack.unpackedSize / 1e6).toFixed(2)} MB unpacked`);

	const prefix = path.join(work, 'prefix');
	const environment = {...process.env, npm_config_cache: path.join(work, 'cache'), npm_config_update_notifier: 'false'};
	const started = performance.now();
	execFileSync('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, path.join(work, pack.filename)], {env: environment, stdio: ['ignore', 'ignore', 'inherit']});
	console.log(`offline install into an empty prefix: ${Math.round(performance.now() - started)} ms`);
	const installed = path.join(prefix, 'lib/node_modules/yuelan');
	check(!existsSync(path.join(installed, 'node_modules')), 'the installed package pulled dependencies');

	const elsewhere = mkdtempSync(path.join(work, 'elsewhere-'));
	const yuelan = (...args) => execFileSync(path.join(prefix, 'bin/yuelan'), args, {cwd: elsewhere, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
	check(yuelan('--version').trim() === manifest.version, `--version does not print ${manifest.version}`);
	const list = yuelan('--list').trim().split('\n');
	const bundled = files.filter(file => file.startsWith('data/')).length;
	check(list.length === bundled + 1, `--list shows ${list.length - 1} documents, not the ${bundled} bundled`);
	const id = list[list.length - 1].split(/\s+/)[0];
	const title = list[list.length - 1].split(/\s{2,}/).at(-1);
	check(yuelan('--print', id, '--width', '200').startsWith(title), `--print ${id} does not start with its title ${title}`);
} catch (error) {
	failures.push(error.message);
} finally {
	rmSync(work, {recursive: true, force: true});
}

if (failures.length > 0) {
	console.error(failures.map(failure => `check-package: ${failure}`).join('\n'));
	process.exit(1);
}

console.log('check-package: the tarball installs without dependencies and runs from another folder');
