import {displayName} from '../core/text/display-name.js';
import {readPageAssetsReason} from '../io/find-documents.js';
import {errorReasons, notText} from '../io/read-documents.js';
import type {Messages, TextKey} from '../state/messages/messages.js';

/** The io layer's English reasons, and the message that says each in the user's language (the more specific first). */
const reasons: ReadonlyArray<readonly [string, TextKey]> = [
	[notText, 'skip.binary'],
	['permission denied: a folder on its path cannot be searched', 'skip.path-permission'],
	[errorReasons.EACCES, 'skip.permission'],
	[errorReasons.EISDIR, 'skip.directory'],
	[errorReasons.ENOENT, 'skip.gone'],
	['not a regular file', 'skip.not-regular'],
	['dangling symbolic link', 'skip.dangling'],
	[errorReasons.ELOOP, 'skip.loop'],
	['folder cannot be read', 'skip.folder'],
	['cannot be read', 'skip.unreadable'],
	['could not be processed', 'skip.failed'],
	['error', 'skip.error'],
];

/** The kinds of file the io layer names in brackets (`PNG image`, `a FIFO`), by their last words. */
const kinds: ReadonlyArray<readonly [string, TextKey]> = [
	['legacy Microsoft Office document', 'kind.office'],
	['image', 'kind.image'],
	['document', 'kind.document'],
	['archive', 'kind.archive'],
	['executable', 'kind.executable'],
	['database', 'kind.database'],
	['contains NUL bytes', 'kind.nul-bytes'],
	['a folder', 'kind.folder'],
	['a FIFO', 'kind.fifo'],
	['a character device', 'kind.character-device'],
	['a block device', 'kind.block-device'],
	['a socket', 'kind.socket'],
	['of an unknown kind', 'kind.unknown'],
];

const tooLarge = /^larger than (\d+ MB)(?: \((\d+ MB)\))?, the largest document yuelan reads$/u;

/** A kind in the user's language, a format's name kept (`PNG 图像`); an error code or message as it is. */
function kindIn(messages: Messages, detail: string): string {
	const known = kinds.find(([english]) => detail === english || detail.endsWith(` ${english}`));
	return known ? detail.slice(0, detail.length - known[0].length) + messages[known[1]] : detail;
}

/** Why a file was left out, in the user's language; a reason it does not know stays as the io layer said it. */
export function reasonIn(messages: Messages, reason: string): string {
	const large = tooLarge.exec(reason);
	if (large) {
		return messages['skip.too-large'](large[1]!, large[2]);
	}

	const known = reasons.find(([english]) => reason.startsWith(english));
	if (!known) {
		return reason;
	}

	const head = messages[known[1]];
	const rest = reason.slice(known[0].length);
	// `folder cannot be read: permission denied (EACCES)`: the why is a reason of its own.
	if (rest.startsWith(': ')) {
		return messages['skip.because'](head, reasonIn(messages, rest.slice(2)));
	}

	const detail = /^ \((.*)\)$/su.exec(rest)?.[1];
	return detail === undefined ? head + rest : messages['skip.detail'](head, kindIn(messages, detail));
}

/**
 * The line that tells a file was left out, in the user's language (a format's name, an
 * error code kept), safe for a terminal whatever the file is named.
 */
export function skipMessage(messages: Messages, path: string, reason: string): string {
	// A folder's page assets are a count, not a file that could not be read.
	const assets = readPageAssetsReason(reason);
	if (assets) {
		return `yuelan: ${messages['skip.assets'](displayName(path), assets.count, displayName(assets.extensions))}\n`;
	}

	return `yuelan: ${messages['error.skipped'](displayName(path), displayName(reasonIn(messages, reason)))}\n`;
}
