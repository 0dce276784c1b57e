import type {Document} from '../../core/document.js';
import type {DocumentFile, PathProblem} from '../../io/find-documents.js';
import {loadDocuments} from '../../io/load-corpus.js';
import type {CliOptions} from '../options.js';
import {skipMessage} from '../skip-message.js';
import {runBatch} from './run-batch.js';

/**
 * Loads every document, then answers `--list`, `--outline` or `--print`; returns the exit status.
 * Paths left out (`problems`) and files skipped while loading are told on stderr, one line each.
 */
export async function runBatchMode(files: readonly DocumentFile[], problems: readonly PathProblem[], options: CliOptions): Promise<number> {
	const documents: Document[] = [];
	const skip = (path: string, reason: string) => {
		process.stderr.write(skipMessage(path, reason));
	};

	for (const {path, reason} of problems) {
		skip(path, reason);
	}

	for await (const document of loadDocuments(files, skip)) {
		documents.push(document);
	}

	if (documents.length === 0) {
		process.stderr.write('yuelan: no readable document found.\n');
		return 2;
	}

	// A pipe gets whole rows for --list and --outline; --print wraps at 80 unless told.
	const {stdout} = process;
	const width = options.width ?? (stdout.isTTY ? stdout.columns : options.mode.kind === 'print' ? 80 : Number.POSITIVE_INFINITY);
	return runBatch(documents, options, width, {
		out: (text) => stdout.write(text),
		error: (text) => process.stderr.write(text),
	});
}
