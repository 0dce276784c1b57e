import type {ListedDocument} from '../core/document.js';
import type {DocumentStore, LoadProgress} from './document-store.js';

/** Documents as a loader hands them over (loaded, or listed from the manifest): a plain batch, or one that also says how far loading is. */
export type DocumentBatch = readonly ListedDocument[] | (LoadProgress & {
	readonly documents: readonly ListedDocument[];
	/** The collection's listing, ahead of the loading (`DocumentStore.list`). */
	readonly listing?: boolean;
})

/**
 * Adds each batch of documents to the store as it arrives, until the batches end
 * (the store is then complete) or `stopped` settles (the reader has closed).
 */
export async function pumpDocuments(batches: AsyncIterable<DocumentBatch>, store: DocumentStore, stopped: Promise<unknown>): Promise<void> {
	let done = false;
	const stop = () => {
		done = true;
	};

	stopped.then(stop, stop);
	for await (const batch of batches) {
		if (done) {
			return;
		}

		if (Array.isArray(batch)) {
			store.add(batch);
		} else {
			const {documents, listing, ...progress} = batch as Exclude<DocumentBatch, readonly ListedDocument[]>;
			if (listing) {
				store.list(documents, progress);
			} else {
				store.add(documents, progress);
			}
		}
	}

	store.finish();
}
