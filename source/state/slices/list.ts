import type {DocumentKey} from '../../core/document-key.js';
import {assertNever} from '../assert-never.js';
import type {DocumentSet} from '../document-store.js';
import {pageStep} from '../geometry.js';

/** The document list: which document the cursor is on. */
export type ListState = {
	/** Document under the cursor; undefined (or not loaded yet) means the first one. */
	readonly selected: DocumentKey | undefined;
};

/** What can happen to the list. */
export type ListAction =
	| {readonly type: 'move'; readonly delta: number}
	/** A page (or half, -1 up) of the documents in view. */
	| {readonly type: 'move-pages'; readonly pages: number}
	| {readonly type: 'first'}
	| {readonly type: 'last'}
	| {readonly type: 'select'; readonly key: DocumentKey};

/** The list as it starts. */
export const initialList: ListState = {selected: undefined};

/** Index of the selected document in the list, 0 when it is not (yet) there. */
export function selectedIndex(state: ListState, documents: DocumentSet): number {
	const index = state.selected === undefined ? -1 : documents.indexOf(state.selected);
	return Math.max(0, index);
}

function selectAt(state: ListState, index: number, documents: DocumentSet): ListState {
	// Documents still loading join the list as they arrive: clamp to what is there now.
	const key = documents.at(Math.max(0, Math.min(index, documents.count - 1)))?.key;
	return key === undefined || key === state.selected ? state : {selected: key};
}

/** The list after an action (`perPage`: documents in view); the same object when nothing changed. */
export function listReducer(state: ListState, action: ListAction, documents: DocumentSet, perPage = 1): ListState {
	switch (action.type) {
		case 'move': {
			return selectAt(state, selectedIndex(state, documents) + action.delta, documents);
		}

		case 'move-pages': {
			return selectAt(state, selectedIndex(state, documents) + pageStep(action.pages, perPage), documents);
		}

		case 'first': {
			return selectAt(state, 0, documents);
		}

		case 'last': {
			return selectAt(state, documents.count - 1, documents);
		}

		case 'select': {
			return documents.get(action.key) && action.key !== state.selected ? {selected: action.key} : state;
		}

		default: {
			return assertNever(action);
		}
	}
}
