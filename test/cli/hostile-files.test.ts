import {spawnSync} from 'node:child_process';
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {cliPath, runCliAsync as runCli, runCommand} from '../helpers/built-cli.js';
import {root} from '../helpers/load-document.js';
import {unprivilegedPrefix} from '../helpers/run-as-user.js';

const seed = path.join(root, 'data/004_679e96434c01a62d.txt');
const osc52 = '\u001B]52;c;aGFjaw==\u0007';
let folder: string;

beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'yuelan-hostile-'));
	chmodSync(folder, 0o755);
});

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

/** A fresh folder under the test's temporary folder. */
function makeFolder(name: string): string {
	const made = path.join(folder, name);
	mkdirSync(made, {recursive: true});
	chmodSync(made, 0o755);
	return made;
}

/** Runs `yuelan <args> | head -1` in bash: the first line, the CLI's stderr and the CLI's exit status. */
async function runCliHead(args: readonly string[]): Promise<{first: string; stderr: string; status: number | null}> {
	const quote = (word: string) => `'${word.replaceAll("'", String.raw`'\''`)}'`;
	const errors = path.join(folder, 'head-stderr.txt');
	const command = `${[process.execPath, cliPath, ...args].map(quote).join(' ')} 2>${quote(errors)} | head -1; exit "\${PIPESTATUS[0]}"`;
	const result = await runCommand('bash', ['-c', command]);
	return {first: result.stdout.trimEnd(), stderr: readFileSync(errors, 'utf8'), status: result.status};
}

describe('a closed pipe ends batch output quietly, as cat does', () => {
	test('--print 002 | head -1', async () => {
		const {first, stderr, status} = await runCliHead(['--print', '002']);
		expect(first).not.toBe('');
		expect(stderr).toBe('');
		expect(status).toBe(0);
	});

	test('--list | head -1 on a large folder', async () => {
		const many = makeFolder('many');
		for (let index = 0; index < 2000; index++) {
			writeFileSync(path.join(many, `${String(index).padStart(4, '0')}.txt`), `第${index}篇\n\n一段文字。\n`);
		}

		const {first, stderr, status} = await runCliHead([many, '--list']);
		expect(first).toMatch(/^id\s/);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		// 2,000 files are processed and cached before the first row (columns fit their contents): 3 s alone, far more on a busy machine.
	}, 60_000);
});

describe('hostile names never reach the terminal raw', () => {
	test('an OSC 52 and a newline in file names: no escape on stdout or stderr, one row per document', async () => {
		const named = makeFolder('named');
		writeFileSync(path.join(named, `evil${osc52}\nname.txt`), '好的文字。\n');
		copyFileSync(path.join(root, 'test/fixtures/image.png'), path.join(named, `img${osc52}.png`));
		const {stdout, stderr, status} = await runCli([named, '--list']);
		expect(status).toBe(0);
		expect(stdout + stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
		expect(stdout.trimEnd().split('\n')).toHaveLength(2);
		expect(stderr).toBe(`yuelan: skipped ${named}/img.png: not a text file (PNG image)\n`);
	});
});

describe('paths that are not documents are refused at once, with a reason', () => {
	test.each([
		['/dev/zero', 'not a regular file (a character device)'],
		['/dev/urandom', 'not a regular file (a character device)'],
		['/dev/null', 'not a regular file (a character device)'],
	])('%s given as a path', async (device, reason) => {
		const {stdout, stderr, status} = await runCli([device, seed, '--list']);
		expect(status).toBe(0);
		expect(stderr).toBe(`yuelan: skipped ${device}: ${reason}\n`);
		expect(stdout).toContain('北乡义镇抗疫纪实');
		expect(stdout).not.toContain('null');
	});

	test('a FIFO given as a path', async () => {
		const fifoFolder = makeFolder('fifo');
		const fifo = path.join(fifoFolder, 'pipe.txt');
		spawnSync('mkfifo', [fifo]);
		const {stderr, status} = await runCli([fifo, '--list']);
		expect(stderr).toBe(`yuelan: skipped ${fifo}: not a regular file (a FIFO)\nyuelan: no readable document found.\n`);
		expect(status).toBe(2);
	});

	test('/proc/self/pagemap, which claims no size, is not read without end', async () => {
		const {stdout, stderr, status} = await runCli(['/proc/self/pagemap', seed, '--list']);
		expect(status).toBe(0);
		expect(stderr).toMatch(/^yuelan: skipped \/proc\/self\/pagemap: .+\n$/);
		expect(stdout).toContain('北乡义镇抗疫纪实');
	});

	test('a file over the size cap is skipped without being read', async () => {
		const big = path.join(makeFolder('big'), 'huge.txt');
		writeFileSync(big, '');
		// Sparse: 200 MB on paper, nothing on disk.
		truncateSync(big, 200 * 1024 * 1024);
		const {stderr, status} = await runCli([big, seed, '--list']);
		expect(status).toBe(0);
		expect(stderr).toBe(`yuelan: skipped ${big}: larger than 128 MB (200 MB), the largest document yuelan reads\n`);
	});
});

describe('what cannot be read in a folder is told once each', () => {
	test('dangling links, link loops, FIFOs and a file the pipeline fails on; the rest listed', async () => {
		const mixed = makeFolder('mixed');
		copyFileSync(seed, path.join(mixed, 'good.txt'));
		symlinkSync('nowhere.txt', path.join(mixed, 'dangling.txt'));
		symlinkSync('loop-b', path.join(mixed, 'loop-a'));
		symlinkSync('loop-a', path.join(mixed, 'loop-b'));
		spawnSync('mkfifo', [path.join(mixed, 'fifo.txt')]);
		writeFileSync(path.join(mixed, '路径 有空格.txt'), '有空格的路径\n\n正文。\n');
		const {stdout, stderr, status} = await runCli([mixed, '--list']);
		expect(status).toBe(0);
		expect(stderr.split('\n').filter(Boolean).sort()).toEqual([
			`yuelan: skipped ${mixed}/dangling.txt: dangling symbolic link`,
			`yuelan: skipped ${mixed}/fifo.txt: not a regular file (a FIFO)`,
			`yuelan: skipped ${mixed}/loop-a: symbolic link loop`,
			`yuelan: skipped ${mixed}/loop-b: symbolic link loop`,
		]);
		expect(stdout).toContain('good.txt');
		expect(stdout).toContain('路径 有空格.txt');
	});

	test('a document the pipeline fails on is one "skipped" line, without a stack, and the others load', async () => {
		const failing = makeFolder('failing');
		copyFileSync(seed, path.join(failing, 'good.txt'));
		writeFileSync(path.join(failing, 'deep.html'), `<html><body>${'<div>'.repeat(20_000)}深层未闭合`);
		const {stdout, stderr, status} = await runCli([failing, '--list']);
		expect(status).toBe(0);
		expect(stdout).toContain('good.txt');
		// Either the pipeline copes with it or it is skipped; never a stack or bundle source.
		expect(stderr).toMatch(/^(?:yuelan: skipped \S+deep\.html: could not be processed \([^\n]+\)\n)?$/);
	});

	test('empty and BOM-only files', async () => {
		const empty = makeFolder('empty');
		writeFileSync(path.join(empty, 'empty.txt'), '');
		writeFileSync(path.join(empty, 'bom.txt'), '\uFEFF');
		const {stdout, status} = await runCli([empty, '--list']);
		expect(status).toBe(0);
		expect(stdout.trimEnd().split('\n')).toHaveLength(3);
	});
});

const prefix = unprivilegedPrefix();
describe.skipIf(prefix === undefined)('permission denied, as a user without root rights', () => {
	/** Runs the CLI as that user. */
	async function runUnprivileged(args: readonly string[]) {
		const [command = process.execPath, ...rest] = prefix!.length > 0 ? prefix! : [process.execPath];
		return runCommand(command, [...rest, ...(prefix!.length > 0 ? [process.execPath] : []), cliPath, ...args]);
	}

	test('an unreadable subfolder, an unreadable folder given directly, a file inside one and an unreadable file', async () => {
		const tree = makeFolder('locked');
		copyFileSync(seed, path.join(tree, 'good.txt'));
		const closed = makeFolder('locked/closed');
		writeFileSync(path.join(closed, 'inside.txt'), '看不见。\n');
		writeFileSync(path.join(tree, 'secret.txt'), '秘密。\n');
		chmodSync(path.join(tree, 'secret.txt'), 0o600);
		chmodSync(closed, 0o000);
		try {
			const whole = await runUnprivileged([tree, '--list']);
			expect(whole.status).toBe(0);
			expect(whole.stdout).toContain('good.txt');
			expect(whole.stderr.split('\n').filter(Boolean).sort()).toEqual([
				`yuelan: skipped ${closed}: folder cannot be read: permission denied (EACCES)`,
				`yuelan: skipped ${tree}/secret.txt: permission denied (EACCES)`,
			]);
			const direct = await runUnprivileged([closed, path.join(closed, 'inside.txt'), '--list']);
			expect(direct.stderr).toBe([
				`yuelan: skipped ${closed}: folder cannot be read: permission denied (EACCES)`,
				`yuelan: skipped ${closed}/inside.txt: permission denied: a folder on its path cannot be searched (EACCES)`,
				'yuelan: no readable document found.',
				'',
			].join('\n'));
			expect(direct.status).toBe(2);
		} finally {
			chmodSync(closed, 0o755);
		}
	});
});
