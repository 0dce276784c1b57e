import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {removeQuietly} from './remove-quietly.js';
import {parseMemory, serializeMemory} from '../core/memory/memory-file.js';
import {emptyMemory, mergeMemory, type ReadingMemory} from '../core/memory/reading-memory.js';

/** Why the reading memory could not be used or saved; the CLI tells it in the user's language. */
export type MemoryWarning = {
	/** Unreadable, damaged (started afresh), from a newer yuelan (left alone), or not saved. */
	readonly kind: 'unreadable' | 'damaged' | 'newer' | 'unsaved';
	readonly file: string;
	/** The error code, what is wrong with the file (core's `corrupt` reason), or the newer format's number. */
	readonly detail: string;
};

/** What a state file held, and what to tell the user about it after the reader closes. */
export type LoadedMemory = {
	readonly memory: ReadingMemory;
	/** Set when the file exists but could not be used. */
	readonly warning?: MemoryWarning;
	/** False for a file from a newer yuelan, which must not be overwritten. */
	readonly writable: boolean;
};

/**
 * Reads the state file. A missing file is a first run (empty, no warning); an unreadable,
 * corrupt or future-version one gives an empty memory and a warning, never an error.
 */
export function readStateFile(file: string): LoadedMemory {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') {
			return {memory: emptyMemory, writable: true};
		}

		return {memory: emptyMemory, writable: false, warning: {kind: 'unreadable', file, detail: code ?? String(error)}};
	}

	const parsed = parseMemory(text);
	switch (parsed.kind) {
		case 'ok': {
			return {memory: parsed.memory, writable: true};
		}

		case 'corrupt': {
			return {memory: emptyMemory, writable: true, warning: {kind: 'damaged', file, detail: parsed.reason}};
		}

		case 'future-version': {
			return {memory: emptyMemory, writable: false, warning: {kind: 'newer', file, detail: String(parsed.version)}};
		}
	}
}

/**
 * Saves `memory` merged into what the file holds now (another reader may have saved
 * since we read it): per entry the later save wins. The file is replaced in one rename,
 * so a reader never sees half a file. Returns a warning instead of throwing.
 */
export function writeStateFile(file: string, memory: ReadingMemory): MemoryWarning | undefined {
	const current = readStateFile(file);
	if (!current.writable) {
		return current.warning;
	}

	const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	try {
		mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
		writeFileSync(temporary, serializeMemory(mergeMemory(current.memory, memory)), {mode: 0o600});
		renameSync(temporary, file);
		return undefined;
	} catch (error) {
		removeQuietly(temporary);
		return {kind: 'unsaved', file, detail: (error as NodeJS.ErrnoException).code ?? String(error)};
	}
}
