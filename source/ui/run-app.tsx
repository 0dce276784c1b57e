import {render} from 'ink';
import type {Document} from '../core/document.js';
import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {layoutDocument} from '../core/layout/layout-document.js';
import {App} from './app.js';
import {useTerminalSize} from './use-terminal-size.js';

/** How the reader looks. */
export type RunAppOptions = {
	/** False for NO_COLOR / --no-color. */
	readonly color: boolean;
	/** Width of ambiguous characters; 'wide' also avoids box drawing. */
	readonly ambiguous: AmbiguousWidth;
	/** First-line indent of paragraphs, in full-width spaces. */
	readonly indent: number;
};

// Ink 6.8 has no alternate-screen option: enter it (cleared, cursor home) and hide the cursor ourselves.
const enterScreen = '\u001B[?1049h\u001B[H\u001B[2J\u001B[?25l';
const leaveScreen = '\u001B[?25h\u001B[?1049l';
function Root({documents, options}: {readonly documents: readonly Document[]; readonly options: RunAppOptions}) {
	const {columns, rows} = useTerminalSize();
	return <App documents={documents} layoutDocument={layoutDocument} width={columns} height={rows} {...options} />;
}

/** Hands each longer list of documents to `show` until the list is complete or the app has exited. */
async function feed(more: AsyncIterable<readonly Document[]> | undefined, exited: Promise<unknown>, show: (list: readonly Document[]) => void): Promise<void> {
	if (!more) {
		return;
	}

	let done = false;
	exited.then(
		() => {
			done = true;
		},
		() => {
			done = true;
		},
	);
	for await (const list of more) {
		if (done) {
			return;
		}

		show(list);
	}
}

/** Puts the terminal back exactly once: raw mode off, cursor shown, alternate screen left. */
function createRestore(): () => void {
	let restored = false;
	return () => {
		if (restored) {
			return;
		}

		restored = true;
		if (process.stdin.isTTY) {
			process.stdin.setRawMode(false);
		}

		process.stdout.write(leaveScreen);
	};
}

/**
 * Runs the full-screen reader until the user quits. The terminal is restored on
 * quit, SIGTERM, SIGHUP and crashes; a crash's error is printed after the restore
 * and sets a non-zero exit code. Documents still loading arrive through `more`,
 * each time as the whole list so far; the list grows while the user reads.
 */
export async function runApp(documents: readonly Document[], options: RunAppOptions, more?: AsyncIterable<readonly Document[]>): Promise<void> {
	const restore = createRestore();
	process.stdout.write(enterScreen);
	const instance = render(<Root documents={documents} options={options} />, {
		// Only changed rows are rewritten; scripts/bundle.js mends Ink 6.8's cursor arithmetic for it.
		incrementalRendering: true,
		// Ctrl-C goes through the keymap like every other key.
		exitOnCtrlC: false,
	});
	const crash = (error: unknown) => {
		instance.unmount();
		restore();
		// An error that carries an exit status (no readable document: 2) is a finished message, not a crash.
		const status = (error as {status?: unknown} | undefined)?.status;
		if (typeof status === 'number' && error instanceof Error) {
			process.stderr.write(`${error.message}\n`);
			process.exit(status);
		}

		process.stderr.write(`yuelan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	};

	const signals: Array<[NodeJS.Signals, number]> = [
		['SIGTERM', 143],
		['SIGHUP', 129],
	];
	const onSignal = (signal: NodeJS.Signals) => {
		instance.unmount();
		restore();
		process.exit(signals.find(([name]) => name === signal)?.[1] ?? 1);
	};

	for (const [signal] of signals) {
		process.on(signal, onSignal);
	}

	process.on('uncaughtException', crash);
	process.on('unhandledRejection', crash);
	const exited = instance.waitUntilExit();
	feed(more, exited, (list) => {
		instance.rerender(<Root documents={list} options={options} />);
	}).catch(crash);
	try {
		await exited;
		restore();
	} catch (error) {
		// Ink rejects when a component throws; its error frame vanishes with the alternate screen.
		restore();
		process.stderr.write(`yuelan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exitCode = 1;
	} finally {
		for (const [signal] of signals) {
			process.off(signal, onSignal);
		}

		process.off('uncaughtException', crash);
		process.off('unhandledRejection', crash);
	}
}
