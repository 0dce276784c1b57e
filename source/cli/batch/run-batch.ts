import type {Document} from '../../core/document.js';
import {findDocument} from './find-document.js';
import {outlineOf, summarize} from './describe-documents.js';
import {formatList} from './format-list.js';
import {formatOutline} from './format-outline.js';
import {printDocument} from './print-document.js';
import {formatSearch} from './format-search.js';
import {searchHits} from './search-hits.js';
import type {CliOptions} from '../options.js';

/** Where batch output goes; the real streams in the CLI, strings in tests. */
export type Output = {
	readonly out: (text: string) => void;
	readonly error: (text: string) => void;
};

/** Hits `--search` prints as text when no --limit is given and the height is unknown. */
const defaultTextLimit = 20;

/** Runs `--list`, `--outline`, `--print` or `--search` and returns the exit status. */
export function runBatch(documents: readonly Document[], options: CliOptions, width: number, output: Output): number {
	const {mode, json, ambiguous} = options;
	if (mode.kind === 'list' || mode.kind === 'interactive') {
		const lines = json ? [JSON.stringify(documents.map((document) => summarize(document)), undefined, 2)] : formatList(documents, width, ambiguous);
		output.out(lines.join('\n') + '\n');
		return 0;
	}

	if (mode.kind === 'search') {
		// Like grep: status 1 when nothing is found.
		const rows = searchHits(documents, mode.query).slice(0, options.limit ?? (json ? undefined : defaultTextLimit));
		const text = json ? JSON.stringify(rows, undefined, 2) + '\n' : formatSearch(rows, width, ambiguous).map((line) => line + '\n').join('');
		output.out(text);
		return rows.length > 0 ? 0 : 1;
	}

	const document = findDocument(documents, mode.doc);
	if (!document) {
		output.error(`yuelan: no document "${mode.doc}"; see --list for the ids.\n`);
		return 2;
	}

	if (mode.kind === 'outline') {
		const lines = json ? [JSON.stringify(outlineOf(document), undefined, 2)] : formatOutline(document, width, ambiguous);
		output.out(lines.join('\n') + '\n');
		return 0;
	}

	output.out(printDocument(document, {width, indent: options.indent, ambiguous}).join('\n') + '\n');
	return 0;
}
