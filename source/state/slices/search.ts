import type {DocumentKey} from '../../core/document-key.js';
import {assertNever} from '../assert-never.js';
import {pageStep} from '../geometry.js';

/** Where the reader was when the search box opened: Esc goes back there exactly. */
export type SearchReturn = {
	readonly focus: 'list' | 'reader';
	readonly selected: DocumentKey | undefined;
	readonly open: DocumentKey | undefined;
	readonly top: number;
};

/** The search box and the last search; hits are derived from the index, never stored. */
export type SearchState = {
	/** Text in the search box. */
	readonly query: string;
	/** The query last searched for; n/N step through its hits. */
	readonly submitted: string;
	/** Row of the result list under the cursor while typing. */
	readonly cursor: number;
	/** Which hit of `submitted` n/N last went to (its place among all hits), -1 before any. */
	readonly hit: number;
	/** Where to go back to on Esc, while the box is open. */
	readonly before: SearchReturn | undefined;
};

/** What can happen to the search box. */
export type SearchAction =
	| {readonly type: 'insert'; readonly text: string}
	| {readonly type: 'delete'}
	| {readonly type: 'clear'}
	| {readonly type: 'submit'}
	| {readonly type: 'move'; readonly delta: number}
	/** A page (or half, -1 up) of the results in view. */
	| {readonly type: 'move-pages'; readonly pages: number};

/** What the search slice needs to know: how many results the query has now, and how many are in view. */
export type SearchContext = {
	readonly count: number;
	readonly perPage?: number;
};

export const initialSearch: SearchState = {query: '', submitted: '', cursor: 0, hit: -1, before: undefined};

/** The search box after an action; the same object when nothing changed. */
export function searchReducer(state: SearchState, action: SearchAction, {count, perPage = 1}: SearchContext = {count: 0}): SearchState {
	const moveTo = (to: number): SearchState => {
		const cursor = Math.max(0, Math.min(count - 1, to));
		return cursor === state.cursor ? state : {...state, cursor};
	};

	switch (action.type) {
		case 'insert': {
			// An input method commits several characters at once; they arrive as one text.
			return {...state, query: state.query + action.text, cursor: 0};
		}

		case 'delete': {
			// A whole character: a Han character outside the BMP is two UTF-16 units.
			return state.query === '' ? state : {...state, query: [...state.query].slice(0, -1).join(''), cursor: 0};
		}

		case 'clear': {
			return state.query === '' && state.cursor === 0 ? state : {...state, query: '', cursor: 0};
		}

		case 'submit': {
			return {...state, submitted: state.query, hit: state.cursor};
		}

		case 'move': {
			return moveTo(state.cursor + action.delta);
		}

		case 'move-pages': {
			return moveTo(state.cursor + pageStep(action.pages, perPage));
		}

		default: {
			return assertNever(action);
		}
	}
}
