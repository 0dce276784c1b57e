import type {DocumentKey} from '../core/document-key.js';
import {PIPELINE_VERSION} from '../core/document-key.js';
import {headStart} from '../core/document-offset.js';
import type {AppState} from './app-state.js';
import type {ReaderEnv} from './reader-env.js';
import {readerTop} from './selectors.js';
import {placesReducer, type Place} from './slices/places.js';
import type {ReaderState} from './slices/reader.js';

/** Where the reader is: the document shown and the top of the view, or undefined before any document loaded. */
export function currentPlace(state: AppState, env: Pick<ReaderEnv, 'documents'>): Place | undefined {
	const key = state.reader.open ?? state.list.selected ?? env.documents.at(0)?.key;
	if (key === undefined) {
		return undefined;
	}

	// A document not loaded yet keeps the top as saved: there is no paragraph to read it by.
	const document = env.documents.get(key);
	return {key, top: document ? readerTop(state, document) : state.reader.open === key ? state.reader.top : headStart};
}

/** The reader on a document at the top it was left at (its head when never read). */
export function rememberedReader(state: AppState, key: DocumentKey): ReaderState {
	const place = state.places.tops[key];
	return place ? readerAt(place) : {open: key, top: headStart};
}

/**
 * Shows `reader` (and selects its document in the list); the document left behind
 * keeps the top it was at, to open there next time.
 */
export function moveReader(state: AppState, reader: ReaderState, env: Pick<ReaderEnv, 'documents'>): AppState {
	const from = currentPlace(state, env);
	const places = from && from.key !== reader.open && state.reader.open === from.key ? placesReducer(state.places, {type: 'leave', place: from}) : state.places;
	return {...state, places, reader, list: reader.open === undefined ? state.list : {selected: reader.open}};
}

/** Goes to `target` as a jump: Backspace (and `''`) come back to where the reader was. */
export function jumpTo(state: AppState, target: ReaderState, env: Pick<ReaderEnv, 'documents'>, from = currentPlace(state, env)): AppState {
	const jumped = from ? {...state, places: placesReducer(state.places, {type: 'jump', from})} : state;
	return {...moveReader(jumped, target, env), focus: 'reader'};
}

/** A place as the reader state that shows it; a saved one from another pipeline version is read by paragraph. */
export function readerAt(place: Place): ReaderState {
	return place.pipeline === undefined || place.pipeline === PIPELINE_VERSION ? {open: place.key, top: place.top} : {open: place.key, top: place.top, stale: true};
}
