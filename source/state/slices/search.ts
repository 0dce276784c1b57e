import {assertNever} from '../assert-never.js';

/** The search box and the last search; hits are derived from `submitted` and the documents, never stored. */
export type SearchState = {
	/** Text in the search box. */
	readonly query: string;
	/** The query last searched for; n/N step through its hits. */
	readonly submitted: string;
};

/** What can happen to the search box. */
export type SearchAction =
	| {readonly type: 'insert'; readonly text: string}
	| {readonly type: 'delete'}
	| {readonly type: 'clear'}
	| {readonly type: 'submit'};

export const initialSearch: SearchState = {query: '', submitted: ''};

/** The search box after an action; the same object when nothing changed. */
export function searchReducer(state: SearchState, action: SearchAction): SearchState {
	switch (action.type) {
		case 'insert': {
			return {...state, query: state.query + action.text};
		}

		case 'delete': {
			// A whole character: a Han character outside the BMP is two UTF-16 units.
			return state.query === '' ? state : {...state, query: [...state.query].slice(0, -1).join('')};
		}

		case 'clear': {
			return state.query === '' ? state : {...state, query: ''};
		}

		case 'submit': {
			return state.submitted === state.query ? state : {...state, submitted: state.query};
		}

		default: {
			return assertNever(action);
		}
	}
}
