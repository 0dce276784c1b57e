import process from 'node:process';

/** How the process ends when its output has nowhere to go: a closed pipe, a vanished terminal. */
const quietEnds: Record<string, number> = {EPIPE: 0, EIO: 129};

/**
 * Makes the process stop quietly, as `cat` does, when the reader of its output
 * goes away (`yuelan --list | head -1`): a write to a closed pipe ends it with
 * status 0, and one to a terminal that vanished with 129 (as SIGHUP would),
 * instead of an unhandled error with a stack. Other stream errors are rethrown.
 */
export function stopQuietlyOnClosedPipes(streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
	for (const stream of streams) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			const status = quietEnds[error.code ?? ''];
			if (status !== undefined) {
				process.exit(status);
			}

			throw error;
		});
	}
}
