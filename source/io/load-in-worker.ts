import {Worker} from 'node:worker_threads';
import type {Document} from '../core/document.js';
import type {DocumentFile} from './find-documents.js';
import type {OnSkip} from './load-corpus.js';
import type {LoaderMessage} from './loader-message.js';

/** Starts the loading worker for some files; tests start another script. */
export type StartWorker = (files: readonly DocumentFile[]) => Worker;

/** The bundled worker, dist/load-worker.js, beside the bundle that imports this. */
const startLoadWorker: StartWorker = files => new Worker(new URL('load-worker.js', import.meta.url), {workerData: files});

/**
 * Starts loading documents in a worker thread at once, and returns them one by one
 * as they arrive. The worker ends after the last, or when the caller stops
 * iterating; an error in it, or its exit before it said it was done, is thrown.
 */
export function loadInWorker(files: readonly DocumentFile[], onSkip: OnSkip, start: StartWorker = startLoadWorker): AsyncGenerator<Document> {
	const worker = start(files);
	// A reader closed while files still load must exit at once, not when the last file is done.
	worker.unref();
	const queue: Array<LoaderMessage | Error> = [];
	let wake: (() => void) | undefined;
	const push = (item: LoaderMessage | Error) => {
		queue.push(item);
		wake?.();
	};

	worker.on('message', push);
	worker.on('error', push);
	worker.on('exit', (code) => {
		// After 'done' or an error this changes nothing; otherwise the reader would wait forever.
		push(new Error(`the loading worker stopped (exit code ${code})`));
	});
	const next = async (): Promise<LoaderMessage | Error> => {
		while (queue.length === 0) {
			await new Promise<void>((resolve) => {
				wake = resolve;
			});
		}

		return queue.shift()!;
	};

	return (async function * () {
		try {
			for (;;) {
				const item = await next();
				if (item instanceof Error) {
					throw item;
				}

				if (item.type === 'done') {
					return;
				}

				if (item.type === 'skip') {
					onSkip(item.path, item.reason);
				} else {
					yield item.document;
				}
			}
		} finally {
			await worker.terminate();
		}
	})();
}
