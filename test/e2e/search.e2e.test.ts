import {existsSync} from 'node:fs';
import {afterEach, beforeAll, expect, test} from 'vitest';
import {cliPath} from '../helpers/built-cli.js';
import {cursorVisible, startPty, type PtySession} from './pty.js';

const enter = '\r';
const arrowDown = '\u001B[B';
const columns = 100;
const rows = 30;
let session: PtySession | undefined;

beforeAll(() => {
	if (!existsSync(cliPath)) {
		throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) before these tests.');
	}
});

afterEach(() => {
	session?.child.kill();
});

const statusRow = (screen: string) => screen.split('\n')[rows - 2]!;

test('search in a pseudo-terminal: type a query, move through results, open a hit, n to the next', async () => {
	session = startPty(`node ${cliPath}`, columns, rows, process.cwd());
	const pty = session;
	// All five bundled documents listed (the last is 北乡义镇抗疫纪实), so the counts below are final.
	await pty.waitForScreen((screen) => screen.includes('? help') && screen.includes('北乡义镇抗疫纪实'));
	pty.write('/');
	await pty.waitForScreen((screen) => screen.includes('Esc cancel'));
	// An input method commits the whole word at once.
	pty.write('驻村干部');
	// Documents load and are indexed while the query is typed: the header says so until all are in.
	const results = await pty.waitForScreen((screen) => /[\d,]+ hits in [\d,]+ documents *│/.test(screen) && statusRow(screen).startsWith('/驻村干部'));
	const [, hits] = /([\d,]+) hits in/.exec(results)!;
	// The real cursor sits right after the typed text (1 + 4 × 2 columns), for the input method's window.
	// Ink places and shows it just after writing a frame's text, so it is waited for too.
	const cursorAtQuery = () => cursorVisible(pty.terminal) && pty.terminal.buffer.active.cursorX === 9 && pty.terminal.buffer.active.cursorY === rows - 2;
	// Times out (and fails) unless the cursor gets there.
	await pty.waitForScreen(() => cursorAtQuery(), 5000);

	pty.write(arrowDown);
	const moved = await pty.waitForScreen((screen) => screen !== results);
	expect(moved.split('\n').some((row) => row.startsWith('> '))).toBe(true);
	pty.write(enter);
	await pty.waitForScreen((screen) => statusRow(screen).includes(`hit 2/${hits}`));
	// The hit is drawn inverse in the reader.
	const buffer = pty.terminal.buffer.active;
	const inverse = Array.from({length: rows - 2}, (_, row) => buffer.getLine(row)!).some((line) => {
		for (let column = 0; column < columns; column++) {
			const cell = line.getCell(column);
			if (cell?.isInverse() && ['驻', '駐'].includes(cell.getChars())) {
				return true;
			}
		}

		return false;
	});
	expect(inverse).toBe(true);
	pty.write('n');
	await pty.waitForScreen((screen) => statusRow(screen).includes(`hit 3/${hits}`));
	pty.write('q');
	expect(await pty.exited).toBe(0);
}, 30_000);
