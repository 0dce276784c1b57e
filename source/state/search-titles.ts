import type {Document} from '../core/document.js';
import type {DocumentKey} from '../core/document-key.js';
import type {DocumentSet} from './document-store.js';

/**
 * Whether a document's title contains the query (case-insensitive). A stand-in until
 * full-text search lands; an empty query finds nothing.
 */
export function titleMatches(document: Document, query: string): boolean {
	const needle = query.trim().toLowerCase();
	return needle !== '' && document.title.toLowerCase().includes(needle);
}

/**
 * The next hit after (delta 1) or before (delta -1) a list position, wrapping around.
 * Hits are found in the documents as they are now, so documents that arrived after
 * the search are found too.
 */
export function nextHit(documents: DocumentSet, from: number, delta: number, query: string): DocumentKey | undefined {
	const step = delta < 0 ? -1 : 1;
	for (let count = 1; count <= documents.count; count++) {
		const index = (((from + step * count) % documents.count) + documents.count) % documents.count;
		const document = documents.at(index)!;
		if (titleMatches(document, query)) {
			return document.key;
		}
	}

	return undefined;
}
