import {emptyMemory, type ReadingMemory} from './reading-memory.js';

/** Version of the state file's format; a file from a later version is left alone. */
export const memoryFileVersion = 1;

/** What reading a state file's text gave: the memory, or why it cannot be used. */
export type ParsedMemory =
	| {readonly kind: 'ok'; readonly memory: ReadingMemory}
	| {readonly kind: 'corrupt'; readonly reason: string}
	| {readonly kind: 'future-version'; readonly version: number};

/** The state file's text for `memory`. */
export function serializeMemory(memory: ReadingMemory): string {
	return `${JSON.stringify({version: memoryFileVersion, ...memory})}\n`;
}

/**
 * Reads a state file's text. Whole-file damage (not JSON, not an object, no version) is
 * `corrupt`; single entries of the wrong shape are dropped, keeping the rest.
 */
export function parseMemory(text: string): ParsedMemory {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {kind: 'corrupt', reason: 'not JSON'};
	}

	if (!isObject(data) || typeof data['version'] !== 'number') {
		return {kind: 'corrupt', reason: 'no version'};
	}

	if (data['version'] > memoryFileVersion) {
		return {kind: 'future-version', version: data['version']};
	}

	return {
		kind: 'ok',
		memory: {
			documents: entries(data['documents'], entry => isTimed(entry) && isPosition(entry['position'])),
			collections: entries(data['collections'], entry => isTimed(entry) && typeof entry['document'] === 'string'),
			marks: entries(data['marks'], entry => isTimed(entry) && typeof entry['document'] === 'string' && isPosition(entry['position'])),
		},
	} as {kind: 'ok'; memory: ReadingMemory};
}

type Entry = Record<string, unknown>;

function entries(value: unknown, valid: (entry: Entry) => boolean): Record<string, never> {
	if (!isObject(value)) {
		return emptyMemory.documents as Record<string, never>;
	}

	return Object.fromEntries(Object.entries(value).filter(([, entry]) => isObject(entry) && valid(entry))) as Record<string, never>;
}

function isObject(value: unknown): value is Entry {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTimed(entry: Entry): boolean {
	return Number.isFinite(entry['at']);
}

function isPosition(value: unknown): boolean {
	// A top on the blank line before a block is half a unit before it (see document-offset.ts).
	return isObject(value) && typeof value['top'] === 'number' && Number.isInteger(value['top'] * 2) && Number.isInteger(value['pipeline']);
}
