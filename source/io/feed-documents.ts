import type {Document} from '../core/document.js';

/** Newly loaded documents, and how many files of how many have been answered so far. */
export type LoadedBatch = {
	readonly documents: readonly Document[];
	/** Files answered (loaded or skipped). */
	readonly done: number;
	/** Files to load in all. */
	readonly total: number;
	/** How far the files being processed have come, as a number of files (0.4 + 0.7 = 1.1). */
	readonly partial?: number;
};

type Progress = () => Omit<LoadedBatch, 'documents'>;

/** How long the reader may go without seeing newly loaded documents, or, while a large file is processed, new progress. */
const batchMilliseconds = 80;
const progressMilliseconds = 250;

/**
 * Takes documents from a loader one at a time, yielding to the event loop in
 * between so that key presses are handled while the rest load. Yields the new
 * documents in batches: the first at once, later ones every few dozen
 * milliseconds (a big folder does not redraw per file), the rest at the end,
 * each with the loading progress; while no document comes (one large file is
 * processed), the progress alone, a few times a second.
 */
export async function* feedDocuments(rest: AsyncIterator<Document>, progress: Progress = () => ({done: 0, total: 0})): AsyncGenerator<LoadedBatch> {
	let batch: Document[] = [];
	let shownAt = performance.now();
	let first = true;
	let pending = rest.next();
	for (;;) {
		await new Promise((resolve) => {
			setImmediate(resolve);
		});
		const next = await within(pending, progressMilliseconds);
		if (!next) {
			yield {documents: batch, ...progress()};
			batch = [];
			continue;
		}

		if (next.done) {
			break;
		}

		pending = rest.next();
		batch.push(next.value);
		if (first || performance.now() - shownAt > batchMilliseconds) {
			first = false;
			shownAt = performance.now();
			yield {documents: batch, ...progress()};
			batch = [];
		}
	}

	// Always once more at the end: the status line stops counting files.
	const {total} = progress();
	yield {documents: batch, done: total, total};
}

/** What `promise` settles to, or undefined when it takes longer than `milliseconds`. */
async function within<T>(promise: Promise<T>, milliseconds: number): Promise<T | undefined> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<undefined>((resolve) => {
		timer = setTimeout(() => {
			resolve(undefined);
		}, milliseconds);
	});
	try {
		return await Promise.race([promise, late]);
	} finally {
		clearTimeout(timer);
	}
}
