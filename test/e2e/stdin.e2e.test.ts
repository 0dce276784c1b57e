import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {cliPath} from '../helpers/built-cli.js';
import {root} from '../helpers/load-document.js';
import {startPty, type PtySession} from './pty.js';

const columns = 80;
const rows = 24;
let session: PtySession | undefined;

afterEach(() => {
	session?.child.kill();
});

test('a pipe on standard input is the document; keys come from the terminal', async () => {
	const file = path.join(root, 'test/fixtures/gb18030-notice.txt');
	session = startPty(`sh -c 'cat ${file} | node ${cliPath}'`, columns, rows, root);
	const pty = session;
	// The GB18030 bytes arrive decoded, titled and cleaned, as the file itself would be.
	const first = await pty.waitForScreen((screen) => screen.includes('关于做好2023年汛期安全防范工作的通知') && screen.includes('? help'));
	expect(pty.terminal.buffer.active.type).toBe('alternate');
	expect(first).not.toContain('北乡义镇');

	// Keys typed in the terminal reach the reader although standard input was the pipe.
	pty.write('\r');
	await pty.waitForScreen((screen) => screen.includes('] section'));
	pty.write('G');
	await pty.waitForScreen((screen) => screen.includes('2023年5月8日'));
	pty.write('q');
	expect(await pty.exited).toBe(0);
	await pty.waitForScreen(() => true);
	expect(pty.terminal.buffer.active.type).toBe('normal');
}, 30_000);

test('`yuelan -` reads standard input too, with keys from the terminal', async () => {
	session = startPty(`sh -c 'printf "第一章 春天\\n\\n春天来了。\\n" | node ${cliPath} -'`, columns, rows, root);
	const pty = session;
	await pty.waitForScreen((screen) => screen.includes('第一章 春天') && screen.includes('? help'));
	pty.write('q');
	expect(await pty.exited).toBe(0);
}, 30_000);

test('a pipe leaves no reading memory: the next pipe, another text, opens at its top', async () => {
	const state = mkdtempSync(path.join(tmpdir(), 'yuelan-pipe-state-'));
	const status = (screen: string) => screen.split('\n')[rows - 2] ?? '';
	const magazine = path.join(root, 'data/002_1bb37f89f56831bb.txt');
	session = startPty(`sh -c 'cat ${magazine} | node ${cliPath}'`, columns, rows, root, {XDG_STATE_HOME: state});
	const pty = session;
	await pty.waitForScreen((screen) => status(screen).includes('1/1'), 20_000);
	pty.write('\t');
	await pty.waitForScreen((screen) => /§0\/91/.test(status(screen)));
	pty.write('    ');
	await pty.waitForScreen((screen) => /§[1-9]\d*\/91/.test(status(screen)));
	pty.write('q');
	expect(await pty.exited).toBe(0);
	expect(existsSync(path.join(state, 'yuelan', 'state.json'))).toBe(false);

	const notice = path.join(root, 'test/fixtures/gb18030-notice.txt');
	session = startPty(`sh -c 'cat ${notice} | node ${cliPath}'`, columns, rows, root, {XDG_STATE_HOME: state});
	const again = await session.waitForScreen((screen) => screen.includes('关于做好2023年汛期安全防范工作的通知') && status(screen).includes('? help'));
	// At the top, in the list, as any first reading starts: not at the magazine's place.
	expect(status(again)).toMatch(/· 1\/1 /u);
	session.write('q');
	expect(await session.exited).toBe(0);
}, 60_000);

test.each([
	['C.UTF-8', 'yuelan: - reads a pipe, and standard input is the terminal here: cat 通知.txt | yuelan -'],
	['zh_CN.UTF-8', 'yuelan: - 读取管道送来的文本，但这里的标准输入是终端：cat 通知.txt | yuelan -'],
])('`yuelan -` on a terminal says it wants a pipe (%s), status 2, instead of reading what is typed', async (locale, message) => {
	session = startPty(`node ${cliPath} -`, columns, rows, root, {LANG: locale});
	expect(await session.exited).toBe(2);
	const screen = await session.waitForScreen((current) => current.includes('yuelan:'));
	// The terminal wraps a long line at its width.
	expect(screen.split('\n').join('')).toContain(message);
}, 30_000);
