import type {Document} from '../core/document.js';
import type {DocumentLayout} from '../core/layout/layout-types.js';
import type {DocumentSet} from './document-store.js';
import type {TerminalSize} from './geometry.js';
import type {ListFilter} from './list-filter.js';
import type {SearchFound} from './search-service.js';

/** What the reducers and selectors may consult besides state: documents, layouts, and the terminal's size now. */
export type ReaderEnv = {
	/** The documents loaded so far, in list order. */
	readonly documents: DocumentSet;
	/** The layout of a document for a width; cheap to call again (core caches layouts). */
	layoutOf(document: Document, width: number): DocumentLayout;
	/** The terminal's size when the action happens. */
	readonly size: TerminalSize;
	/** Hits of a query among the documents indexed so far. */
	readonly search: (query: string) => SearchFound;
	/** The documents a list filter lets through, best first. */
	readonly filter: ListFilter;
};
