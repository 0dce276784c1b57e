import path from 'node:path';
import {documentKey, PIPELINE_VERSION} from '../core/document-key.js';
import {headStart} from '../core/document-offset.js';
import type {ReadingMemory} from '../core/memory/reading-memory.js';
import {lastReading, recordMarks, recordReading} from '../core/memory/record-reading.js';
import {appPaths} from '../io/app-paths.js';
import {readStateFile, writeStateFile, type MemoryWarning} from '../io/state-file.js';
import type {Messages} from '../state/messages/messages.js';
import {initialState, type AppState} from '../state/app-state.js';
import {initialPlaces, type Place, type PlacesState} from '../state/slices/places.js';

/** The reading memory of one run of the reader. */
export type MemorySession = {
	/** Where to start: the collection's last document at its last position, if remembered. */
	readonly initialState: AppState | undefined;
	/** Records the document read and the position in it after every change of state. */
	readonly onStateChange: ((state: AppState) => void) | undefined;
	/** Saves what changed (merged with what another reader saved meanwhile); returns warnings for stderr. */
	save(): string[];
};

/** A session that neither reads nor writes anything (--no-state). */
const noMemory: MemorySession = {initialState: undefined, onStateChange: undefined, save: () => []};

/** Names the set of paths the reader was given, so each collection has its own last document. */
export function collectionKey(paths: readonly string[]): string {
	return paths.length === 0 ? '(bundled documents)' : JSON.stringify(paths.map((given) => path.resolve(given)).sort());
}

/**
 * Reads the state file (`$XDG_STATE_HOME/yuelan/state.json`) for a reader over `paths`.
 * A file that cannot be used is a warning, never an error; with `enabled` false
 * (--no-state) nothing is read or written.
 */
export function openMemorySession(paths: readonly string[], enabled: boolean, messages: Messages): MemorySession {
	if (!enabled) {
		return noMemory;
	}

	const file = path.join(appPaths().state, 'state.json');
	const loaded = readStateFile(file);
	const collection = collectionKey(paths);
	const last = lastReading(loaded.memory, collection);
	const places = placesOf(loaded.memory);
	const lastPlace = last ? places.tops[documentKey(last.document)] : undefined;
	let memory = loaded.memory;
	let marks = places.marks;
	return {
		initialState: last ? initialState({key: documentKey(last.document), top: last.top, stale: lastPlace?.pipeline !== undefined && lastPlace.pipeline !== PIPELINE_VERSION}, places) : initialState(undefined, places),
		onStateChange(state) {
			if (state.places.marks !== marks) {
				marks = state.places.marks;
				memory = recordMarks(memory, marks, PIPELINE_VERSION, Date.now());
			}

			const key = state.reader.open ?? state.list.selected;
			// A top from another pipeline version is kept as saved until the reader moves from it.
			if (key !== undefined && !(state.reader.open === key && state.reader.stale)) {
				const top = state.reader.open === key ? state.reader.top : headStart;
				memory = recordReading(memory, {collection, document: key, top, pipeline: PIPELINE_VERSION, at: Date.now()});
			}
		},
		save() {
			const warnings = loaded.warning === undefined ? [] : [loaded.warning];
			if (memory !== loaded.memory && loaded.writable) {
				const warning = writeStateFile(file, memory);
				if (warning !== undefined) {
					warnings.push(warning);
				}
			}

			return warnings.map((warning) => `yuelan: ${memoryWarning(messages, warning)}\n`);
		},
	};
}

/** A warning about the reading memory, in the user's language. */
export function memoryWarning(messages: Messages, {kind, file, detail}: MemoryWarning): string {
	switch (kind) {
		case 'unreadable': {
			return messages['memory.unreadable'](file, detail);
		}

		case 'damaged': {
			// Core's reasons for a damaged file; another (none today) is told as it is.
			const reason = detail === 'not JSON' ? messages['memory.not-json'] : detail === 'no version' ? messages['memory.no-version'] : detail;
			return messages['memory.damaged'](file, reason);
		}

		case 'newer': {
			return messages['memory.newer'](file, detail);
		}

		case 'unsaved': {
			return messages['memory.unsaved'](file, detail);
		}
	}
}

/** Each document's saved top and the marks, as the reader's places; each keeps the pipeline version it was saved in. */
function placesOf(memory: ReadingMemory): PlacesState {
	const tops: Record<string, Place> = {};
	for (const [key, {position}] of Object.entries(memory.documents)) {
		tops[key] = {key: documentKey(key), top: position.top, pipeline: position.pipeline};
	}

	const marks: Record<string, Place> = {};
	for (const [letter, {document, position}] of Object.entries(memory.marks)) {
		marks[letter] = {key: documentKey(document), top: position.top, pipeline: position.pipeline};
	}

	return {...initialPlaces, tops, marks};
}
