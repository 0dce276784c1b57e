import {realpathSync, statSync} from 'node:fs';
import {documentKey, type DocumentKey, type FileStamp} from '../core/document-key.js';
import {binaryReason, decode, decodeWithoutCodec} from '../core/decode/decode.js';
import {loadLegacyCodec} from './legacy-codec.js';
import type {DocumentFile} from './find-documents.js';
import {maxDocumentBytes, readCapped, tooLarge, UnreadableFile} from './read-capped.js';

/** A document file's text, decoded but not yet cleaned. */
export type DocumentText = DocumentFile & {
	/** The whole text, with `\n` line endings. */
	readonly text: string;
	/** The encoding it was decoded from, e.g. `utf-8`, `gb18030`, `big5`. */
	readonly encoding: string;
	/** The resolved real path: the same file reached by two paths has one key. */
	readonly key: DocumentKey;
	/** Size and mtime of the bytes that were read. */
	readonly stamp: FileStamp;
};

/**
 * Reads and decodes `files` in order. A file that cannot be read or is not text is left out
 * and reported through `onSkip`; it never stops the others. The GB18030/Big5 codec is
 * loaded only when a file needs it.
 */
export async function readDocuments(
	files: readonly DocumentFile[],
	onSkip: (path: string, reason: string) => void,
): Promise<DocumentText[]> {
	const documents: DocumentText[] = [];
	for (const file of files) {
		try {
			const {key, stamp, bytes} = file.bytes ? fromStdin(file.bytes) : fromFile(file.path);
			const reason = binaryReason(bytes);
			if (reason) {
				onSkip(file.path, `${notText} (${reason})`);
				continue;
			}

			const decoded = decodeWithoutCodec(bytes) ?? decode(bytes, await loadLegacyCodec());
			documents.push({id: file.id, path: file.path, ...(file.name === undefined ? {} : {name: file.name}), key, stamp, ...decoded});
		} catch (error) {
			onSkip(file.path, describeError(error));
		}
	}

	return documents;
}

/** A file's bytes, with its key and stamp. */
function fromFile(path: string): {key: DocumentKey; stamp: FileStamp; bytes: Uint8Array} {
	const key = documentKey(realpathSync(path));
	// Stamped before reading: a change while it is read makes the stamp stale, so it is noticed next time.
	const {size, mtimeMs} = statSync(key);
	return {key, stamp: {size, mtimeMs}, bytes: readCapped(key)};
}

/** Bytes that came from standard input, held to the same cap as a file; no file, so no time. */
function fromStdin(bytes: Uint8Array): {key: DocumentKey; stamp: FileStamp; bytes: Uint8Array} {
	if (bytes.length > maxDocumentBytes) {
		throw new UnreadableFile(tooLarge(bytes.length, maxDocumentBytes));
	}

	return {key: documentKey('-'), stamp: {size: bytes.length, mtimeMs: 0}, bytes};
}

/** How a skipped binary's reason starts; the CLI translates these English reasons by their start. */
export const notText = 'not a text file';

/** Reasons for files that cannot be read, by error code. */
export const errorReasons = {
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EISDIR: 'is a directory',
	ENOENT: 'no longer exists',
	ELOOP: 'symbolic link loop',
} as const satisfies Record<string, string>;

function hasReason(code: string): code is keyof typeof errorReasons {
	return Object.hasOwn(errorReasons, code);
}

/** A reason for a "skipped" message, without a stack. */
export function describeError(error: unknown): string {
	if (error instanceof UnreadableFile) {
		return error.message;
	}

	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code && hasReason(code)) {
		return `${errorReasons[code]} (${code})`;
	}

	return code ? `cannot be read (${code})` : error instanceof Error ? error.message : String(error);
}
