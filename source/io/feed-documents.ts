import type {Document} from '../core/document.js';

/** Newly loaded documents, and how many files of how many have been answered so far. */
export type LoadedBatch = {
	readonly documents: readonly Document[];
	/** Files answered (loaded or skipped). */
	readonly done: number;
	/** Files to load in all. */
	readonly total: number;
};

/** How long the reader may go without seeing newly loaded documents. */
const batchMilliseconds = 80;

/**
 * Takes documents from a loader one at a time, yielding to the event loop in
 * between so that key presses are handled while the rest load. Yields the new
 * documents in batches: the first at once, later ones every few dozen
 * milliseconds (a big folder does not redraw per file), the rest at the end,
 * each with the loading progress.
 */
export async function* feedDocuments(
	rest: AsyncIterator<Document>,
	progress: () => {readonly done: number; readonly total: number} = () => ({done: 0, total: 0}),
): AsyncGenerator<LoadedBatch> {
	let batch: Document[] = [];
	let shownAt = performance.now();
	let first = true;
	for (;;) {
		await new Promise((resolve) => {
			setImmediate(resolve);
		});
		const next = await rest.next();
		if (next.done) {
			break;
		}

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
