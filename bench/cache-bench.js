// The processed-document cache on the generated 100 MB / 10,000-document corpus (the
// search bench's, bench/search-corpus.js), in a
// pseudo-terminal read back through a headless xterm: the cold open (every core, with
// progress), the warm reopen (goal: every title listed in under 2 s), and how long a
// key takes to show while the list fills.
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, rmSync, statSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import xterm from '@xterm/headless';
import {ensureCorpus} from './search-corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.bench');
// BENCH_CLI runs another build (say, an older commit's dist/cli.js) for before/after numbers.
const cli = process.env['BENCH_CLI'] ?? path.join(root, 'dist/cli.js');
const columns = 100;
const rows = 30;
const sleep = ms => new Promise(resolve => {
	setTimeout(resolve, ms);
});

/**
 * Opens the reader on `corpus` with the given cache folder; the screen is read through xterm.
 * Without reading memory: a reopen would open the last document in the reader, whose status
 * line has no list count to read the end of loading by.
 */
function open(corpus, cacheHome) {
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	const env = {...process.env, TERM: 'xterm-256color', XDG_CACHE_HOME: cacheHome, XDG_STATE_HOME: path.join(cacheHome, 'state')};
	delete env.CI;
	const child = spawn('script', ['-qfec', `stty cols ${columns} rows ${rows}; exec node ${cli} --no-state ${corpus}`, '/dev/null'], {env, stdio: 'pipe'});
	let pending = Promise.resolve();
	child.stdout.on('data', chunk => {
		pending = new Promise(resolve => {
			terminal.write(chunk, resolve);
		});
	});
	const status = async () => {
		await pending;
		return terminal.buffer.active.getLine(rows - 2)?.translateToString(true) ?? '';
	};

	const exited = new Promise(resolve => {
		child.on('exit', resolve);
	});
	const screen = async () => {
		await pending;
		return Array.from({length: rows}, (_, row) => terminal.buffer.active.getLine(row)?.translateToString(true) ?? '');
	};

	return {child, terminal, status, exited, screen, list: async () => (await screen())[0]};
}

/**
 * Milliseconds until every title is in the list (the status line stops counting files),
 * and how long keys took while it filled: a `j` is sent every 150 ms and timed until the
 * screen changes.
 */
export async function openUntilListed(corpus, cacheHome) {
	const started = performance.now();
	const reader = open(corpus, cacheHome);
	let sawProgress = false;
	const keys = [];
	let firstTitleMs;
	let listedMs;
	for (;;) {
		const status = await reader.status();
		if (firstTitleMs === undefined && status.includes(' · ') && !status.includes('loading documents')) {
			firstTitleMs = performance.now() - started;
		}

		sawProgress ||= /\d \/ 10,000(?: \(\d+%\))? · /.test(status);
		// Every title is in the list when the list's own position counts 10,000 (`1/10,000`); a warm
		// reopen lists them from the collection's manifest while their text still loads.
		if (listedMs === undefined && /\d\/10,000\b/.test(status)) {
			listedMs = performance.now() - started;
		}

		// Every document has loaded when the loading count (`2,345 / 10,000`) is gone too.
		if (listedMs !== undefined && !/ \/ 10,000(?: \(\d+%\))? · /.test(status)) {
			break;
		}

		if (firstTitleMs !== undefined) {
			keys.push(await keyLatency(reader));
		}

		if (performance.now() - started > 600_000) {
			reader.child.kill();
			throw new Error(`the corpus did not finish loading in 10 minutes: ${status}`);
		}

		await sleep(150);
	}

	const loadedMs = performance.now() - started;
	reader.child.stdin.write('q');
	await reader.exited;
	return {listedMs, loadedMs, firstTitleMs, slowestKey: Math.max(0, ...keys), keyP50: percentile(keys, 0.5), keyP95: percentile(keys, 0.95), keys: keys.length, sawProgress};
}

/** Sends `j` and waits for the screen's status line to change; returns the milliseconds. */
async function keyLatency(reader) {
	const before = (await reader.status()).replace(/[\d,]+ \/ 10,000(?: \(\d+%\))? · /, '');
	const sent = performance.now();
	reader.child.stdin.write('j');
	while (performance.now() - sent < 5000) {
		const now = (await reader.status()).replace(/[\d,]+ \/ 10,000(?: \(\d+%\))? · /, '');
		if (now !== before) {
			return performance.now() - sent;
		}

		await sleep(2);
	}

	return performance.now() - sent;
}

const arrowDown = '\u001B[B';
const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))] ?? 0;

/**
 * Search while the corpus loads and is indexed: `/` and a heading every document has
 * (`基本情况`) are typed as soon as the list shows; then ↓ is pressed every 150 ms and
 * timed until the result list moves, until the header says every document is searched
 * (`… hits in 9998 documents`, no `indexed` note). Returns the milliseconds
 * from the start to then and the keys' latencies.
 */
export async function openUntilSearchable(corpus, cacheHome) {
	const started = performance.now();
	const reader = open(corpus, cacheHome);
	try {
		return await searchUntilCovered(reader, started);
	} finally {
		reader.child.kill();
	}
}

async function searchUntilCovered(reader, started) {
	while (!(await reader.status()).includes(' · ')) {
		await sleep(20);
	}

	reader.child.stdin.write('/');
	await sleep(100);
	reader.child.stdin.write('基本情况');
	const keys = [];
	for (;;) {
		const header = (await reader.screen())[0];
		// No `(… indexed)` note left: every document is searched (a few generated ones lack the heading).
		if (/hits? in [\d,]+ documents *│/.test(header)) {
			break;
		}

		if (performance.now() - started > 1_200_000) {
			throw new Error(`search did not cover the corpus in 20 minutes: ${header}`);
		}

		// A key needs hits to move through.
		if (/hits? in/.test(header)) {
			keys.push(await moveLatency(reader));
		}

		await sleep(150);
	}

	const searchableMs = performance.now() - started;
	reader.child.stdin.write('\u001B');
	await sleep(100);
	reader.child.stdin.write('q');
	await reader.exited;
	return {searchableMs, keys: keys.length, keyP95: percentile(keys, 0.95), keyP50: percentile(keys, 0.5)};
}

/** Sends ↓ and waits for the result list or preview (every row but the header) to change; returns the milliseconds. */
async function moveLatency(reader) {
	const body = async () => (await reader.screen()).slice(1).join('\n');
	const before = await body();
	const sent = performance.now();
	reader.child.stdin.write(arrowDown);
	while (performance.now() - sent < 5000) {
		if ((await body()) !== before) {
			return performance.now() - sent;
		}

		await sleep(2);
	}

	return performance.now() - sent;
}

/** Runs the measurements, prints a table and returns the numbers. */
export async function run() {
	const corpus = await ensureCorpus(root, 10_000, 100);
	const cacheHome = path.join(work, 'cache-bench-home');
	rmSync(cacheHome, {recursive: true, force: true});
	mkdirSync(cacheHome, {recursive: true});
	const cold = await openUntilListed(corpus, cacheHome);
	const warm = await openUntilListed(corpus, cacheHome);
	// The search measurements again from an empty cache: cold, then warm.
	rmSync(cacheHome, {recursive: true, force: true});
	mkdirSync(cacheHome, {recursive: true});
	const searchCold = await openUntilSearchable(corpus, cacheHome);
	const searchWarm = await openUntilSearchable(corpus, cacheHome);
	const result = {cold, warm, searchCold, searchWarm, cores: availableParallelism()};
	console.table({
		'cores (workers on the cold open)': result.cores,
		'cold open: every document loaded (ms)': cold.loadedMs.toFixed(0),
		'cold open: progress shown': cold.sawProgress,
		'warm reopen: first title (ms)': warm.firstTitleMs.toFixed(0),
		'warm reopen: every title listed (ms, must be < 2000)': warm.listedMs.toFixed(0),
		'warm reopen: every document loaded (ms)': warm.loadedMs.toFixed(0),
		'warm reopen: key (j) p50 / p95 / slowest while loading (ms)': `${warm.keyP50.toFixed(0)} / ${warm.keyP95.toFixed(0)} / ${warm.slowestKey.toFixed(0)} (${warm.keys} keys)`,
		'cold open: key (j) p50 / p95 / slowest while loading (ms)': `${cold.keyP50.toFixed(0)} / ${cold.keyP95.toFixed(0)} / ${cold.slowestKey.toFixed(0)} (${cold.keys} keys)`,
		'cold open: search covers every document (ms)': searchCold.searchableMs.toFixed(0),
		'cold open: key (↓ in results) p50 / p95 while indexing (ms)': `${searchCold.keyP50.toFixed(0)} / ${searchCold.keyP95.toFixed(0)} (${searchCold.keys} keys)`,
		'warm reopen: search covers every document (ms)': searchWarm.searchableMs.toFixed(0),
		'warm reopen: key (↓ in results) p50 / p95 while indexing (ms)': `${searchWarm.keyP50.toFixed(0)} / ${searchWarm.keyP95.toFixed(0)} (${searchWarm.keys} keys)`,
		'cache size (MB)': (cacheBytes(cacheHome) / 1024 / 1024).toFixed(0),
	});
	return result;
}

function cacheBytes(folder) {
	const documents = path.join(folder, 'yuelan/documents');
	return existsSync(documents) ? readdirSync(documents).reduce((sum, name) => sum + statSync(path.join(documents, name)).size, 0) : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await run();
}
