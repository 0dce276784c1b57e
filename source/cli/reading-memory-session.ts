import path from 'node:path';
import {documentKey, PIPELINE_VERSION} from '../core/document-key.js';
import {headStart} from '../core/document-offset.js';
import {lastReading, recordReading} from '../core/memory/record-reading.js';
import {appPaths} from '../io/app-paths.js';
import {readStateFile, writeStateFile} from '../io/state-file.js';
import {initialState, type AppState} from '../state/app-state.js';

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
export function openMemorySession(paths: readonly string[], enabled: boolean): MemorySession {
	if (!enabled) {
		return noMemory;
	}

	const file = path.join(appPaths().state, 'state.json');
	const loaded = readStateFile(file);
	const collection = collectionKey(paths);
	const last = lastReading(loaded.memory, collection);
	let memory = loaded.memory;
	return {
		initialState: last ? initialState({key: documentKey(last.document), top: last.top}) : undefined,
		onStateChange(state) {
			const key = state.reader.open ?? state.list.selected;
			if (key !== undefined) {
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

			return warnings.map((warning) => `yuelan: ${warning}\n`);
		},
	};
}
