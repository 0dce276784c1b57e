import type {Document, ListedDocument, Section} from '../core/document.js';
import type {AppState} from './app-state.js';
import type {DocumentSet} from './document-store.js';
import type {ReaderEnv} from './reader-env.js';
import {selectedIndex} from './slices/list.js';

/** The list entry under the cursor (the first while the selected one has not arrived). */
export function selectedEntry(state: Pick<AppState, 'list'>, documents: DocumentSet): ListedDocument | undefined {
	return documents.at(selectedIndex(state.list, documents));
}

/** The document under the list cursor, once loaded. */
export function selectedDocument(state: Pick<AppState, 'list'>, documents: DocumentSet): Document | undefined {
	const entry = selectedEntry(state, documents);
	return entry && documents.get(entry.key);
}

/** The document the reader shows: the open one once loaded, else the one under the list cursor. */
export function openDocument(state: Pick<AppState, 'list' | 'reader'>, documents: DocumentSet): Document | undefined {
	const open = state.reader.open === undefined ? undefined : documents.get(state.reader.open);
	return open ?? selectedDocument(state, documents);
}

/** A section the outline lists, with its index in the document's outline. */
export type ListedSection = {
	readonly section: Section;
	readonly index: number;
};

/** The sections whose title contains the filter (case-insensitive), in order. */
export function filteredSections(document: Document | undefined, filter: string): readonly ListedSection[] {
	const needle = filter.toLowerCase();
	const listed: ListedSection[] = [];
	for (const [index, section] of (document?.sections ?? []).entries()) {
		if (needle === '' || section.title.toLowerCase().includes(needle)) {
			listed.push({section, index});
		}
	}

	return listed;
}

/** The documents the list shows: all of them, or those the list filter lets through, best first. */
export function listedDocuments(state: Pick<AppState, 'filter'>, env: Pick<ReaderEnv, 'documents' | 'filter'>): DocumentSet {
	return env.filter(env.documents, state.filter.query);
}
