import type {DocumentKey} from '../../core/document-key.js';
import {assertNever} from '../assert-never.js';

/** A place in the collection: a document and the top of the view there, as a text offset. */
export type Place = {
	readonly key: DocumentKey;
	readonly top: number;
	/**
	 * The PIPELINE_VERSION the offset was measured in, when it came from an earlier run;
	 * an offset from another version is moved to the start of its paragraph.
	 */
	readonly pipeline?: number;
};

/** Where the reader has been: each document's last top, marks, and the jumps to go back and forth through. */
export type PlacesState = {
	/** Each document's top when it was last read (restored from earlier runs, kept up as documents are left). */
	readonly tops: Readonly<Record<DocumentKey, Place>>;
	/** Marks by letter (`m` + letter sets, `'` + letter jumps); `'` is the place before the last jump. */
	readonly marks: Readonly<Record<string, Place>>;
	/** Places before each jump, the latest last: Backspace goes back to them. */
	readonly back: readonly Place[];
	/** Places gone back from, the latest last: redo goes forward to them. */
	readonly forward: readonly Place[];
	/** Waiting for the letter after `m` or `'`. */
	readonly pending: 'set-mark' | 'jump-mark' | undefined;
	/** Where the reader was when the list took the keys: a document opened from the list is a jump from there. */
	readonly origin: Place | undefined;
};

/** What can happen to the places. */
export type PlacesAction =
	| {readonly type: 'leave'; readonly place: Place}
	| {readonly type: 'jump'; readonly from: Place}
	| {readonly type: 'origin'; readonly place: Place | undefined}
	| {readonly type: 'set-mark'; readonly letter: string; readonly place: Place}
	| {readonly type: 'await'; readonly pending: 'set-mark' | 'jump-mark' | undefined}
	| {readonly type: 'back'; readonly from: Place}
	| {readonly type: 'forward'; readonly from: Place};

/** How many jumps are kept to go back through. */
export const maxHistory = 100;

/** Nothing remembered. */
export const initialPlaces: PlacesState = {tops: {}, marks: {}, back: [], forward: [], pending: undefined, origin: undefined};

const samePlace = (a: Place | undefined, b: Place) => a !== undefined && a.key === b.key && a.top === b.top;

const pushed = (stack: readonly Place[], place: Place) => (samePlace(stack.at(-1), place) ? stack : [...stack, place].slice(-maxHistory));

/** The places after an action; the same object when nothing changed. */
export function placesReducer(state: PlacesState, action: PlacesAction): PlacesState {
	switch (action.type) {
		case 'leave': {
			const {place} = action;
			return samePlace(state.tops[place.key], place) && state.tops[place.key]?.pipeline === undefined ? state : {...state, tops: {...state.tops, [place.key]: {key: place.key, top: place.top}}};
		}

		case 'jump': {
			// A new jump forgets the places gone back from, as an editor's undo does.
			return {...state, back: pushed(state.back, action.from), forward: [], marks: {...state.marks, '\'': action.from}, pending: undefined, origin: undefined};
		}

		case 'origin': {
			return state.origin === action.place ? state : {...state, origin: action.place};
		}

		case 'set-mark': {
			return {...state, marks: {...state.marks, [action.letter]: action.place}, pending: undefined};
		}

		case 'await': {
			return state.pending === action.pending ? state : {...state, pending: action.pending};
		}

		case 'back': {
			return state.back.length === 0 ? state : {...state, back: state.back.slice(0, -1), forward: pushed(state.forward, action.from)};
		}

		case 'forward': {
			return state.forward.length === 0 ? state : {...state, forward: state.forward.slice(0, -1), back: pushed(state.back, action.from)};
		}

		default: {
			return assertNever(action);
		}
	}
}
