import {displayName} from '../core/text/display-name.js';
import {errorReasons, notText} from '../io/read-documents.js';
import type {Messages, TextKey} from '../state/messages/messages.js';

/** The io layer's English reasons, and the message that says each in the user's language. */
const reasons: ReadonlyArray<readonly [string, TextKey]> = [
	[notText, 'skip.binary'],
	[errorReasons.EACCES, 'skip.permission'],
	[errorReasons.EISDIR, 'skip.directory'],
	[errorReasons.ENOENT, 'skip.gone'],
	['not a regular file', 'skip.not-regular'],
	['dangling symbolic link', 'skip.dangling'],
	[errorReasons.ELOOP, 'skip.loop'],
	['folder cannot be read', 'skip.folder'],
];

/**
 * The line that tells a file was left out, in the user's language (details such as
 * `PNG image` or `EACCES` kept), safe for a terminal whatever the file is named.
 */
export function skipMessage(messages: Messages, path: string, reason: string): string {
	const known = reasons.find(([english]) => reason.startsWith(english));
	const translated = known ? `${messages[known[1]]}${reason.slice(known[0].length)}` : reason;
	return `yuelan: ${messages['error.skipped'](displayName(path), displayName(translated))}\n`;
}
