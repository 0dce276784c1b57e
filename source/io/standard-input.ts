import {fstatSync, openSync} from 'node:fs';
import tty from 'node:tty';
import {maxDocumentBytes} from './read-capped.js';

/**
 * Whether standard input brings a document, as less reads one: a shell's pipe (a
 * FIFO) or a redirected file. A terminal or /dev/null does not, and neither does
 * the socket a Node parent gives by default (spawnSync closes it empty): programs
 * that run yuelan that way would otherwise get an empty document instead of their
 * paths' default; they can pass `-` to mean standard input.
 */
export function stdinBringsDocument(): boolean {
	try {
		const stats = fstatSync(0);
		return stats.isFIFO() || stats.isFile();
	} catch {
		// A closed standard input brings nothing.
		return false;
	}
}

/**
 * Everything standard input brings, until it ends; past `cap` bytes it stops
 * reading (one byte more, so that the caller can tell it was too large).
 */
export async function readStdin(cap = maxDocumentBytes): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let length = 0;
	for await (const chunk of process.stdin) {
		chunks.push(chunk as Buffer);
		length += (chunk as Buffer).length;
		if (length > cap) {
			break;
		}
	}

	return Buffer.concat(chunks).subarray(0, cap + 1);
}

/**
 * The terminal to read keys from when standard input is not one (it brings the
 * document, or is /dev/null): the controlling terminal, as less opens it.
 * Undefined when the process has none.
 */
export function openTerminalInput(): tty.ReadStream | undefined {
	try {
		return new tty.ReadStream(openSync('/dev/tty', 'r'));
	} catch {
		return undefined;
	}
}
