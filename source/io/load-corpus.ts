import type {Document} from '../core/document.js';
import {processDocument} from '../core/process-document.js';
import {defaultDataDir} from './default-data-dir.js';
import {findDocuments} from './find-documents.js';
import {readDocuments} from './read-documents.js';

/** The documents found for some paths, and what could not be used. */
export type Corpus = {
	readonly documents: Document[];
	/** Given paths that do not exist. */
	readonly missing: string[];
};

/**
 * Loads every document under the given paths (the bundled `data/` when none are
 * given). Files that are binary or unreadable are reported through `onSkip` and
 * left out; one bad file never stops the others.
 */
export function loadCorpus(paths: readonly string[], onSkip: (path: string, reason: string) => void): Corpus {
	const {files, missing} = findDocuments(paths.length > 0 ? paths : [defaultDataDir()]);
	const documents = readDocuments(files, onSkip).map((source) => processDocument(source));
	return {documents, missing};
}
