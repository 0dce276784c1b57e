import type {DocumentKey} from '../core/document-key.js';
import type {AppState} from './app-state.js';
import {currentPlace, jumpTo, moveReader, readerAt} from './go-to-place.js';
import type {ReaderEnv} from './reader-env.js';
import {placesReducer} from './slices/places.js';

/** Letters that name marks, as in less and vim. */
const markLetter = /^[a-zA-Z]$/u;

/**
 * The key after `m` (set a mark here) or `'` (jump to one; `''` is the place before the
 * last jump). A key that names no mark, or a mark in a document that is gone, only ends the wait;
 * a mark in a document still loading opens there when it arrives (keys pressed right at start count).
 */
export function markKey(state: AppState, letter: string, env: Pick<ReaderEnv, 'documents'>): AppState {
	const {pending} = state.places;
	const waited = {...state, places: placesReducer(state.places, {type: 'await', pending: undefined})};
	const here = currentPlace(state, env);
	if (pending === 'set-mark' && markLetter.test(letter) && here) {
		return {...state, places: placesReducer(state.places, {type: 'set-mark', letter, place: here})};
	}

	const target = pending === 'jump-mark' && (markLetter.test(letter) || letter === '\'') ? state.places.marks[letter] : undefined;
	if (!target || gone(target.key, env)) {
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
	const moved = gone(target.key, env) ? {...state, places} : moveReader({...state, places}, readerAt(target), env);
	return {...moved, focus: 'reader'};
}

/** Whether a document is not among the documents and never will be: loading has finished without it. */
function gone(key: DocumentKey, env: Pick<ReaderEnv, 'documents'>): boolean {
	return env.documents.complete && !env.documents.get(key);
}
