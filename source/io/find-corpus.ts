import {defaultDataDir} from './default-data-dir.js';
import {findDocuments, type FoundDocuments} from './find-documents.js';

/** The files under the given paths, or under the bundled `data/` when none are given. */
export function findCorpus(paths: readonly string[]): FoundDocuments {
	return findDocuments(paths.length > 0 ? paths : [defaultDataDir()]);
}
