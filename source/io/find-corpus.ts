import {statSync} from 'node:fs';
import {defaultDataDir} from './default-data-dir.js';
import {findDocuments, type FoundDocuments} from './find-documents.js';

/**
 * The files under the given paths; with none, the file `named` (the document `--print` or
 * `--outline` asks for) when it is one on disk (`yuelan --print 通知.html`), else the bundled `data/`.
 */
export function findCorpus(paths: readonly string[], named?: string): FoundDocuments {
	if (paths.length > 0) {
		return findDocuments(paths);
	}

	return findDocuments([named !== undefined && statSync(named, {throwIfNoEntry: false})?.isFile() ? named : defaultDataDir()]);
}
