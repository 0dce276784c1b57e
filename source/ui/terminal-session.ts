import process from 'node:process';
import {isatty} from 'node:tty';

// Ink 6.8 has no alternate-screen option: enter it (cleared, cursor home) and hide the cursor ourselves.
const enterScreen = '\u001B[?1049h\u001B[H\u001B[2J\u001B[?25l';
const leaveScreen = '\u001B[?25h\u001B[?1049l';

/** Signals that end the reader with the terminal put back, and the exit status each gives (128 + its number). */
const endingSignals: ReadonlyArray<readonly [NodeJS.Signals, number]> = [
	['SIGTERM', 143],
	['SIGINT', 130],
	['SIGHUP', 129],
];

/** Errors that mean the terminal is gone (a closed pane, a dropped SSH connection). */
const goneCodes = new Set(['EIO', 'EPIPE', 'ENXIO', 'EBADF']);

/** What the session needs from the running app. */
export type SessionHooks = {
	/** Ends the reader because of a signal: restore the terminal and exit with `status`. */
	readonly end: (status: number) => void;
};

/** The terminal as the reader uses it: alternate screen, raw mode, hidden cursor. */
export type TerminalSession = {
	/** Leaves the alternate screen and raw mode and stops the process, as Ctrl-Z does in a shell; resumes on SIGCONT. */
	readonly suspend: () => void;
	/** Puts the terminal back (once): raw mode off, cursor shown, alternate screen left. Writes nothing to a terminal that is gone. */
	readonly restore: () => void;
	/** Removes the session's signal and error listeners. */
	readonly close: () => void;
};

let current: TerminalSession | undefined;

/** Suspends the running reader (the key binding for Ctrl-Z calls this); nothing when none runs. */
export function suspendReader(): void {
	current?.suspend();
}

/**
 * Enters the alternate screen and answers signals for the reader's lifetime:
 * SIGTERM, SIGINT and SIGHUP end it with the terminal put back; SIGTSTP suspends
 * it and SIGCONT redraws it. A terminal that goes away (a write fails with EIO,
 * stdin closes) ends the process at once and quietly, killed by SIGHUP as the
 * shell would have: nothing more is written to the dead terminal. `stdin` is where
 * keys come from: the terminal opened for them when standard input brought the document.
 */
export function openTerminalSession(hooks: SessionHooks, stdin: NodeJS.ReadStream = process.stdin): TerminalSession {
	const {stdout} = process;
	// Every resize draws the whole frame again: a terminal may drop what no longer fits when it
	// shrinks (xterm.js does), and a storm of sizes can end at the very size Ink last drew, where
	// its incremental renderer would rewrite nothing (patches/ink+6.8.0.patch reads this mark).
	(stdout as NodeJS.WriteStream & {yuelanFullRedraw?: boolean}).yuelanFullRedraw = true;
	let restored = false;
	let gone = false;
	const setRaw = (raw: boolean) => {
		if (stdin.isTTY && !gone) {
			stdin.setRawMode(raw);
		}
	};

	const write = (text: string) => {
		if (!gone) {
			stdout.write(text);
		}
	};

	const onEndingSignal = (signal: NodeJS.Signals) => {
		// A hung-up terminal answers no terminal request (isatty fails with EIO): SIGHUP from it is the terminal going away.
		if (signal === 'SIGHUP' && stdout.isTTY && !isatty(1)) {
			onGone();
		}

		hooks.end(endingSignals.find(([name]) => name === signal)?.[1] ?? 1);
	};

	const onGone = (error?: NodeJS.ErrnoException) => {
		if (error === undefined || goneCodes.has(error.code ?? '')) {
			gone = true;
			dieQuietly();
		}
	};

	const onStdinEnd = () => {
		onGone();
	};

	const suspend = () => {
		setRaw(false);
		write(leaveScreen);
		// SIGSTOP, not SIGTSTP: our own SIGTSTP listener would catch that and stop nothing.
		process.kill(process.pid, 'SIGSTOP');
	};

	const resume = () => {
		if (restored) {
			return;
		}

		setRaw(true);
		write(enterScreen);
		redrawAll();
	};

	for (const [signal] of endingSignals) {
		process.on(signal, onEndingSignal);
	}

	process.on('SIGTSTP', suspend);
	process.on('SIGCONT', resume);
	stdout.on('error', onGone);
	stdin.on('error', onGone);
	stdin.on('end', onStdinEnd);
	write(enterScreen);
	// Raw at once: Ink turns raw mode on only in an effect after the first frame, and a Ctrl-C
	// typed in between would be a SIGINT that ends the reader before it draws anything.
	setRaw(true);
	const session: TerminalSession = {
		suspend,
		restore() {
			if (!restored) {
				restored = true;
				if (stdout.isTTY && !isatty(1)) {
					onGone();
				}

				setRaw(false);
				write(leaveScreen);
			}
		},
		close() {
			for (const [signal] of endingSignals) {
				process.off(signal, onEndingSignal);
			}

			process.off('SIGTSTP', suspend);
			process.off('SIGCONT', resume);
			stdin.off('end', onStdinEnd);
			current = current === session ? undefined : current;
		},
	};
	current = session;
	return session;
}

/**
 * Makes Ink draw every row again on a cleared screen: its incremental renderer would
 * otherwise rewrite only the rows that changed since the last frame. Patched Ink
 * (patches/ink+6.8.0.patch) lets a 'resize' clear Ink's memory of the last frame when
 * stdout carries the session's mark, as a narrower terminal does.
 */
function redrawAll(): void {
	// The session marked stdout for full redraws on every resize.
	process.stdout.emit('resize');
}

/**
 * Ends the process as SIGHUP ends a program that does not catch it: no exit
 * handlers, so nothing writes to the dead terminal (Ink's unmount, cursor
 * restorers) and Node does not reset a terminal that is no longer there.
 */
function dieQuietly(): never {
	for (const signal of ['SIGHUP', 'SIGTERM', 'SIGINT'] as const) {
		process.removeAllListeners(signal);
	}

	process.kill(process.pid, 'SIGHUP');
	// SIGHUP ignored (nohup): nothing else ends a process without running exit handlers.
	process.kill(process.pid, 'SIGKILL');
	throw new Error('unreachable');
}
