// Pipeline speed, end to end through the built CLI: load and print a 3 MB file with
// no line break (limit 2 s), list the bundled documents, and list the OCR'd magazine
// (seed 002) repeated to 5 and 50 MB: every stage is linear, so 50 MB stays under 5 s.
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/cli.js');
const runs = 3;
const limitMs = 2000;
const bigListLimitMs = 5000;

const sentences = [
	'今年以来，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。',
	'“我们村的路修好了，农产品运得出去，收入也跟着涨了！”村民老李笑着说。',
	'专家提醒，夏季是溺水事故高发期，家长要加强对孩子的安全教育和看护……',
	'Latin words, 2024 numbers and 30% units mix in: https://example.org/a/b 也要保持完整。',
];

function bigFile() {
	const folder = mkdtempSync(path.join(tmpdir(), 'yuelan-pipeline-bench-'));
	const file = path.join(folder, 'big.txt');
	let text = '';
	for (let index = 0; Buffer.byteLength(text) < 3 * 1024 * 1024; index++) {
		text += sentences[index % sentences.length].repeat(50);
	}

	writeFileSync(file, text);
	return {folder, file};
}

// The magazine repeated to `megabytes`, alone in a folder.
function repeatedMagazine(folder, megabytes) {
	const seed = readFileSync(path.join(root, 'data/002_1bb37f89f56831bb.txt'), 'utf8');
	const sub = path.join(folder, `magazine-${megabytes}mb`);
	mkdirSync(sub);
	writeFileSync(path.join(sub, 'magazine.txt'), seed.repeat(Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(seed))));
	return sub;
}

function time(args) {
	const started = performance.now();
	// Standard input is /dev/null: a pipe there would be read as the document.
	const result = spawnSync(process.execPath, [cli, ...args], {maxBuffer: 512 * 1024 * 1024, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	if (result.status !== 0) {
		throw new Error(`yuelan ${args.join(' ')} failed: ${result.stderr}`);
	}

	return performance.now() - started;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs the measurements, prints a table and returns the numbers. */
export async function run() {
	const {folder, file} = bigFile();
	try {
		const print = median(Array.from({length: runs}, () => time([file, '--print', 'big.txt', '--width', '80'])));
		const list = median(Array.from({length: runs}, () => time(['--list'])));
		const list5 = time([repeatedMagazine(folder, 5), '--list']);
		const list50 = time([repeatedMagazine(folder, 50), '--list']);
		const result = {printBigMs: print, listSeedsMs: list, printBigWithinLimit: print < limitMs, listMagazine5MbMs: list5, listMagazine50MbMs: list50, listMagazine50MbWithinLimit: list50 < bigListLimitMs};
		console.table({
			'load + --print a 3 MB single-line file (ms, limit 2000)': print.toFixed(0),
			'--list of the bundled documents (ms)': list.toFixed(0),
			'--list of seed 002 repeated to 5 MB (ms)': list5.toFixed(0),
			'--list of seed 002 repeated to 50 MB (ms, limit 5000)': list50.toFixed(0),
		});
		return result;
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await run();
}
