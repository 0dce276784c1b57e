import type {AppState} from './app-state.js';
import {currentPlace, jumpTo, moveReader, readerAt} from './go-to-place.js';
import type {ReaderEnv} from './reader-env.js';
import {placesReducer} from './slices/places.js';

/** Letters that name marks, as in less and vim. */
const markLetter = /^[a-zA-Z]$/u;

/**
 * The key after `m` (set a mark here) or `'` (jump to one; `''` is the place before the
 * last jump). A key that names no mark, or a mark in a document not loaded, only ends the wait.
 */
export function markKey(state: AppState, letter: string, env: Pick<ReaderEnv, 'documents'>): AppState {
	const {pending} = state.places;
	const waited = {...state, places: placesReducer(state.places, {type: 'await', pending: undefined})};
	const here = currentPlace(state, env);
	if (pending === 'set-mark' && markLetter.test(letter) && here) {
		return {...state, places: placesReducer(state.places, {type: 'set-mark', letter, place: here})};
	}

	const target = pending === 'jump-mark' && (markLetter.test(letter) || letter === '\'') ? state.places.marks[letter] : undefined;
	if (!target || !env.documents.get(target.key)) {
		return waited;
	}

	return jumpTo(waited, readerAt(target), env);
}

/** Back (-1) to the place before the last jump, or forward (1) to the place gone back from. */
export function goThroughHistory(state: AppState, delta: -1 | 1, env: Pick<ReaderEnv, 'documents'>): AppState {
	const stack = delta < 0 ? state.places.back : state.places.forward;
	const target = stack.at(-1);
	const here = currentPlace(state, env);
	if (!target || !here) {
		return state;
	}

	const places = placesReducer(state.places, {type: delta < 0 ? 'back' : 'forward', from: here});
	// A place in a document that is gone is skipped, not shown as an empty reader.
	const moved = env.documents.get(target.key) ? moveReader({...state, places}, readerAt(target), env) : {...state, places};
	return {...moved, focus: 'reader'};
}
