import {sanitize} from './sanitize.js';

/**
 * A file name or message made safe for one line of a terminal: escape sequences and
 * control characters go as they go from document text (so a name cannot set the
 * clipboard with OSC 52 or move the cursor), and what would break the line (newline,
 * tab, carriage return, line separators) shows as `?`, as `ls` shows it, so a name
 * cannot split a row of `--list`.
 */
export function displayName(text: string): string {
	return sanitize(text).replace(/[\n\t]/g, '?');
}
