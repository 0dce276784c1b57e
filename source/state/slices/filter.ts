import {assertNever} from '../assert-never.js';

/** The list filter (`&`): text that narrows the document list, fzf-style. */
export type FilterState = {
	/** Narrows the list while not empty. */
	readonly query: string;
};

/** What can happen to the filter. */
export type FilterAction =
	| {readonly type: 'insert'; readonly text: string}
	| {readonly type: 'delete'}
	| {readonly type: 'clear'};

/** No filter: the whole list. */
export const initialFilter: FilterState = {query: ''};

/** The filter after an action; the same object when nothing changed. */
export function filterReducer(state: FilterState, action: FilterAction): FilterState {
	switch (action.type) {
		case 'insert': {
			return {query: state.query + action.text};
		}

		case 'delete': {
			// One character, not one UTF-16 unit: a character outside the basic plane goes whole.
			return state.query === '' ? state : {query: [...state.query].slice(0, -1).join('')};
		}

		case 'clear': {
			return state.query === '' ? state : initialFilter;
		}

		default: {
			return assertNever(action);
		}
	}
}
