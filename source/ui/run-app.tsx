import {render} from 'ink';
import type {Document} from '../core/document.js';
import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {layoutDocument} from '../core/layout/layout-document.js';
import type {Messages} from '../state/messages/messages.js';
import {en} from '../state/messages/en.js';
import type {AppState} from '../state/app-state.js';
import {pumpDocuments, type DocumentBatch} from '../state/pump-documents.js';
import {createServices, type Services} from '../state/services.js';
import {crashMessage} from '../core/crash-message.js';
import {App} from './app.js';
import {openTerminalSession, suspendReader} from './terminal-session.js';
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
	/** The interface's text, in the user's language. */
	readonly messages?: Messages;
	/** Where keys come from: standard input, or the terminal when standard input brought the document. */
	readonly stdin?: NodeJS.ReadStream;
	/** Documents known before the first frame (read from the cache); `batches` bring the rest. */
	readonly documents?: readonly Document[];
};

/** How the reader ended: the exit status, and a message for stderr. */
type Ending = {
	readonly status: number;
	readonly message?: string;
};

function Root({services, options}: {readonly services: Services; readonly options: RunAppOptions}) {
	const {columns, rows} = useTerminalSize();
	return <App services={services} width={columns} height={rows} color={options.color} initialState={options.initialState} onStateChange={options.onStateChange} onSuspend={suspendReader} messages={options.messages} />;
}

/** An error as an ending: one that carries an exit status (no readable document: 2) is a finished message, not a crash. */
export function endingOf(error: unknown, messages: Messages = en): Ending {
	const status = (error as {status?: unknown} | undefined)?.status;
	if (typeof status === 'number' && error instanceof Error) {
		return {status, message: error.message};
	}

	// One line for the user; the stack (with minified bundle source) only with --debug.
	return {status: 1, message: crashMessage(error, process.env['YUELAN_DEBUG'] === '1', messages['error.internal']).trimEnd()};
}

/**
 * Runs the full-screen reader until the user quits, and returns the exit status
 * (only `cli/` ends the process). The terminal is restored on quit, SIGTERM, SIGINT,
 * SIGHUP and crashes, and kept right across a suspend (terminal-session.ts); a crash's
 * error is printed after the restore, with status 1.
 * Documents arrive in batches through `batches` while the user reads.
 */
export async function runApp(options: RunAppOptions, batches?: AsyncIterable<DocumentBatch>): Promise<number> {
	const services = createServices({layoutDocument, ambiguous: options.ambiguous, indent: options.indent, documents: options.documents});
	options.onServices?.(services);
	let end: (ending: Ending) => void = () => undefined;
	const ended = new Promise<Ending>((resolve) => {
		end = resolve;
	});
	const crash = (error: unknown) => {
		end(endingOf(error, options.messages));
	};

	const stdin = options.stdin ?? process.stdin;
	const session = openTerminalSession(
		{
			end(status) {
				end({status});
			},
		},
		stdin,
	);
	const instance = render(<Root services={services} options={options} />, {
		// Only changed rows are rewritten; patches/ink+6.8.0.patch mends Ink 6.8's cursor arithmetic for it.
		incrementalRendering: true,
		// Ctrl-C goes through the keymap like every other key.
		exitOnCtrlC: false,
		stdin,
	});
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
	session.restore();
	session.close();
	process.off('uncaughtException', crash);
	process.off('unhandledRejection', crash);
	if (ending.message !== undefined) {
		process.stderr.write(`${ending.message}\n`);
	}

	return ending.status;
}
