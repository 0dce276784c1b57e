import type {Document} from '../core/document.js';
import type {DocumentStore} from './document-store.js';

/**
 * Adds each batch of documents to the store as it arrives, until the batches end
 * (the store is then complete) or `stopped` settles (the reader has closed).
 */
export async function pumpDocuments(batches: AsyncIterable<readonly Document[]>, store: DocumentStore, stopped: Promise<unknown>): Promise<void> {
	let done = false;
	const stop = () => {
		done = true;
	};

	stopped.then(stop, stop);
	for await (const batch of batches) {
		if (done) {
			return;
		}

		store.add(batch);
	}

	store.finish();
}
