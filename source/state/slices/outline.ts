import {assertNever} from '../assert-never.js';

/** The outline panel: its cursor and the text typed to filter it. */
export type OutlineState = {
	/** Row of the cursor among the sections the filter lets through. */
	readonly cursor: number;
	/** Typed text; only sections whose title contains it are listed. */
	readonly filter: string;
};

/** What can happen to the outline panel. */
export type OutlineAction =
	| {readonly type: 'move'; readonly delta: number}
	| {readonly type: 'move-pages'; readonly pages: number}
	| {readonly type: 'first'}
	| {readonly type: 'last'}
	| {readonly type: 'open'; readonly cursor: number}
	| {readonly type: 'filter-insert'; readonly text: string}
	| {readonly type: 'filter-delete'};

/** What the outline slice needs to know: how many rows the filter lets through and how many show. */
export type OutlineContext = {
	readonly count: number;
	readonly height: number;
};

export const initialOutline: OutlineState = {cursor: 0, filter: ''};

/** The outline after an action; the same object when nothing changed. */
export function outlineReducer(state: OutlineState, action: OutlineAction, {count, height}: OutlineContext): OutlineState {
	const to = (cursor: number): OutlineState => {
		const clamped = Math.max(0, Math.min(count - 1, cursor));
		return clamped === state.cursor ? state : {...state, cursor: clamped};
	};

	switch (action.type) {
		case 'move': {
			return to(state.cursor + action.delta);
		}

		case 'move-pages': {
			return to(state.cursor + Math.trunc(action.pages * Math.max(1, height - 1)));
		}

		case 'first': {
			return to(0);
		}

		case 'last': {
			return to(count - 1);
		}

		case 'open': {
			return {cursor: Math.max(0, action.cursor), filter: ''};
		}

		case 'filter-insert': {
			// The cursor goes to the first match: where it was means nothing in the new list.
			return {cursor: 0, filter: state.filter + action.text};
		}

		case 'filter-delete': {
			return state.filter === '' ? state : {cursor: 0, filter: [...state.filter].slice(0, -1).join('')};
		}

		default: {
			return assertNever(action);
		}
	}
}
