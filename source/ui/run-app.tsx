import {render} from 'ink';
import type {Document} from '../core/document.js';
import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {layoutDocument} from '../core/layout/layout-document.js';
import type {AppState} from '../state/app-state.js';
import {pumpDocuments} from '../state/pump-documents.js';
import {createServices, type Services} from '../state/services.js';
import {App} from './app.js';
import {useTerminalSize} from './use-terminal-size.js';

/** How the reader looks, and where its side effects go. */
export type RunAppOptions = {
	/** False for NO_COLOR / --no-color. */
	readonly color: boolean;
	/** Width of ambiguous characters; 'wide' also avoids box drawing. */
	readonly ambiguous: AmbiguousWidth;
	/** First-line indent of paragraphs, in full-width spaces. */
	readonly indent: number;
	/** Where to start, e.g. a restored reading position. */
	readonly initialState?: AppState;
	/** Called after every change of state. */
	readonly onStateChange?: (state: AppState) => void;
	/** Called once with the services, before the first frame, so callers can attach to them. */
	readonly onServices?: (services: Services) => void;
};

/** How the reader ended: the exit status, and a message for stderr. */
type Ending = {
	readonly status: number;
	readonly message?: string;
};

// Ink 6.8 has no alternate-screen option: enter it (cleared, cursor home) and hide the cursor ourselves.
const enterScreen = '\u001B[?1049h\u001B[H\u001B[2J\u001B[?25l';
const leaveScreen = '\u001B[?25h\u001B[?1049l';

function Root({services, options}: {readonly services: Services; readonly options: RunAppOptions}) {
	const {columns, rows} = useTerminalSize();
	return <App services={services} width={columns} height={rows} color={options.color} initialState={options.initialState} onStateChange={options.onStateChange} />;
}

/** Puts the terminal back: raw mode off, cursor shown, alternate screen left. */
function restoreTerminal(): void {
	if (process.stdin.isTTY) {
		process.stdin.setRawMode(false);
	}

	process.stdout.write(leaveScreen);
}

/** An error as an ending: one that carries an exit status (no readable document: 2) is a finished message, not a crash. */
export function endingOf(error: unknown): Ending {
	const status = (error as {status?: unknown} | undefined)?.status;
	if (typeof status === 'number' && error instanceof Error) {
		return {status, message: error.message};
	}

	return {status: 1, message: `yuelan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`};
}

const signals: ReadonlyArray<[NodeJS.Signals, number]> = [
	['SIGTERM', 143],
	['SIGHUP', 129],
];

/**
 * Runs the full-screen reader until the user quits, and returns the exit status
 * (only `cli/` ends the process). The terminal is restored on quit, SIGTERM, SIGHUP
 * and crashes; a crash's error is printed after the restore, with status 1.
 * Documents arrive in batches through `batches` while the user reads.
 */
export async function runApp(options: RunAppOptions, batches?: AsyncIterable<readonly Document[]>): Promise<number> {
	const services = createServices({layoutDocument, ambiguous: options.ambiguous, indent: options.indent});
	options.onServices?.(services);
	let end: (ending: Ending) => void = () => undefined;
	const ended = new Promise<Ending>((resolve) => {
		end = resolve;
	});
	const crash = (error: unknown) => {
		end(endingOf(error));
	};

	const onSignal = (signal: NodeJS.Signals) => {
		end({status: signals.find(([name]) => name === signal)?.[1] ?? 1});
	};

	process.stdout.write(enterScreen);
	const instance = render(<Root services={services} options={options} />, {
		// Only changed rows are rewritten; scripts/bundle.js mends Ink 6.8's cursor arithmetic for it.
		incrementalRendering: true,
		// Ctrl-C goes through the keymap like every other key.
		exitOnCtrlC: false,
	});
	for (const [signal] of signals) {
		process.on(signal, onSignal);
	}

	process.on('uncaughtException', crash);
	process.on('unhandledRejection', crash);
	// Ink rejects when a component throws; its error frame would vanish with the alternate screen.
	instance.waitUntilExit().then(() => {
		end({status: 0});
	}, crash);
	if (batches) {
		pumpDocuments(batches, services.documents, ended).catch(crash);
	}

	const ending = await ended;
	instance.unmount();
	restoreTerminal();
	for (const [signal] of signals) {
		process.off(signal, onSignal);
	}

	process.off('uncaughtException', crash);
	process.off('unhandledRejection', crash);
	if (ending.message !== undefined) {
		process.stderr.write(`${ending.message}\n`);
	}

	return ending.status;
}
