/** How an internal error's message is told, without its stack; English unless the caller says it otherwise. */
export type InternalError = (message: string, debug: boolean) => string;

const inEnglish: InternalError = (message, debug) => `internal error: ${message}${debug ? '' : ' (run with --debug for details)'}`;

/**
 * What a user sees of an internal error: its message, on one line, told by `say` (the
 * interface's language). The stack (and with it, a line of minified bundle source) only
 * when debugging (`--debug`).
 */
export function crashMessage(error: unknown, debug: boolean, say: InternalError = inEnglish): string {
	if (debug && error instanceof Error && error.stack) {
		return `yuelan: ${error.stack}\n`;
	}

	const message = error instanceof Error ? error.message : String(error);
	return `yuelan: ${say(message.split('\n')[0]!, debug)}\n`;
}
