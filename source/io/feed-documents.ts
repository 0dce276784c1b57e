import type {Document} from '../core/document.js';

/** How long the reader may go without seeing newly loaded documents. */
const batchMilliseconds = 80;

/**
 * Takes documents from a loader one at a time, yielding to the event loop in
 * between so that key presses are handled while the rest load. Yields the whole
 * list so far every few dozen milliseconds, and once more at the end.
 */
export async function* feedDocuments(first: readonly Document[], rest: AsyncIterator<Document>): AsyncGenerator<readonly Document[]> {
	let list = first;
	let shown = list;
	let shownAt = performance.now();
	for (;;) {
		await new Promise((resolve) => {
			setImmediate(resolve);
		});
		const next = await rest.next();
		if (next.done) {
			break;
		}

		list = [...list, next.value];
		// The first document is shown at once; later ones in batches, so a big folder does not redraw per file.
		if (list.length === 1 || performance.now() - shownAt > batchMilliseconds) {
			shown = list;
			shownAt = performance.now();
			yield list;
		}
	}

	if (list !== shown) {
		yield list;
	}
}
