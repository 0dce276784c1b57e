/** Where a reader was in a document: a text offset, so another terminal width keeps it. */
export type SavedPosition = {
	/** Top of the view as a text offset (core's `textOffsetOf`). */
	readonly top: number;
	/** The PIPELINE_VERSION the offset belongs to. */
	readonly pipeline: number;
};

/** A saved position with the time it was saved: the later of two saves wins. */
export type DocumentMemory = {
	readonly position: SavedPosition;
	/** Milliseconds since the epoch. */
	readonly at: number;
};

/** A mark set with `m` + letter (or `'` for the position before the last jump). */
export type Mark = {
	/** Document key of the marked document. */
	readonly document: string;
	readonly position: SavedPosition;
	/** Milliseconds since the epoch. */
	readonly at: number;
};

/** The document last open in a collection (the set of paths the reader was given). */
export type CollectionMemory = {
	/** Document key. */
	readonly document: string;
	/** Milliseconds since the epoch. */
	readonly at: number;
};

/** Everything the reader remembers across runs. */
export type ReadingMemory = {
	/** Reading position per document key. */
	readonly documents: Readonly<Record<string, DocumentMemory>>;
	/** Last open document per collection key. */
	readonly collections: Readonly<Record<string, CollectionMemory>>;
	/** Marks by letter. */
	readonly marks: Readonly<Record<string, Mark>>;
};

/** Nothing remembered yet. */
export const emptyMemory: ReadingMemory = {documents: {}, collections: {}, marks: {}};

/** How many documents' positions are kept; the least recently read are dropped first. */
export const maxRememberedDocuments = 5000;

/**
 * Merges two memories entry by entry (document, collection, mark): the entry saved later
 * wins, so two readers on one collection keep each other's positions.
 */
export function mergeMemory(a: ReadingMemory, b: ReadingMemory): ReadingMemory {
	return {
		documents: newest(mergeRecords(a.documents, b.documents), maxRememberedDocuments),
		collections: newest(mergeRecords(a.collections, b.collections), maxRememberedDocuments),
		marks: mergeRecords(a.marks, b.marks),
	};
}

function mergeRecords<T extends {readonly at: number}>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): Record<string, T> {
	const merged: Record<string, T> = {...a};
	for (const [key, entry] of Object.entries(b)) {
		const other = merged[key];
		if (!other || entry.at >= other.at) {
			merged[key] = entry;
		}
	}

	return merged;
}

function newest<T extends {readonly at: number}>(record: Record<string, T>, limit: number): Record<string, T> {
	const entries = Object.entries(record);
	if (entries.length <= limit) {
		return record;
	}

	return Object.fromEntries(entries.sort(([, x], [, y]) => y.at - x.at).slice(0, limit));
}
