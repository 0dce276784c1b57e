// Measures the reader in a pseudo-terminal (util-linux `script`, no native pty):
// time to first frame against a bare Ink "hello" (both bundled with esbuild), and
// bytes written per one-line scroll at 80×24 and 200×50.
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions} from '../scripts/bundle-options.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.bench');
const firstTitle = '我的战“疫”故事';
const firstHint = '? help';
const lastTitle = '北乡义镇抗疫纪实';
// Starts vary by ±50 ms on a shared machine: the medians of fewer runs swing the ratio by ±0.1.
const runs = 15;


/**
 * string-width as published, for the hello: patches/string-width+8.3.0.patch makes its
 * emoji pattern on first use, which saves yuelan ~30 ms a start; the baseline is Ink as
 * everyone gets it.
 */
const upstreamStringWidth = {
	name: 'upstream-string-width',
	setup(builder) {
		// Only the copy the patch edits; Ink's helpers may bring older copies of their own.
		const patchedFile = path.join(root, 'node_modules/string-width/index.js');
		builder.onLoad({filter: /node_modules[\\/]string-width[\\/]index\.js$/}, async (args) => {
			if (args.path !== patchedFile) {
				return undefined;
			}

			const source = await readFile(args.path, 'utf8');
			const patched = "let rgiEmojiRegex;\nconst isRgiEmoji = segment => (rgiEmojiRegex ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(segment);";
			if (!source.includes(patched)) {
				throw new Error('string-width is not as patches/ expects: update the hello\'s undoing of the patch');
			}

			return {contents: source.replace(patched, 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;\nconst isRgiEmoji = segment => rgiEmojiRegex.test(segment);'), loader: 'js'};
		});
	},
};

/** Bundles a bare Ink hello, so the comparison is bundle against bundle. */
async function buildHello() {
	mkdirSync(work, {recursive: true});
	const entry = path.join(work, 'hello.jsx');
	writeFileSync(entry, "import {render, Text} from 'ink';\nrender(<Text>hello</Text>);\n");
	await build({...bundleOptions, entryPoints: {hello: entry}, outdir: path.join(work, 'hello'), plugins: [...bundleOptions.plugins, upstreamStringWidth]});
	return path.join(work, 'hello', 'hello.js');
}

/** The reader's CLI as users get it; `npm run bench` builds it first. */
function readerCli() {
	const cli = path.join(root, 'dist/cli.js');
	if (!existsSync(cli)) {
		throw new Error('dist/cli.js is missing: run `npm run build` first');
	}

	return cli;
}

/** Starts `node file ...args` in a pty of the given size; collects its output as bytes. */
function start(file, columns, rows, args = '') {
	// A cache and reading memory of the bench's own, warmed by the first run.
	const home = path.join(work, 'ui-bench-home');
	const env = {...process.env, TERM: 'xterm-256color', XDG_CACHE_HOME: path.join(home, 'cache'), XDG_STATE_HOME: path.join(home, 'state')};
	delete env.CI;
	const child = spawn('script', ['-qfec', `stty cols ${columns} rows ${rows}; exec node ${file} ${args}`, '/dev/null'], {cwd: root, env, stdio: 'pipe'});
	const session = {child, chunks: [], bytes: 0, lastOutput: performance.now()};
	child.stdout.on('data', chunk => {
		session.chunks.push(chunk);
		session.bytes += chunk.length;
		session.lastOutput = performance.now();
	});
	session.text = () => Buffer.concat(session.chunks).toString('utf8');
	session.exited = new Promise(resolve => {
		child.on('exit', resolve);
	});
	return session;
}

const sleep = ms =>
	new Promise(resolve => {
		setTimeout(resolve, ms);
	});

/** Polls until the output contains `text`. */
async function waitFor(session, text, timeout = 10_000) {
	const deadline = performance.now() + timeout;
	while (!session.text().includes(text)) {
		if (performance.now() > deadline) {
			throw new Error(`Timed out waiting for ${text}`);
		}

		await sleep(2);
	}
}

/** Waits until nothing was written for `quiet` ms. */
async function settle(session, quiet = 150) {
	while (performance.now() - session.lastOutput < quiet) {
		await sleep(10);
	}
}

async function stop(session, keys) {
	session.child.stdin.write(keys);
	const timer = setTimeout(() => session.child.kill(), 3000);
	await session.exited;
	clearTimeout(timer);
}

/** Milliseconds from spawn until each of `texts` is on screen, in order. */
async function timesUntil(file, texts, quitKeys) {
	const started = performance.now();
	const session = start(file, 100, 30);
	const times = [];
	for (const text of texts) {
		await waitFor(session, text);
		times.push(performance.now() - started);
	}

	await stop(session, quitKeys);
	return times;
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Median bytes written for one `j` in the reader pane at a terminal size. */
async function bytesPerScroll(file, columns, rows) {
	// Without reading memory: a restored document and pane would move the keys below elsewhere.
	const session = start(file, columns, rows, '--no-state');
	// Documents join the list as they load; wait for the last before moving to the third.
	await waitFor(session, lastTitle);
	// The third document (002, ~150 KB) is long enough to scroll at 200×50; Tab focuses the reader.
	session.child.stdin.write('jj\t');
	await settle(session);
	const samples = [];
	for (let index = 0; index < 5; index++) {
		const before = session.bytes;
		session.child.stdin.write('j');
		// Wait for the first byte of the redraw, then for the output to go quiet.
		const deadline = performance.now() + 2000;
		while (session.bytes === before && performance.now() < deadline) {
			await sleep(2);
		}

		await settle(session);
		samples.push(session.bytes - before);
	}

	await stop(session, 'q');
	// Nothing written means the keys moved nothing: a broken measurement, not a cheap scroll.
	if (median(samples) === 0) {
		throw new Error(`one-line scrolls at ${columns}×${rows} wrote nothing`);
	}

	return median(samples);
}

/** Runs the measurements, prints a table and returns the numbers. */
export async function run() {
	const hello = await buildHello();
	const cli = await readerCli();
	const helloTimes = [];
	const frameTimes = [];
	const titleTimes = [];
	// The reader's measurements are with a warm cache, as on every run after the first.
	await timesUntil(cli, [lastTitle], 'q');
	// Interleaved so that machine noise hits both alike.
	for (let index = 0; index < runs; index++) {
		helloTimes.push((await timesUntil(hello, ['hello'], '\u0003'))[0]);
		// The first frame is the reader's screen (its key hints); documents fill in as they load.
		const [frame, title] = await timesUntil(cli, [firstHint, firstTitle], 'q');
		frameTimes.push(frame);
		titleTimes.push(title);
	}

	const result = {
		helloFirstFrameMs: median(helloTimes),
		readerFirstFrameMs: median(frameTimes),
		readerFirstTitleMs: median(titleTimes),
		ratio: median(frameTimes) / median(helloTimes),
		titleRatio: median(titleTimes) / median(helloTimes),
		bytesPerScroll80x24: await bytesPerScroll(cli, 80, 24),
		bytesPerScroll200x50: await bytesPerScroll(cli, 200, 50),
	};
	console.table({
		'first frame, bare Ink hello (ms)': result.helloFirstFrameMs.toFixed(1),
		'first frame, yuelan (ms)': result.readerFirstFrameMs.toFixed(1),
		'ratio (must be < 1.3)': result.ratio.toFixed(2),
		'first document title shown, warm cache, yuelan (ms)': result.readerFirstTitleMs.toFixed(1),
		'ratio, title shown / hello (goal < 1.3)': result.titleRatio.toFixed(2),
		'bytes per one-line scroll, 80x24': result.bytesPerScroll80x24,
		'bytes per one-line scroll, 200x50': result.bytesPerScroll200x50,
	});
	return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await run();
}
