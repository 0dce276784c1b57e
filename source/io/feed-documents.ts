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

/**
 * How long the reader may go without seeing newly loaded documents, or, while a large file is
 * processed, new progress. Each batch redraws the screen: at five a second a warm reopen of
 * 10,000 documents kept keys waiting ~90 ms (median), at two ~40 ms.
 */
const batchMilliseconds = 500;
const progressMilliseconds = 500;
/** How long documents already answered are taken in before key presses get a turn. */
const turnMilliseconds = 8;

/**
 * Takes documents from a loader one at a time, yielding to the event loop every few
 * milliseconds so that key presses are handled while the rest load. Yields the new
 * documents in batches: the first at once, later ones twice a second (each batch
 * redraws the screen, ~15 ms at 100 × 30; a big folder does not redraw per file), the
 * rest at the end, each with the loading progress; while no document comes (one large
 * file is processed), the progress alone, twice a second.
 */
export async function* feedDocuments(rest: AsyncIterator<Document>, progress: Progress = () => ({done: 0, total: 0})): AsyncGenerator<LoadedBatch> {
	let batch: Document[] = [];
	let shownAt = performance.now();
	let turnAt = shownAt;
	let first = true;
	let pending = rest.next();
	// One timer a window, not one per document: 10,000 cached documents arrive in a second or two.
	let window = timeout(progressMilliseconds);
	try {
		for (;;) {
			if (performance.now() - turnAt > turnMilliseconds) {
				await new Promise((resolve) => {
					setImmediate(resolve);
				});
				turnAt = performance.now();
			}

			const next = await Promise.race([pending, window.elapsed]);
			if (!next) {
				window = timeout(progressMilliseconds);
				shownAt = performance.now();
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
	} finally {
		window.cancel();
	}

	// Always once more at the end: the status line stops counting files.
	const {total} = progress();
	yield {documents: batch, done: total, total};
}

/** A promise that settles to undefined after `milliseconds`, and a way to cancel its timer. */
function timeout(milliseconds: number): {elapsed: Promise<undefined>; cancel: () => void} {
	let timer: NodeJS.Timeout | undefined;
	const elapsed = new Promise<undefined>((resolve) => {
		timer = setTimeout(() => {
			resolve(undefined);
		}, milliseconds);
	});
	return {
		elapsed,
		cancel() {
			clearTimeout(timer);
		},
	};
}
