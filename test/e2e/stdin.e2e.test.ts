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
