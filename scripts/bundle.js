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
 * Ink 6.8's incremental renderer moves up one row too few after a frame that ends
 * in a newline (any frame shorter than the terminal, which ours always is), so every
 * redraw lands one row low. patches/ink+6.8.0.patch mends node_modules (applied by
 * patch-package on install), so tests run the Ink users get; the build refuses an
 * Ink without it, so that an upgrade is checked again rather than shipped unmended.
 */
const inkIncrementalFixApplied = {
	name: 'ink-incremental-fix-applied',
	setup(build) {
		build.onLoad({filter: /node_modules[\\/]ink[\\/]build[\\/]log-update\.js$/}, async (args) => {
			const source = await readFile(args.path, 'utf8');
			if (!source.includes("cursorUp(previousVisible - (previousOutput.endsWith('\\n') ? 0 : 1))")) {
				throw new Error('ink/build/log-update.js lacks the incremental cursor fix: run `npm install` (patch-package applies patches/), or check whether a new Ink still needs it');
			}

			return undefined;
		});
	},
};

/**
 * A 'resize' while stdout carries `yuelanFullRedraw` makes Ink forget its last frame
 * and draw the whole of the next one, as it does when the terminal gets narrower: the
 * reader asks for it after a suspend, when the screen it returns to is blank
 * (source/ui/terminal-session.ts).
 */
const inkFullRedraw = {
	name: 'ink-full-redraw',
	setup(build) {
		build.onLoad({filter: /node_modules[\\/]ink[\\/]build[\\/]ink\.js$/}, async (args) => {
			const narrower = 'if (currentWidth < this.lastTerminalWidth) {';
			const source = await readFile(args.path, 'utf8');
			if (!source.includes(narrower)) {
				throw new Error('ink/build/ink.js changed: check how a full redraw is asked for');
			}

			return {contents: source.replace(narrower, 'if (currentWidth < this.lastTerminalWidth || this.options.stdout.yuelanFullRedraw === true) {'), loader: 'js'};
		});
	},
};

/**
 * cli-cursor's restore-cursor writes ESC[?25h to stderr when the process exits, even
 * when stderr is a file; the reader shows the cursor itself, on the terminal, as it
 * leaves the alternate screen.
 */
const noRestoreCursor = {
	name: 'no-restore-cursor',
	setup(build) {
		build.onResolve({filter: /^restore-cursor$/}, () => ({path: 'restore-cursor', namespace: 'no-restore-cursor'}));
		build.onLoad({filter: /.*/, namespace: 'no-restore-cursor'}, () => ({contents: 'export default function restoreCursor() {}', loader: 'js'}));
	},
};

rmSync('dist', {recursive: true, force: true});
await build({
	...bundleOptions,
	// The loading worker is an entry of its own: the reader starts it from dist/load-worker.js.
	entryPoints: {cli: 'source/cli.tsx', 'load-worker': 'source/io/load-worker.ts'},
	outdir: 'dist',
	plugins: [...bundleOptions.plugins, inkStringWidth, inkIncrementalFixApplied, inkFullRedraw, noRestoreCursor],
});
