import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, expect, test} from 'vitest';
import {cliPath} from '../helpers/built-cli.js';
import {cursorVisible, startPty, type PtySession} from './pty.js';

const columns = 100;
const rows = 30;
const scratch = mkdtempSync(path.join(tmpdir(), 'yuelan-lifecycle-'));
let session: PtySession | undefined;

afterEach(() => {
	session?.child.kill('SIGKILL');
});

afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

/** Starts the reader in a pty; the shell writes its pid to a file before it becomes the reader. */
async function startReader(name: string, redirect = ''): Promise<{pty: PtySession; pid: number}> {
	const pidFile = path.join(scratch, `${name}.pid`);
	session = startPty(`sh -c 'echo $$ > ${pidFile}; exec node ${cliPath} ${redirect}'`, columns, rows, process.cwd());
	await session.waitForScreen(screen => screen.includes('北乡义镇抗疫纪实'));
	return {pty: session, pid: Number(readFileSync(pidFile, 'utf8'))};
}

/** The process state letter in /proc (`T` when stopped), or undefined once it is gone. */
function processState(pid: number): string | undefined {
	try {
		return /^State:\s+(\w)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
	} catch {
		return undefined;
	}
}

/** Whether the reader's terminal is in raw mode (no line editing, no echo). */
function rawMode(pid: number): boolean {
	const settings = execFileSync('stty', ['-F', readlinkSync(`/proc/${pid}/fd/0`), '-a'], {encoding: 'utf8'});
	return /(?:^|\s)-icanon\b/.test(settings) && /(?:^|\s)-echo\b/.test(settings);
}

async function until(condition: () => boolean, what: string, timeout = 10_000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error(`timed out waiting until ${what}`);
		}

		await new Promise(resolve => {
			setTimeout(resolve, 20);
		});
	}
}

/**
 * Continues a stopped reader as `fg` would. `script` stops itself once it sees its child
 * stop: a SIGCONT sent before that would be lost and leave both stopped, so wait for it.
 */
async function continueStopped(pty: PtySession, pid: number): Promise<void> {
	await until(() => processState(pty.child.pid!) === 'T', 'script stops with the reader');
	process.kill(pty.child.pid!, 'SIGCONT');
	process.kill(pid, 'SIGCONT');
}

test('kill -INT from outside puts the terminal back, as SIGTERM does', async () => {
	const {pty, pid} = await startReader('int');
	expect(pty.terminal.buffer.active.type).toBe('alternate');
	process.kill(pid, 'SIGINT');
	expect(await pty.exited).toBe(130);
	await pty.waitForScreen(() => true);
	expect(pty.terminal.buffer.active.type).toBe('normal');
	expect(cursorVisible(pty.terminal)).toBe(true);
});

test('SIGTSTP leaves the alternate screen and raw mode before stopping; SIGCONT restores both and redraws', async () => {
	const {pty, pid} = await startReader('tstp');
	expect(rawMode(pid)).toBe(true);
	const before = pty.output().length;
	process.kill(pid, 'SIGTSTP');
	await until(() => processState(pid) === 'T', 'the reader stops');
	expect(rawMode(pid)).toBe(false);

	// `script` stops itself when its child stops, as a shell's job would, and holds the output it has
	// not passed on yet; continuing it continues the reader, as `fg` does.
	await continueStopped(pty, pid);
	// The screen still holds the old frame until the stop's output arrives: wait for the return first.
	await until(() => pty.output().slice(before).includes('\u001B[?1049h'), 'the reader is back in the alternate screen');
	const redrawn = await pty.waitForScreen(screen => pty.terminal.buffer.active.type === 'alternate' && screen.includes('北乡义镇抗疫纪实') && screen.includes('? help'));
	expect(redrawn).toContain('我的战“疫”故事');
	expect(rawMode(pid)).toBe(true);
	// It left the alternate screen, cursor shown, before stopping, and came back to it after.
	const afterStop = pty.output().slice(before);
	expect(afterStop.indexOf('\u001B[?25h\u001B[?1049l')).toBeGreaterThanOrEqual(0);
	expect(afterStop.indexOf('\u001B[?1049h')).toBeGreaterThan(afterStop.indexOf('\u001B[?1049l'));
	// Keys work again.
	pty.write('q');
	expect(await pty.exited).toBe(0);
});

test('Ctrl-Z suspends the reader as SIGTSTP does', async () => {
	const {pty, pid} = await startReader('ctrl-z');
	const before = pty.output().length;
	pty.write('\u001A');
	await until(() => processState(pid) === 'T', 'the reader stops');
	expect(rawMode(pid)).toBe(false);
	await continueStopped(pty, pid);
	await until(() => pty.output().slice(before).includes('\u001B[?1049h'), 'the reader is back in the alternate screen');
	await pty.waitForScreen(screen => screen.includes('北乡义镇抗疫纪实') && screen.includes('? help'));
	expect(pty.output().slice(before)).toContain('\u001B[?25h\u001B[?1049l');
	pty.write('q');
	expect(await pty.exited).toBe(0);
});

test('a terminal that goes away ends the reader quietly: no error, no stack, no assertion', async () => {
	const errors = path.join(scratch, 'gone.stderr');
	const {pty, pid} = await startReader('gone', `2>${errors}`);
	// Closing the pty's master side is what closing a terminal window does: the kernel hangs up the reader.
	pty.child.kill('SIGKILL');
	await until(() => processState(pid) === undefined || processState(pid) === 'Z', 'the reader ends');
	expect(readFileSync(errors, 'utf8')).toBe('');
});

test('terminal controls go to the terminal only: stderr that is a file gets none', async () => {
	const errors = path.join(scratch, 'quit.stderr');
	writeFileSync(errors, '');
	const {pty} = await startReader('quit', `2>${errors}`);
	pty.write('q');
	expect(await pty.exited).toBe(0);
	expect(readFileSync(errors, 'utf8')).toBe('');
});
