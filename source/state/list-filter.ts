import {DocumentFilter} from '../core/search/filter-documents.js';
import type {DocumentKey} from '../core/document-key.js';
import type {DocumentSet} from './document-store.js';

/** The documents whose title, id or path matches a query, best first; the whole list for an empty one. */
export type ListFilter = (documents: DocumentSet, query: string) => DocumentSet;

/** A view of `base` holding only the documents at `positions`, in that order. */
function narrowed(base: DocumentSet, positions: readonly number[]): DocumentSet {
	const documents = positions.map(position => base.at(position)!);
	const indexes = new Map<DocumentKey, number>(documents.map((document, index) => [document.key, index]));
	return {
		count: documents.length,
		loaded: base.loaded,
		complete: base.complete,
		progress: base.progress,
		at: index => documents[index],
		get: key => (indexes.has(key) ? base.get(key) : undefined),
		indexOf: key => indexes.get(key) ?? -1,
		slice: (from, to) => documents.slice(Math.max(0, from), Math.max(0, to)),
		sharesTitle: document => base.sharesTitle(document),
	};
}

/**
 * A list filter for one session: the fuzzy matcher is built once per snapshot of the
 * documents (again as more arrive) and the last answer is kept, so a frame and the
 * reducer asking for the same query share it.
 */
export function createListFilter(): ListFilter {
	let built: {base: DocumentSet; filter: DocumentFilter} | undefined;
	let last: {base: DocumentSet; query: string; set: DocumentSet} | undefined;
	return (base, query) => {
		if (query.trim() === '') {
			return base;
		}

		if (last?.base === base && last.query === query) {
			return last.set;
		}

		if (built?.base !== base) {
			built = {base, filter: new DocumentFilter(base.slice(0, base.count))};
		}

		last = {base, query, set: narrowed(base, built.filter.filter(query))};
		return last.set;
	};
}
