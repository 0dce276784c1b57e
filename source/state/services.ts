import type {Document} from '../core/document.js';
import type {AmbiguousWidth, DocumentLayout, LayoutDocument} from '../core/layout/layout-types.js';
import {createDocumentStore, type DocumentStore} from './document-store.js';
import type {TerminalSize} from './geometry.js';
import type {ReaderEnv} from './reader-env.js';
import {createListFilter, type ListFilter} from './list-filter.js';
import {createSearchService, type SearchService} from './search-service.js';

/**
 * The long-lived parts of a running reader, created once (in run-app) and handed to
 * the app: documents, layouts, and next a search index and persistence. Add a member
 * here and create it in `createServices`; nothing is rebuilt while documents load.
 */
export type Services = {
	/** Documents that arrive while the reader runs. */
	readonly documents: DocumentStore;
	/** A document's layout at a width, with the reader's indent and ambiguous mode; core caches them. */
	readonly layoutOf: (document: Document, width: number) => DocumentLayout;
	/** How ambiguous-width characters are counted, for views that measure text. */
	readonly ambiguous: AmbiguousWidth;
	/** The full-text index, fed by `documents` as they arrive. */
	readonly search: SearchService;
	/** Narrows the document list by title, id and path (`&`). */
	readonly filter: ListFilter;
};

/** What `createServices` needs. */
export type ServicesOptions = {
	/** The layout engine (core's `layoutDocument`; tests pass a simple one). */
	readonly layoutDocument: LayoutDocument;
	readonly ambiguous: AmbiguousWidth;
	/** First-line indent of paragraphs, in full-width spaces. */
	readonly indent: number;
	/** Documents known at the start. */
	readonly documents?: Iterable<Document>;
};

/** Creates the services of one reader session. */
export function createServices({layoutDocument, ambiguous, indent, documents = []}: ServicesOptions): Services {
	const store = createDocumentStore(documents);
	return {
		documents: store,
		search: createSearchService(store),
		filter: createListFilter(),
		layoutOf: (document, width) => layoutDocument(document, {width: Math.max(1, width), ambiguous, indent}),
		ambiguous,
	};
}

/** The env reducers see: the services' documents now, and the terminal size. */
export function envOf(services: Services, size: TerminalSize): ReaderEnv {
	return {documents: services.documents.snapshot(), layoutOf: services.layoutOf, size, search: services.search.find, filter: services.filter};
}
