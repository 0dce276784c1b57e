import type {ReadingMemory} from './reading-memory.js';

/** One moment of reading: which document of which collection, and where. */
export type ReadingMoment = {
	/** Key of the set of paths the reader was given. */
	readonly collection: string;
	/** Document key. */
	readonly document: string;
	/** Top of the view as a text offset. */
	readonly top: number;
	/** PIPELINE_VERSION now. */
	readonly pipeline: number;
	/** Milliseconds since the epoch. */
	readonly at: number;
};

/** The memory with `moment` as the collection's last document and that document's position. */
export function recordReading(memory: ReadingMemory, moment: ReadingMoment): ReadingMemory {
	const last = memory.collections[moment.collection];
	const saved = memory.documents[moment.document]?.position;
	if (last?.document === moment.document && saved?.top === moment.top && saved.pipeline === moment.pipeline) {
		return memory;
	}

	return {
		...memory,
		documents: {...memory.documents, [moment.document]: {position: {top: moment.top, pipeline: moment.pipeline}, at: moment.at}},
		collections: {...memory.collections, [moment.collection]: {document: moment.document, at: moment.at}},
	};
}

/** Where a collection was left: its last document and the top of the view there, if remembered. */
export function lastReading(memory: ReadingMemory, collection: string): {readonly document: string; readonly top: number | undefined} | undefined {
	const last = memory.collections[collection];
	if (!last) {
		return undefined;
	}

	return {document: last.document, top: memory.documents[last.document]?.position.top};
}

/** A mark as the reader holds it: the document's key, the top there, and the pipeline version it was measured in, if older. */
export type MarkedPlace = {
	readonly key: string;
	readonly top: number;
	readonly pipeline?: number;
};

/** The memory with `marks` saved; marks that did not change keep the time they were set. */
export function recordMarks(memory: ReadingMemory, marks: Readonly<Record<string, MarkedPlace>>, pipeline: number, at: number): ReadingMemory {
	let saved = memory.marks;
	for (const [letter, place] of Object.entries(marks)) {
		const old = saved[letter];
		const version = place.pipeline ?? pipeline;
		if (old?.document !== place.key || old.position.top !== place.top || old.position.pipeline !== version) {
			saved = {...saved, [letter]: {document: place.key, position: {top: place.top, pipeline: version}, at}};
		}
	}

	return saved === memory.marks ? memory : {...memory, marks: saved};
}
