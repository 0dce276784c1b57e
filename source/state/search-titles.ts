import type {Document} from '../core/document.js';

/**
 * Indices of documents whose title contains the query (case-insensitive).
 * A stand-in until full-text search lands; an empty query finds nothing.
 */
export function searchTitles(documents: readonly Document[], query: string): readonly number[] {
	const needle = query.trim().toLowerCase();
	if (needle === '') {
		return [];
	}

	const hits: number[] = [];
	for (const [index, document] of documents.entries()) {
		if (document.title.toLowerCase().includes(needle)) {
			hits.push(index);
		}
	}

	return hits;
}
