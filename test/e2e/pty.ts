import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import xterm from '@xterm/headless';
import unicode11 from '@xterm/addon-unicode11';

/** A program running in a pseudo-terminal (util-linux `script`), its output fed to a headless xterm. */
export type PtySession = {
	readonly terminal: xterm.Terminal;
	/** Every byte the program wrote, in order. */
	readonly output: () => string;
	/** Sends keys as a user would type them. */
	write(keys: string): void;
	/** The screen, one string per row, trailing spaces removed. */
	screen(): string[];
	/** Resolves once the screen satisfies the predicate; rejects with the screen after the deadline. */
	waitForScreen(predicate: (screen: string) => boolean, timeout?: number): Promise<string>;
	/** Resolves with the exit status. */
	readonly exited: Promise<number | null>;
	readonly child: ChildProcess;
};

/** Whether the emulated cursor is visible; xterm keeps this in its core service only. */
export function cursorVisible(terminal: xterm.Terminal): boolean {
	const core = (terminal as unknown as {_core?: {coreService?: {isCursorHidden?: boolean}}})._core;
	return core?.coreService?.isCursorHidden === false;
}

/**
 * Runs `command` through `sh -c` in a `cols`×`rows` pseudo-terminal, without CI set, with
 * `extraEnv` added. Unless `extraEnv` names them, the state and cache folders are new and
 * empty for each session: a run never sees another's reading memory, nor the real home's.
 */
export function startPty(command: string, cols: number, rows: number, cwd: string, extraEnv: NodeJS.ProcessEnv = {}): PtySession {
	const terminal = new xterm.Terminal({cols, rows, allowProposedApi: true});
	terminal.loadAddon(new unicode11.Unicode11Addon());
	terminal.unicode.activeVersion = '11';
	// English unless the command sets a locale, whatever the machine's is.
	const home = mkdtempSync(path.join(tmpdir(), 'yuelan-pty-'));
	const env: NodeJS.ProcessEnv = {
		...process.env,
		TERM: 'xterm-256color',
		LANG: 'C.UTF-8',
		XDG_STATE_HOME: path.join(home, 'state'),
		XDG_CACHE_HOME: path.join(home, 'cache'),
		...extraEnv,
	};
	delete env.CI;
	delete env.LC_ALL;
	delete env.LC_MESSAGES;
	const child = spawn('script', ['-qfec', `stty cols ${cols} rows ${rows}; exec ${command}`, '/dev/null'], {
		cwd,
		env,
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	let output = '';
	let pending = Promise.resolve();
	child.stdout!.setEncoding('utf8');
	child.stdout!.on('data', (chunk: string) => {
		output += chunk;
		pending = new Promise(resolve => {
			terminal.write(chunk, resolve);
		});
	});
	const screen = () => {
		const buffer = terminal.buffer.active;
		return Array.from({length: rows}, (_, y) => buffer.getLine(y)?.translateToString(true) ?? '');
	};

	return {
		terminal,
		child,
		output: () => output,
		write(keys) {
			child.stdin!.write(keys);
		},
		screen,
		async waitForScreen(predicate, timeout = 10_000) {
			const deadline = Date.now() + timeout;
			for (;;) {
				await pending;
				const text = screen().join('\n');
				if (predicate(text)) {
					return text;
				}

				if (Date.now() > deadline) {
					throw new Error(`Timed out waiting for the screen:\n${text}`);
				}

				await new Promise(resolve => {
					setTimeout(resolve, 10);
				});
			}
		},
		exited: new Promise(resolve => {
			child.on('exit', code => {
				resolve(code);
			});
		}),
	};
}
