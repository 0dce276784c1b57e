import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {afterEach, beforeAll, expect, test} from 'vitest';
import {cliPath} from '../helpers/built-cli.js';
import {cursorVisible, startPty, type PtySession} from './pty.js';

const enter = '\r';
const columns = 100;
const rows = 30;
const cli = cliPath;
let session: PtySession | undefined;

beforeAll(() => {
	// `npm test` builds first; the binary under test is the one users get.
	if (!existsSync(cli)) {
		throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) before these tests.');
	}
});

afterEach(() => {
	session?.child.kill();
});

/** The reader pane's text (right of the separator) on a screen row. */
const readerRow = (screen: string, row: number) => screen.split('\n')[row]?.split('│')[1]?.trim() ?? '';
const statusRow = (screen: string) => screen.split('\n')[rows - 2] ?? '';

test('the built reader in a pseudo-terminal: titles, j, Enter, ], q', async () => {
	session = startPty(`node ${cli}`, columns, rows, process.cwd());
	const pty = session;
	const first = await pty.waitForScreen(screen => screen.includes('北乡义镇抗疫纪实') && screen.includes('? help'));
	expect(pty.terminal.buffer.active.type).toBe('alternate');
	expect(cursorVisible(pty.terminal)).toBe(false);
	expect(first).toContain('我的战“疫”故事');
	expect(first).toContain('我州564名駐村干部');

	// J previews the next document at once.
	pty.write('j');
	const second = await pty.waitForScreen(screen => readerRow(screen, 0) !== readerRow(first, 0));
	expect(readerRow(second, 0)).toContain('我州564名');

	// Down to 北乡义镇抗疫纪实 (the last), Enter gives the reader the keys: its hints show.
	pty.write('jjj');
	await pty.waitForScreen(screen => readerRow(screen, 0) === '北乡义镇抗疫纪实');
	pty.write(enter);
	const opened = await pty.waitForScreen(screen => statusRow(screen).includes('] section'));
	expect(statusRow(opened)).toMatch(/^北乡义镇抗疫纪实 · §0\/\d+ · \d+%/);

	// ] jumps to the first section: its title is on top and in the status line.
	pty.write(']');
	const jumped = await pty.waitForScreen(screen => /§1\/\d+/.test(statusRow(screen)));
	const sectionTitle = /^北乡义镇抗疫纪实 · (.+?) · §1\/\d+ · \d+%/.exec(statusRow(jumped))?.[1] ?? '';
	expect(sectionTitle).not.toBe('');
	// The status line may shorten the section's title; the reader shows it whole.
	expect(readerRow(jumped, 0).startsWith(sectionTitle.replace(/…$/u, ''))).toBe(true);

	pty.write('q');
	expect(await pty.exited).toBe(0);
	await pty.waitForScreen(() => true);
	expect(pty.terminal.buffer.active.type).toBe('normal');
	expect(cursorVisible(pty.terminal)).toBe(true);
}, 30_000);

test.each([
	[100, 30],
	[80, 24],
])('incremental redraws keep every row in place while reading at %i×%i', async (width, height) => {
	session = startPty(`node ${cli}`, width, height, process.cwd());
	const pty = session;
	const lines = (screen: string) => screen.split('\n');
	const status = (screen: string) => lines(screen)[height - 2] ?? '';
	const listColumn = (screen: string) => lines(screen).slice(0, height - 2).map(line => line.split(/[│|]/)[0] ?? '');
	// Every row where it belongs: the list does not move while the reader scrolls, the status line is
	// second to last and the last row is empty. A redraw that starts a row off breaks one of these.
	const inPlace = (screen: string, list: string[]) =>
		listColumn(screen).join('\n') === list.join('\n') && status(screen).includes('] section') && lines(screen)[height - 1] === '';
	await pty.waitForScreen(screen => screen.includes('北乡义镇抗疫纪实'));
	// The magazine: long, with sections, so every key below changes the frame.
	pty.write('jj');
	await pty.waitForScreen(screen => readerRow(screen, 0).startsWith('研究与交流'));
	pty.write('\t');
	let screen = await pty.waitForScreen(current => status(current).includes('] section'));
	const list = listColumn(screen);
	expect(list.filter(row => row.startsWith('* '))).toEqual([expect.stringMatching(/^\* 研究与交流/)]);
	// Scrolling by a line changes every row, which can hide a misplaced redraw; jumps and pages do not.
	for (const key of ['j', 'j', ']', ']', 'j', 'f', '[', 'b', 'j']) {
		const before = screen;
		pty.write(key);
		screen = await pty.waitForScreen(current => current !== before && inPlace(current, list), 5000);
	}
}, 60_000);

test('Ctrl-C quits with status 0 and restores the terminal', async () => {
	session = startPty(`node ${cli}`, columns, rows, process.cwd());
	const pty = session;
	await pty.waitForScreen(screen => screen.includes('? help'));
	pty.write('\u0003');
	expect(await pty.exited).toBe(0);
	await pty.waitForScreen(() => true);
	expect(pty.terminal.buffer.active.type).toBe('normal');
	expect(cursorVisible(pty.terminal)).toBe(true);
}, 30_000);

test('SIGTERM restores the terminal', async () => {
	session = startPty(`node ${cli}`, columns, rows, process.cwd());
	const pty = session;
	await pty.waitForScreen(screen => screen.includes('? help'));
	// `script` runs the reader as its child; signal the reader itself.
	const reader = execFileSync('pgrep', ['-P', String(pty.child.pid)], {encoding: 'utf8'}).trim().split('\n')[0];
	process.kill(Number(reader), 'SIGTERM');
	await pty.exited;
	await pty.waitForScreen(() => true);
	expect(pty.terminal.buffer.active.type).toBe('normal');
	expect(cursorVisible(pty.terminal)).toBe(true);
}, 30_000);

test('TERM=dumb prints the list instead of opening the reader', async () => {
	session = startPty(`env TERM=dumb node ${cli}`, columns, rows, process.cwd());
	const pty = session;
	expect(await pty.exited).toBe(0);
	const screen = await pty.waitForScreen(() => true);
	expect(screen).toContain('北乡义镇抗疫纪实');
	expect(screen).toMatch(/^id +date/m);
	expect(pty.output()).not.toContain('\u001B[?1049h');
}, 30_000);

test('a process with no terminal to read keys from is refused with status 2', async () => {
	// setsid leaves the process without a controlling terminal, so /dev/tty cannot be opened.
	session = startPty(`setsid -w node ${cli} < /dev/null`, columns, rows, process.cwd());
	const pty = session;
	expect(await pty.exited).toBe(2);
	const screen = await pty.waitForScreen(() => true);
	expect(screen).toContain('needs a terminal to read keys from');
	expect(pty.output()).not.toContain('\u001B[?1049h');
}, 30_000);

// Foreground and background colours are SGR 30–49 and 90–107; bold, dim and inverse are not colours.
const colourCode = /\u001B\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/;

test.each([
	['', '', true],
	['CI=1 ', '', true],
	['NO_COLOR=1 ', '', false],
	['', '--no-color', false],
])('env %s, flag %j: colour %s', async (environment, flag, coloured) => {
	session = startPty(`env ${environment}node ${cli} ${flag}`, columns, rows, process.cwd());
	const pty = session;
	await pty.waitForScreen(screen => screen.includes('北乡义镇抗疫纪实'));
	pty.write('q');
	expect(await pty.exited).toBe(0);
	expect(colourCode.test(pty.output())).toBe(coloured);
}, 30_000);

test('a folder with binaries: the others load in the background, the skips are reported after the reader closes', async () => {
	session = startPty(`node ${cli} test/fixtures`, columns, rows, process.cwd());
	const pty = session;
	await pty.waitForScreen(screen => screen.includes('在大理的第一个雨季') && screen.includes('关于做好2023年汛期'));
	expect(pty.output()).not.toContain('skipped');
	pty.write('q');
	expect(await pty.exited).toBe(0);
	const screen = await pty.waitForScreen(current => current.includes('image.png'));
	expect(screen).toMatch(/yuelan: skipped .*binary\.dat: not a text file \(contains NUL bytes\)/);
	expect(screen).toMatch(/yuelan: skipped .*image\.png: not a text file \(PNG image\)/);
	// The fixtures' own script is a web page asset: counted, never listed.
	expect(screen).toMatch(/yuelan: left out 1 web page asset in test\/fixtures \(\.js\)/);
}, 30_000);

test('no readable document: the reader closes with status 2 and says why', async () => {
	session = startPty(`node ${cli} test/fixtures/image.png`, columns, rows, process.cwd());
	const pty = session;
	expect(await pty.exited).toBe(2);
	const screen = await pty.waitForScreen(current => current.includes('no readable document'));
	expect(pty.terminal.buffer.active.type).toBe('normal');
	expect(screen).toContain('yuelan: skipped');
}, 30_000);

test('Esc then j in one write (a fast typist, a slow link): both keys count; a lone Esc acts at once', async () => {
	session = startPty(`node ${cli}`, columns, rows, process.cwd());
	const pty = session;
	await pty.waitForScreen(screen => statusRow(screen).includes('1/5'));
	pty.write(enter);
	await pty.waitForScreen(screen => statusRow(screen).includes('Space page'));
	// Esc returns to the list, and j then moves its cursor to the second document.
	pty.write('\u001Bj');
	const moved = await pty.waitForScreen(screen => statusRow(screen).includes('2/5'));
	expect(statusRow(moved)).toContain('Enter open');
	pty.write(enter);
	await pty.waitForScreen(screen => statusRow(screen).includes('Space page'));
	// Nothing follows this Esc: it must not wait for a key that never comes.
	pty.write('\u001B');
	await pty.waitForScreen(screen => statusRow(screen).includes('Enter open') && statusRow(screen).includes('2/5'), 3000);
	pty.write('q');
	expect(await pty.exited).toBe(0);
}, 30_000);

test.each([
	['zh_CN.UTF-8', '? 帮助', '向下滚动一行', '阅读区'],
	['zh_TW.UTF-8', '? 說明', '向下捲動一行', '閱讀區'],
])('with LANG=%s the reader speaks Chinese: hints, help', async (locale, hint, help, heading) => {
	session = startPty(`node ${cli}`, columns, rows, process.cwd(), {LANG: locale});
	const pty = session;
	await pty.waitForScreen(screen => statusRow(screen).includes(hint));
	pty.write('?');
	const shown = await pty.waitForScreen(screen => screen.includes(help));
	expect(readerRow(shown, 0)).toBe(heading);
	pty.write('qq');
	expect(await pty.exited).toBe(0);
}, 30_000);
