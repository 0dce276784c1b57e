import type {Document} from '../../core/document.js';
import {displayName} from '../../core/text/display-name.js';
import {truncateToWidth} from '../../core/layout/text-width.js';
import {messagesFor} from '../../state/messages/messages.js';
import {matchDocuments} from './find-document.js';
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

/** How many candidates a message lists before saying how many more there are. */
const shownCandidates = 10;

/** Tells which documents a missing or ambiguous name could mean, with their titles. */
function candidateLines(candidates: readonly Document[], width: number, options: CliOptions): string {
	const messages = messagesFor(options.language);
	const shown = candidates.slice(0, shownCandidates).map((document) => truncateToWidth(`  ${displayName(document.id)}  ${displayName(document.title)}`, width, options.ambiguous));
	const more = candidates.length > shownCandidates ? [`  ${messages['error.more-documents'](candidates.length - shownCandidates)}`] : [];
	return [...shown, ...more].map((line) => `${line}\n`).join('');
}

/** Runs `--list`, `--outline`, `--print` or `--search` and returns the exit status. */
export function runBatch(documents: readonly Document[], options: CliOptions, width: number, output: Output): number {
	const {mode, json, ambiguous} = options;
	const messages = messagesFor(options.language);
	if (mode.kind !== 'outline' && mode.kind !== 'print' && mode.kind !== 'search') {
		const lines = json ? [JSON.stringify(documents.map((document) => summarize(document)), undefined, 2)] : formatList(documents, width, ambiguous, messages);
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

	const candidates = matchDocuments(documents, mode.doc);
	const document = candidates.length === 1 ? candidates[0] : undefined;
	if (document === undefined) {
		const name = mode.doc === undefined ? undefined : displayName(mode.doc);
		const problem = name === undefined ? messages['error.which-document'](`--${mode.kind}`) : candidates.length === 0 ? messages['error.no-document'](name) : messages['error.several-documents'](name);
		// Stderr may be a terminal of any width; candidate rows are cut to the output's width at most.
		output.error(`yuelan: ${problem}\n${candidateLines(candidates, Number.isFinite(width) ? Math.max(width, 40) : 120, options)}`);
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
