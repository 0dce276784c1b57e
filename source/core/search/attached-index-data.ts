import type {Document} from '../document.js';
import type {DocumentIndexData} from './index-data-shape.js';

/**
 * Index data built with a document (by a loading worker), held beside the document object
 * until the search index takes it. A side table, not a field: the document passes through
 * the store and the views, which have no business with it, and a document without data
 * (standard input, tests) is simply indexed from its text.
 */
const attached = new WeakMap<Document, DocumentIndexData>();

/** Keeps a document's index data for the search index. */
export function attachIndexData(document: Document, data: DocumentIndexData): void {
	attached.set(document, data);
}

/** The index data built with a document, if any; it is handed out once. */
export function takeIndexData(document: Document): DocumentIndexData | undefined {
	const data = attached.get(document);
	attached.delete(document);
	return data;
}
