import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';
import type {Document} from '../core/document.js';
import {attachIndexData} from '../core/search/attached-index-data.js';
import type {DocumentFile} from './find-documents.js';
import type {OnSkip} from './load-documents.js';
import type {LoadAnswer, LoadItem, LoaderMessage, LoaderRequest, LoaderSetup} from './loader-message.js';

/** Starts one loading worker; tests start another script. */
export type StartWorker = (setup: LoaderSetup) => Worker;

/** The bundled worker, dist/load-worker.js, beside the bundle that imports this. */
const startLoadWorker: StartWorker = setup => new Worker(new URL('load-worker.js', import.meta.url), {workerData: setup});

/** Documents loading in a pool of worker threads. */
export type LoadingPool = {
	/** The documents in the order of `files`, each once it and those before it are answered. */
	readonly documents: AsyncGenerator<Document>;
	/** How many files were answered (loaded or skipped), of how many, and how far those being processed have come. */
	readonly progress: () => LoadingProgress;
	/** Ends every worker at once, whatever it is doing. */
	readonly stop: () => Promise<void>;
	/** Once every document has come: trims the cache to its cap, off the reader's thread, then ends the workers. */
	readonly finish: () => Promise<void>;
	/** How many documents `documents` has handed over, and whether that is all of them (every file passed). */
	readonly delivered: () => {readonly documents: number; readonly all: boolean};
};

/** Files answered, of how many, and the shares done of the files that are taking a while (0.4 + 0.7 = 1.1). */
export type LoadingProgress = {readonly done: number; readonly total: number; readonly partial: number};

/** Options of `loadInWorkers`. */
export type PoolOptions = {
	/** The cache folder and its cap (no folder: --no-cache). */
	readonly setup: LoaderSetup;
	/** How many workers; one per core by default. */
	readonly workers?: number;
	readonly start?: StartWorker;
};

/**
 * Files a worker holds at once, so it never waits for the next one: the reader's thread
 * hands out more only between its frames, searches and collections, which can take a tenth
 * of a second, and a worker answers a cached file in half a millisecond (with 8, the workers
 * sat idle 40% of a warm reopen of 10,000 files). More are sent once half are answered, all
 * in one message.
 */
const inFlightPerWorker = 64;
/**
 * Starts loading `files` on a pool of worker threads, one per core. Files go a few at a
 * time to whichever worker has answered half of its own, so a huge file holds up one
 * worker, not the others. An error in a worker, or its exit while it owes answers, is thrown.
 */
export function loadInWorkers(files: readonly DocumentFile[], onSkip: OnSkip, {setup, workers: workerCount = availableParallelism(), start = startLoadWorker}: PoolOptions): LoadingPool {
	const results = new Map<number, LoadAnswer>();
	const failures: Error[] = [];
	let wake: (() => void) | undefined;
	let next = 0;
	let done = 0;
	// How far each file that is taking a while has come, by request index, until it is answered.
	const shares = new Map<number, number>();
	let stopping = false;
	const wakeUp = () => {
		wake?.();
	};

	const slots = Array.from({length: Math.min(Math.max(1, workerCount), files.length)}, () => ({worker: start(setup), inFlight: 0, evicting: false, error: undefined as Error | undefined}));
	const feed = (slot: (typeof slots)[number]) => {
		if (slot.inFlight > inFlightPerWorker / 2 || next >= files.length) {
			return;
		}

		const items: LoadItem[] = [];
		for (; slot.inFlight < inFlightPerWorker && next < files.length; next++) {
			slot.inFlight++;
			items.push({index: next, file: files[next]!});
		}

		slot.worker.postMessage({type: 'load', items} satisfies LoaderRequest);
	};

	for (const slot of slots) {
		// A reader closed while files still load must exit at once, not when the last file is done.
		slot.worker.unref();
		slot.worker.on('message', (message: LoaderMessage) => {
			if (message.type === 'loaded') {
				for (const answer of message.answers) {
					slot.inFlight--;
					done++;
					shares.delete(answer.index);
					results.set(answer.index, answer);
				}

				feed(slot);
			} else if (message.type === 'progress') {
				shares.set(message.index, message.share);
			} else {
				slot.evicting = false;
			}

			wakeUp();
		});
		// An error can overtake the answers the worker posted before it; Node delivers those
		// before 'exit', so the error is reported there, after them.
		slot.worker.on('error', (error) => {
			slot.error = error;
		});
		slot.worker.on('exit', (code) => {
			if (slot.error) {
				failures.push(slot.error);
			} else if (!stopping && (slot.inFlight > 0 || slot.evicting)) {
				failures.push(new Error(`a loading worker stopped (exit code ${code})`));
			}

			wakeUp();
		});
		feed(slot);
	}

	const stop = async () => {
		stopping = true;
		await Promise.all(slots.map(async ({worker}) => worker.terminate()));
	};

	const nextMessage = async () => {
		if (failures.length > 0) {
			throw failures[0]!;
		}

		await new Promise<void>((resolve) => {
			wake = resolve;
		});
	};

	let yieldedAll = false;
	let yielded = 0;
	// Whether every file after `index` has been answered without a document: then no document is to come.
	const onlySkipsAfter = (index: number) => {
		for (let next = index + 1; next < files.length; next++) {
			if (!results.has(next) || results.get(next)!.document) {
				return false;
			}
		}

		return true;
	};

	async function * inOrder(): AsyncGenerator<Document> {
		try {
			for (let index = 0; index < files.length; index++) {
				while (!results.has(index)) {
					await nextMessage();
				}

				const result = results.get(index)!;
				results.delete(index);
				for (const {path, reason} of result.skips) {
					onSkip(path, reason);
				}

				if (result.document) {
					if (result.search) {
						attachIndexData(result.document, result.search);
					}

					yielded++;
					yieldedAll = onlySkipsAfter(index);
					yield result.document;
				}
			}

			yieldedAll = true;
		} finally {
			// Left early (the reader closed) or failed: nothing more is wanted of the workers.
			if (!yieldedAll) {
				await stop();
			}
		}
	}

	const finish = async () => {
		const first = slots[0];
		try {
			if (setup.cacheFolder !== undefined && first && !stopping) {
				first.evicting = true;
				first.worker.postMessage({type: 'evict'} satisfies LoaderRequest);
				while (first.evicting) {
					await nextMessage();
				}
			}
		} finally {
			await stop();
		}
	};

	const progress = () => {
		let partial = 0;
		for (const share of shares.values()) {
			partial += share;
		}

		return {done, total: files.length, partial};
	};

	return {documents: inOrder(), progress, stop, finish, delivered: () => ({documents: yielded, all: yieldedAll})};
}
