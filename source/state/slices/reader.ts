import type {Document} from '../../core/document.js';
import type {DocumentKey} from '../../core/document-key.js';
import {headStart, positionAtTextOffset, textOffsetOf} from '../../core/document-offset.js';
import type {DocumentLayout, Position} from '../../core/layout/layout-types.js';
import {assertNever} from '../assert-never.js';
import {bottomPosition, nextSection, previousSection, scrollBy, sectionPosition} from '../scroll.js';

/** The reader pane: which document it shows and where. */
export type ReaderState = {
	/** Document shown; undefined (or not loaded yet) shows the one under the list cursor. */
	readonly open: DocumentKey | undefined;
	/**
	 * Top of the view as a text offset (core's `textOffsetOf`): a place in the text, not a
	 * line number, so a resize or another pipeline split keeps it.
	 */
	readonly top: number;
	/** Set when `top` was saved by another pipeline version: it is read as the start of its paragraph. */
	readonly stale?: boolean;
};

/** What can happen to the reader. */
export type ReaderAction =
	| {readonly type: 'scroll-lines'; readonly lines: number}
	| {readonly type: 'scroll-pages'; readonly pages: number}
	| {readonly type: 'top'}
	| {readonly type: 'bottom'}
	| {readonly type: 'next-section'}
	| {readonly type: 'previous-section'}
	| {readonly type: 'section'; readonly index: number}
	| {readonly type: 'open'; readonly key: DocumentKey};

/** The open document and its layout at the pane's width; movements need them. */
export type ReaderContext = {
	readonly document: Document | undefined;
	readonly layout: DocumentLayout | undefined;
	/** Rows of the pane. */
	readonly height: number;
};

export const initialReader: ReaderState = {open: undefined, top: headStart};

/** The new top for a movement, as a layout position. */
function moved(action: Exclude<ReaderAction, {type: 'open'}>, document: Document, layout: DocumentLayout, position: Position, height: number): Position {
	switch (action.type) {
		case 'scroll-lines': {
			return scrollBy(layout, position, action.lines, height);
		}

		case 'scroll-pages': {
			// A page keeps one line of context, as less does.
			const lines = Math.trunc(action.pages * Math.max(1, height - 1)) || Math.sign(action.pages);
			return scrollBy(layout, position, lines, height);
		}

		case 'top': {
			return {block: -1, offset: 0};
		}

		case 'bottom': {
			return bottomPosition(layout, height);
		}

		case 'next-section': {
			return nextSection(document, layout, position);
		}

		case 'previous-section': {
			return previousSection(document, layout, position);
		}

		case 'section': {
			return sectionPosition(document, action.index) ?? position;
		}

		default: {
			return assertNever(action);
		}
	}
}

/** The reader after an action; the same object when nothing changed. */
export function readerReducer(state: ReaderState, action: ReaderAction, {document, layout, height}: ReaderContext): ReaderState {
	if (action.type === 'open') {
		return action.key === state.open && state.top === headStart ? state : {open: action.key, top: headStart};
	}

	if (!document || !layout) {
		return state;
	}

	const position = positionAtTextOffset(document, state.top);
	const next = moved(action, document, layout, position, height);
	const top = next === position ? state.top : textOffsetOf(document, next);
	return top === state.top ? state : {...state, top};
}
