// Bundles the CLI into dist/ with esbuild: one file starts ~3x faster than
// loading Ink's hundreds of ES modules. Dynamic imports become lazy chunks.
import {build} from 'esbuild';
import {bundleOptions} from './bundle-options.js';
import {rmSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';

/** Gives Ink and its measuring helpers our string-width (same answers, no segmenter pass per CJK character). */
const inkStringWidth = {
	name: 'ink-string-width',
	setup(build) {
		build.onResolve({filter: /^string-width$/}, (args) =>
			/node_modules[\\/](?:ink|widest-line|cli-truncate|wrap-ansi)[\\/]/.test(args.importer) ? {path: path.resolve('source/ui/ink-string-width.ts')} : undefined,
		);
	},
};

/**
 * Edits of libraries, applied to node_modules by patch-package on install
 * (patches/), so that tests run what users get:
 * - Ink 6.8's incremental renderer moves up one row too few after a frame that ends
 *   in a newline (any frame shorter than the terminal, which ours always is), so every
 *   redraw would land one row low;
 * - a 'resize' while stdout carries `yuelanFullRedraw` makes Ink forget its last frame
 *   and draw the whole of the next, as a narrower terminal does: the reader asks for it
 *   after a suspend, when the screen it returns to is blank (source/ui/terminal-session.ts);
 * - restore-cursor (under cli-cursor) writes ESC[?25h to stderr at exit even when stderr
 *   is a file; the reader shows the cursor itself, on the terminal;
 * - Ink 6.8 tokenizes every row of every frame again (its caches live one frame): one cache
 *   serves every frame, bounded, as a key redraws rows that are mostly the same strings;
 * - string-width's /^\p{RGI_Emoji}$/v literal is checked by V8 as the module is parsed,
 *   ~30 ms of every start before the first frame: it is made on first use instead.
 * The build refuses a library without its edit, so an upgrade is checked again rather
 * than shipped unmended.
 */
const patchedSources = [
	[/node_modules[\\/]ink[\\/]build[\\/]log-update\.js$/, "cursorUp(previousVisible - (previousOutput.endsWith('\\n') ? 0 : 1))"],
	[/node_modules[\\/]ink[\\/]build[\\/]ink\.js$/, 'this.options.stdout.yuelanFullRedraw === true'],
	[/node_modules[\\/]ink[\\/]build[\\/]output\.js$/, 'caches = sharedCaches;'],
	[/node_modules[\\/]restore-cursor[\\/]index\.js$/, 'const restoreCursor = onetime(() => {});'],
	[/node_modules[\\/]string-width[\\/]index\.js$/, "rgiEmojiRegex ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')"],
];

const patchesApplied = {
	name: 'patches-applied',
	setup(build) {
		for (const [filter, marker] of patchedSources) {
			build.onLoad({filter}, async (args) => {
				const source = await readFile(args.path, 'utf8');
				if (!source.includes(marker)) {
					throw new Error(`${args.path} lacks yuelan's edit: run \`npm install\` (patch-package applies patches/), or check whether a new version still needs it`);
				}

				return undefined;
			});
		}
	},
};

rmSync('dist', {recursive: true, force: true});
await build({
	...bundleOptions,
	// The loading worker is an entry of its own: the reader starts it from dist/load-worker.js.
	entryPoints: {cli: 'source/cli.tsx', 'load-worker': 'source/io/load-worker.ts'},
	outdir: 'dist',
	plugins: [...bundleOptions.plugins, inkStringWidth, patchesApplied],
});
