import type {FoundDocuments} from '../io/find-documents.js';
import {findCorpus} from '../io/find-corpus.js';
import {readStdin, stdinBringsDocument} from '../io/standard-input.js';

/** The id, and path, of the document read from standard input. */
export const stdinId = '-';

/**
 * The documents the paths name, as `findCorpus` finds them, with the one standard
 * input brings when a path is `-`, or when no path is given and input is piped or
 * redirected (`cat 通知.txt | yuelan`), as less reads it. `stdinName` is its title when its
 * text names none (it has no file name to fall back to); `named` is the document `--print` or
 * `--outline` asks for, read on its own when no path is given and it is a file.
 */
export async function findInputs(paths: readonly string[], stdinName: string, named?: string): Promise<FoundDocuments> {
	const readsStdin = paths.includes(stdinId) || (paths.length === 0 && stdinBringsDocument());
	if (!readsStdin) {
		return findCorpus(paths, named);
	}

	const others = paths.filter((path) => path !== stdinId);
	const found = others.length > 0 ? findCorpus(others) : {files: [], missing: [], problems: []};
	const bytes = await readStdin();
	return {...found, files: [{id: stdinId, path: stdinId, bytes, name: stdinName}, ...found.files]};
}
