import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readFileSync, readlinkSync, rmSync, truncateSync, unlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, expect, test} from 'vitest';
import {cliPath, runCli} from '../helpers/built-cli.js';
import {root} from '../helpers/load-document.js';
import {startPty, type PtySession} from './pty.js';

// What held in the stress probe of issue 12, kept as tests: the reader in a pseudo-terminal.
const columns = 100;
const rows = 30;
const enter = '\r';
const escape = '\u001B';
const magazine = path.join(root, 'data/002_1bb37f89f56831bb.txt');
const scratch = mkdtempSync(path.join(tmpdir(), 'yuelan-holding-'));
let session: PtySession | undefined;

afterEach(() => {
	session?.child.kill('SIGKILL');
});

afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

const lines = (screen: string) => screen.split('\n');
const statusRow = (screen: string, height = rows) => lines(screen)[height - 2] ?? '';
/** The reader pane's text (right of the separator) on a screen row. */
const readerRow = (screen: string, row: number) => lines(screen)[row]?.split('│')[1]?.trim() ?? '';

/** Starts the reader on `paths` and opens the first document; resolves with its pid. */
async function openReader(paths: string, cols = columns, height = rows): Promise<{pty: PtySession; pid: number}> {
	const pidFile = path.join(scratch, `${Math.random()}.pid`);
	session = startPty(`sh -c 'echo $$ > ${pidFile}; exec node ${cliPath} ${paths}'`, cols, height, process.cwd());
	await session.waitForScreen(screen => statusRow(screen, height).includes('Enter open'), 20_000);
	session.write(enter);
	// The reader's hints replace the list's.
	await session.waitForScreen(screen => statusRow(screen, height).includes('? help') && !statusRow(screen, height).includes('Enter open'));
	return {pty: session, pid: Number(readFileSync(pidFile, 'utf8'))};
}

test('a file deleted, then another truncated, while open: the reader keeps reading and quits cleanly', async () => {
	const folder = mkdtempSync(path.join(scratch, 'vanishing-'));
	copyFileSync(magazine, path.join(folder, 'a-magazine.txt'));
	writeFileSync(path.join(folder, 'b-notice.txt'), '通知\n\n各单位：请于本周五前报送材料。\n');
	const {pty} = await openReader(folder);
	// Both are read before either changes on disk.
	await pty.waitForScreen(screen => screen.includes('通知') && statusRow(screen).includes('研究与交流'));
	unlinkSync(path.join(folder, 'a-magazine.txt'));
	truncateSync(path.join(folder, 'b-notice.txt'), 3);
	let screen = pty.screen().join('\n');
	for (const key of ['G', 'g', ' ', ']', '\t', 'j', enter]) {
		const before = screen;
		pty.write(key);
		screen = await pty.waitForScreen(current => current !== before || key === enter);
	}

	expect(await pty.waitForScreen(current => statusRow(current).startsWith('通知'))).toContain('各单位');
	pty.write('q');
	expect(await pty.exited).toBe(0);
}, 60_000);

test('a storm of 30 sizes down to 1×1 and back ends with a whole frame', async () => {
	const {pty, pid} = await openReader(magazine);
	pty.write(']');
	const before = await pty.waitForScreen(screen => /§1\/\d+/.test(statusRow(screen)));
	const tty = readlinkSync(`/proc/${pid}/fd/0`);
	const sizes: Array<[number, number]> = [];
	for (let step = 0; step < 15; step++) {
		sizes.push([Math.max(1, columns - step * 7), Math.max(1, rows - step * 2)]);
	}

	sizes.push([1, 1], ...sizes.toReversed().slice(1, 14), [columns, rows]);
	expect(sizes).toHaveLength(30);
	for (const [cols, height] of sizes) {
		pty.terminal.resize(cols, height);
		// Setting the size of the reader's terminal sends it SIGWINCH, as a window manager does.
		execFileSync('stty', ['-F', tty, 'cols', String(cols), 'rows', String(height)]);
	}

	// The same frame as before the storm: one status line, second to last, and the last row empty.
	const after = await pty.waitForScreen(screen => screen === before, 15_000);
	expect(lines(after).filter(row => /§1\/\d+/.test(row))).toHaveLength(1);
	expect(lines(after)[rows - 1]).toBe('');
	pty.write('q');
	expect(await pty.exited).toBe(0);
}, 60_000);

test('1,000 j in one write move 1,000 rows; 5,000 more stop at the bottom', async () => {
	// The reader pane of a 100-column terminal is 69 columns wide; --print lays out the same lines.
	const printed = runCli(['--print', magazine, '--width', '69']).stdout.split('\n');
	const {pty} = await openReader(magazine);
	pty.write('j'.repeat(1000));
	// The status row is written after the reader's rows: wait for the whole frame, not only its top.
	const moved = await pty.waitForScreen(screen => readerRow(screen, 0) === printed[1000]!.trim() && readerRow(screen, 1) === printed[1001]!.trim() && / \d+% /.test(statusRow(screen)), 20_000);
	expect(statusRow(moved)).toMatch(/ \d+% /);
	pty.write('j'.repeat(5000));
	const bottom = await pty.waitForScreen(screen => /· 100%/.test(statusRow(screen)), 20_000);
	const shown = printed.filter(line => line.trim() !== '');
	expect(readerRow(bottom, rows - 3)).toBe(shown.at(-1)!.trim());
	pty.write('q');
	expect(await pty.exited).toBe(0);
}, 60_000);

test('2,000 characters pasted into search: the box keeps its row, Esc goes back, the reader answers', async () => {
	const {pty} = await openReader(magazine);
	const before = pty.screen().join('\n');
	pty.write('/');
	await pty.waitForScreen(screen => statusRow(screen).startsWith('/'));
	const pasted = '疫情防控人民战争'.repeat(250);
	pty.write(pasted);
	const typed = await pty.waitForScreen(screen => statusRow(screen).startsWith('/') && statusRow(screen).includes('战争疫情'), 15_000);
	// One status line, second to last, and the last row empty: the frame did not scroll.
	expect(lines(typed).filter(row => row.startsWith('/'))).toHaveLength(1);
	expect(lines(typed)[rows - 1]).toBe('');
	pty.write(escape);
	await pty.waitForScreen(screen => screen === before, 15_000);
	pty.write('G');
	await pty.waitForScreen(screen => /· 100%/.test(statusRow(screen)));
	pty.write('q');
	expect(await pty.exited).toBe(0);
}, 60_000);

test('no control sequence of a hostile document reaches the terminal', async () => {
	const {pty} = await openReader(path.join(root, 'test/fixtures/escapes.txt'));
	pty.write('G');
	await pty.waitForScreen(screen => /· 100%/.test(statusRow(screen)));
	pty.write('q');
	expect(await pty.exited).toBe(0);
	const output = pty.output();
	// The fixture's OSC title and clipboard writes, its cursor moves and screen clears, bells and backspaces.
	expect(output).not.toMatch(/\u001B\]|\u0007|\u0008|\u001B\[10;20H|pwned|cm0gLXJm/);
	expect(output).not.toMatch(/[\u0080-\u009F\u202A-\u202E\u2066-\u2069]/);
	expect(output).toContain('红色文字');
}, 60_000);

test.each([
	['while it is still being processed', false],
	['at its bottom, just reached with G', true],
])('SIGTERM with a large file (the magazine repeated to 5 MB) %s: exit 143 at once, the terminal put back', async (_when, atBottom) => {
	const big = path.join(scratch, `big-${atBottom}.txt`);
	const magazineText = readFileSync(magazine, 'utf8');
	writeFileSync(big, magazineText.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(magazineText))));
	const pidFile = path.join(scratch, `big-${atBottom}.pid`);
	session = startPty(`sh -c 'echo $$ > ${pidFile}; exec node ${cliPath} --no-cache --no-state ${big}'`, columns, rows, process.cwd());
	const pty = session;
	await pty.waitForScreen(screen => statusRow(screen).includes(atBottom ? 'Enter open' : 'loading'), 30_000);
	if (atBottom) {
		pty.write(`${enter}G`);
		await pty.waitForScreen(screen => statusRow(screen).includes('100%'));
	}

	process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM');
	// A liveness bound, not a timing: before lazy layout, the reader sat in a 3.8 s layout first.
	const status = await Promise.race([pty.exited, new Promise(resolve => {
		setTimeout(resolve, 5000, 'still running 5 s after SIGTERM');
	})]);
	expect(status).toBe(143);
	await pty.waitForScreen(() => true);
	expect(pty.terminal.buffer.active.type).toBe('normal');
}, 60_000);
