import type {Document} from '../core/document.js';

/** How long the reader may go without seeing newly loaded documents. */
const batchMilliseconds = 80;

/**
 * Takes documents from a loader one at a time, yielding to the event loop in
 * between so that key presses are handled while the rest load. Yields the new
 * documents in batches: the first at once, later ones every few dozen
 * milliseconds (a big folder does not redraw per file), the rest at the end.
 */
export async function* feedDocuments(rest: AsyncIterator<Document>): AsyncGenerator<readonly Document[]> {
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
			yield batch;
			batch = [];
		}
	}

	if (batch.length > 0) {
		yield batch;
	}
}
