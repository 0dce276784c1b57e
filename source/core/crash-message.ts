/**
 * What a user sees of an internal error: its message, on one line. The stack (and
 * with it, a line of minified bundle source) only when debugging (`--debug`).
 */
export function crashMessage(error: unknown, debug: boolean): string {
	if (debug && error instanceof Error && error.stack) {
		return `yuelan: ${error.stack}\n`;
	}

	const message = error instanceof Error ? error.message : String(error);
	return `yuelan: internal error: ${message.split('\n')[0]}${debug ? '' : ' (run with --debug for details)'}\n`;
}
