import type {Document} from '../../core/document.js';
import type {DocumentFile, PathProblem} from '../../io/find-documents.js';
import {documentCache} from '../../io/document-cache.js';
import {loadDocuments} from '../../io/load-documents.js';
import {messagesFor} from '../../state/messages/messages.js';
import type {CliOptions} from '../options.js';
import {skipMessage} from '../skip-message.js';
import {matchDocuments} from './find-document.js';
import {runBatch} from './run-batch.js';

/** Whether a skipped file is the one `--print`/`--outline` names, so its reason answers the user. */
function isNamed(path: string, name: string | undefined): boolean {
	const bare = name?.replace(/^\.\//, '');
	return bare !== undefined && (path === name || path.endsWith(`/${bare}`));
}

/**
 * Loads every document, then answers `--list`, `--outline`, `--print` or `--search`; returns the exit status.
 * Paths left out and files skipped while loading are told for `--list` and `--search`, one line each;
 * `--print` and `--outline` tell only the one they name.
 */
export async function runBatchMode(files: readonly DocumentFile[], problems: readonly PathProblem[], options: CliOptions): Promise<number> {
	const messages = messagesFor(options.language);
	const {mode} = options;
	const named = mode.kind === 'print' || mode.kind === 'outline' ? mode.doc : undefined;
	// --search, like --list, is about every document: a file left out is worth telling.
	const listing = mode.kind !== 'print' && mode.kind !== 'outline';
	const documents: Document[] = [];
	let namedSkipped = false;
	const cache = options.cache ? documentCache() : undefined;
	const skip = (path: string, reason: string) => {
		namedSkipped ||= isNamed(path, named);
		if (listing || isNamed(path, named)) {
			process.stderr.write(skipMessage(messages, path, reason));
		}
	};

	for (const {path, reason} of problems) {
		skip(path, reason);
	}

	for await (const document of loadDocuments(files, skip, cache)) {
		documents.push(document);
	}

	if (namedSkipped && matchDocuments(documents, named).length === 0) {
		// The skipped file's reason already answers --print or --outline.
		return 2;
	}
	cache?.evict();

	if (documents.length === 0) {
		process.stderr.write(`yuelan: ${messages['error.no-readable']}\n`);
		return 2;
	}

	// A pipe gets whole rows for --list and --outline; --print wraps at 80 unless told.
	const {stdout} = process;
	const width = options.width ?? (stdout.isTTY ? stdout.columns : mode.kind === 'print' ? 80 : Number.POSITIVE_INFINITY);
	return runBatch(documents, options, width, {
		out: (text) => stdout.write(text),
		error: (text) => process.stderr.write(text),
	});
}
