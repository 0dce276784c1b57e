import {displayName} from '../core/text/display-name.js';

/** The line that tells a file was left out, safe for a terminal whatever the file is named. */
export function skipMessage(path: string, reason: string): string {
	return `yuelan: skipped ${displayName(path)}: ${displayName(reason)}\n`;
}
