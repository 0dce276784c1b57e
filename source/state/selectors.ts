import type {Document} from '../core/document.js';
import {headStart, paragraphStart, positionAtTextOffset} from '../core/document-offset.js';
import type {AmbiguousWidth, LayoutLine} from '../core/layout/layout-types.js';
import {modeOf, type AppState} from './app-state.js';
import {geometry} from './geometry.js';
import type {DocumentSet} from './document-store.js';
import {contextsFor, keyLabel, keymap, type HintFacts, type HintKey, type KeyBinding} from './keymap.js';
import type {Messages} from './messages/messages.js';
import {filteredSections, openDocument} from './open-document.js';
import type {ReaderEnv} from './reader-env.js';
import {readingProgress} from './reading-progress.js';
import {sectionAt} from './scroll.js';
import {highlightSegments} from '../core/layout/layout-highlight.js';

/** What the reader pane shows. */
export type ReaderView = {
	/** The document shown, if any has loaded. */
	readonly document: Document | undefined;
	/** The lines in view, at most the pane's height. */
	readonly lines: readonly LayoutLine[];
	/** Whether the first line shown is the document's first. */
	readonly atStart: boolean;
	/** How far through the document the view reaches, 0–100. */
	readonly percent: number;
	/** Parts of the rows in view that show a search hit: row, and UTF-16 range in the row's text. */
	readonly highlights: readonly RowHighlight[];
};

/** A highlighted part of one row of the reader pane. */
export type RowHighlight = {
	readonly row: number;
	readonly from: number;
	readonly to: number;
};

/** The state as the reader shows it: while the search box is open, at the hit under the cursor (a live preview). */
export function shownState(state: AppState, env: Pick<ReaderEnv, 'search'>): AppState {
	if (state.overlay !== 'search') {
		return state;
	}

	const hit = env.search(state.search.query).hits.at(state.search.cursor);
	return hit ? {...state, reader: {open: hit.key, top: hit.offset}} : state;
}

/** Hits of the query being typed (or the last one searched) in the document shown, on the lines in view. */
function highlightsOf(state: AppState, env: ReaderEnv, document: Document, lines: readonly LayoutLine[], ambiguous: AmbiguousWidth): RowHighlight[] {
	const query = state.overlay === 'search' ? state.search.query : state.search.submitted;
	const shown = lines.filter(line => line.kind !== 'blank');
	if (query === '' || shown.length === 0) {
		return [];
	}

	// Only hits in the blocks in view: locating every hit of a long document would lay it all out.
	const first = shown[0]!.block;
	const last = shown.at(-1)!.block;
	const highlights: RowHighlight[] = [];
	for (const hit of env.search(query).hits.inDocument(document.key)) {
		if (hit.block >= first && hit.block <= last) {
			for (const segment of highlightSegments(lines, document, hit.block, hit.start, hit.end, ambiguous)) {
				highlights.push({row: segment.row, from: segment.from, to: segment.to});
			}
		}
	}

	return highlights;
}

/** Text offset of the top of the view in the document shown (its head while it is only previewed). */
export function readerTop(state: Pick<AppState, 'list' | 'reader'>, document: Document): number {
	if (document.key !== state.reader.open) {
		return headStart;
	}

	return state.reader.stale ? paragraphStart(document, state.reader.top) : state.reader.top;
}

/** The open document's lines in view; the top line is the one showing the reading position. */
export function readerView(given: AppState, env: ReaderEnv): ReaderView {
	const state = shownState(given, env);
	const document = openDocument(state, env.documents);
	if (!document) {
		return {document, lines: [], atStart: true, percent: 100, highlights: []};
	}

	const {readerWidth, bodyHeight} = geometry(env.size);
	const layout = env.layoutOf(document, readerWidth);
	const top = layout.rowOf(positionAtTextOffset(document, readerTop(state, document)));
	// One line more than fits tells whether the end is in view, without laying out the rest.
	const window = layout.rowsFrom(top, bodyHeight + 1);
	const lines = window.slice(0, bodyHeight);
	const atEnd = window.length <= bodyHeight;
	const atStart = layout.moveRow(top, -1).moved === 0;
	const highlights = highlightsOf(given, env, document, lines, layout.options.ambiguous);
	// A blank or head line at the bottom says nothing of how far the text goes: count the last line of text.
	return {document, lines, atStart, percent: readingProgress(document, lines.findLast(line => line.block >= 0), atEnd), highlights};
}

/** The section the reader is in: 1-based index (0 before the first), count and title. */
export type SectionStatus = {
	readonly index: number;
	readonly count: number;
	readonly title: string;
};

export function sectionStatus(state: AppState, env: Pick<ReaderEnv, 'documents'>): SectionStatus {
	const document = openDocument(state, env.documents);
	if (!document) {
		return {index: 0, count: 0, title: ''};
	}

	const index = sectionAt(document, positionAtTextOffset(document, readerTop(state, document)));
	return {index: index + 1, count: document.sections.length, title: document.sections[index]?.title ?? ''};
}

/** Everything is possible: what hints show when nothing is known against them. */
export const allFacts: HintFacts = {documents: true, listed: true, sections: true, 'next-section': true, below: true, 'listed-sections': true, result: true, panes: true};

/** What the hints are told against: every document, those the list shows, and the search box's results. */
export type HintContext = {
	readonly documents: DocumentSet;
	/** The documents the list shows (a filter may narrow them to none). */
	readonly listed: DocumentSet;
	/** How many results the query in the search box has. */
	readonly results: number;
};

/** What the hints depend on, for a state and its reader view. */
export function hintFacts(state: AppState, {documents, listed, results}: HintContext, view: ReaderView): HintFacts {
	const section = sectionStatus(state, {documents});
	return {
		documents: documents.count > 0,
		listed: listed.count > 0,
		sections: (view.document?.sections.length ?? 0) > 0,
		// The top is in the last section (or there are none): `]` has nowhere to go.
		'next-section': section.index < section.count,
		// Only the end of the text is 100% (an empty one too): below it Space has nothing to show.
		below: view.percent < 100,
		'listed-sections': filteredSections(view.document, state.outline.filter).length > 0,
		result: results > 0,
		panes: state.overlay === 'none',
	};
}

/** One hint of the status line: its text, and which hint it is (the help hint outlasts the others). */
export type KeyHint = {
	readonly text: string;
	readonly hint: HintKey;
};

/**
 * Key hints for the status line, from the keymap bindings that have a hint in the
 * active contexts, and only those whose keys would do something now (`hintWhen`).
 */
export function hints(state: Pick<AppState, 'focus' | 'overlay'>, messages: Messages, facts: HintFacts = allFacts): readonly KeyHint[] {
	const mode = modeOf(state);
	// In a text box only its own keys and Ctrl-C work; do not advertise 'q'.
	const shown = mode === 'search' || mode === 'filter' ? [mode] : contextsFor(mode);
	const seen = new Set<string>();
	// Keys taken by a more specific context (the outline's 'o' closes it) are not hinted again.
	const taken = new Set<string>();
	const result: KeyHint[] = [];
	for (const context of shown) {
		const bindings = (keymap as readonly KeyBinding[]).filter(binding => binding.context === context);
		for (const binding of bindings) {
			const key = binding.keys[0]!;
			if (binding.hint && !seen.has(binding.hint) && !taken.has(key) && (binding.hintWhen === undefined || facts[binding.hintWhen])) {
				seen.add(binding.hint);
				result.push({text: `${keyLabel(key)} ${messages[binding.hint]}`, hint: binding.hint});
			}
		}

		for (const binding of bindings) {
			for (const key of binding.keys) {
				taken.add(key);
			}
		}
	}

	return result;
}

/** First list row shown so that the selected row stays in view, roughly centred. */
export function listStart(selected: number, count: number, height: number): number {
	return Math.max(0, Math.min(selected - Math.floor(height / 2), count - height));
}
