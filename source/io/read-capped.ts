import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import {kindOf} from './file-kind.js';

/** The largest document read, in bytes: well above the 50 MB documents the reader is built for. */
export const maxDocumentBytes = 128 * 1024 * 1024;

/** Why a file was not read, as a short reason for a "skipped" message. */
export class UnreadableFile extends Error {}

/**
 * Reads a regular file of at most `cap` bytes. Devices (`/dev/zero`), FIFOs and
 * sockets are refused without reading, and a file that claims no size (`/proc`)
 * is read no further than the cap, so no path can hang the reader or fill memory.
 * Throws `UnreadableFile` with the reason, or the file system's error.
 */
export function readCapped(path: string, cap = maxDocumentBytes): Uint8Array {
	// Non-blocking, so that opening a FIFO with no writer returns at once instead of waiting for one.
	const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) {
			throw new UnreadableFile(`not a regular file (${kindOf(stats)})`);
		}

		if (stats.size > cap) {
			throw new UnreadableFile(tooLarge(stats.size, cap));
		}

		return readUpTo(fd, stats.size, cap);
	} finally {
		closeSync(fd);
	}
}

function readUpTo(fd: number, expected: number, cap: number): Uint8Array {
	let buffer = Buffer.allocUnsafe(Math.max(expected + 1, 64 * 1024));
	let length = 0;
	for (;;) {
		if (length === buffer.length) {
			// The file grew, or reports no size: read on in bigger pieces, never past the cap.
			const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, cap + 1));
			buffer.copy(grown, 0, 0, length);
			buffer = grown;
		}

		const count = readSync(fd, buffer, length, buffer.length - length, null);
		if (count === 0) {
			return buffer.subarray(0, length);
		}

		length += count;
		if (length > cap) {
			throw new UnreadableFile(tooLarge(undefined, cap));
		}
	}
}

export function tooLarge(size: number | undefined, cap: number): string {
	const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;
	return `larger than ${megabytes(cap)}${size === undefined ? '' : ` (${megabytes(size)})`}, the largest document yuelan reads`;
}
