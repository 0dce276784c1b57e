import type {LayoutLine} from '../core/layout/layout-types.js';
import {geometry} from './geometry.js';
import {activeContexts} from './key-router.js';
import {keyLabel, keymap} from './keymap.js';
import type {ReaderState} from './reducer.js';
import type {ReaderEnv} from './reader-env.js';
import {sectionAt} from './scroll.js';
import {readingProgress} from './reading-progress.js';

/** What the reader pane shows. */
export type ReaderView = {
	/** The lines in view, at most the pane's height. */
	readonly lines: readonly LayoutLine[];
	/** Index of the first line shown. */
	readonly top: number;
	/** How far through the document the view reaches, 0–100. */
	readonly percent: number;
};

/** The open document's lines in view; the top line is the one showing the reading position. */
export function readerView(state: ReaderState, env: ReaderEnv): ReaderView {
	if (env.documents.length === 0) {
		return {lines: [], top: 0, percent: 100};
	}

	const {readerWidth, bodyHeight} = geometry(state.size);
	const layout = env.layoutOf(state.open, readerWidth);
	const top = layout.lineOf(state.position);
	// One line more than fits tells whether the end is in view, without laying out the rest.
	const window = layout.slice(top, bodyHeight + 1);
	const lines = window.slice(0, bodyHeight);
	const atEnd = window.length <= bodyHeight;
	return {lines, top, percent: readingProgress(env.documents[state.open]!, lines.at(-1), atEnd)};
}

/** How far through the document the bottom of the view is, as less reports it. */
export function percent(view: ReaderView): number {
	return view.percent;
}

/** The section the reader is in: 1-based index (0 before the first), count and title. */
export type SectionStatus = {
	readonly index: number;
	readonly count: number;
	readonly title: string;
};

export function sectionStatus(state: ReaderState, env: ReaderEnv): SectionStatus {
	const document = env.documents[state.open];
	if (!document) {
		return {index: 0, count: 0, title: ''};
	}

	const index = sectionAt(document, state.position);
	return {index: index + 1, count: document.sections.length, title: index >= 0 ? document.sections[index].title : ''};
}

/** Key hints for the status line, from the keymap bindings that have a hint in the active contexts. */
export function hints(state: Pick<ReaderState, 'mode' | 'focus'>): readonly string[] {
	const contexts = activeContexts(state);
	// In the search box only its own keys and Ctrl-C work; do not advertise 'q'.
	const shown = state.mode === 'search' ? (['search'] as const) : contexts;
	const seen = new Set<string>();
	// Keys taken by a more specific context (the outline's 'o' closes it) are not hinted again.
	const taken = new Set<string>();
	const result: string[] = [];
	for (const context of shown) {
		const bindings = keymap.filter(binding => binding.context === context);
		for (const binding of bindings) {
			const [key] = binding.keys;
			if (binding.hint && !seen.has(binding.hint) && !taken.has(key)) {
				seen.add(binding.hint);
				result.push(`${keyLabel(key)} ${binding.hint}`);
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
