import type {Document} from '../document.js';
import type {DocumentIndexData} from './index-data-shape.js';

/** Where a record comes from; title and heading hits rank above body hits. */
export type Field = 'title' | 'heading' | 'paragraph';

/** One document as the index holds it. */
export type IndexedDocument = {
	/** The caller's stable key for the document. */
	readonly key: string;
	/** Its place in the order documents were added (0, 1, …): the index's per-document sets refer to it. */
	readonly ordinal: number;
	readonly document: Document;
	/** Folded title and blocks, one record a line: offsets match the original texts. */
	readonly text: string;
	/** Offset in `text` where each record starts: record 0 is the title, record i + 1 is block i. */
	readonly starts: Int32Array;
	/** The records that are headings, ascending: ranking reads them without touching the document's blocks. */
	readonly headings: Int32Array;
	/** Pinyin initials: the positions of the letters rare in the text (`data.positions`); where each letter's start and end, `LetterTable` says. */
	readonly positions: Uint16Array | Uint32Array;
};

/** Where an index keeps its entries' arrays: copied into slabs (see `Slabs`). */
export type EntryStore = {
	readonly offsets: (array: Int32Array) => Int32Array;
	readonly positions: (array: Uint16Array | Uint32Array) => Uint16Array | Uint32Array;
};

/** A document's entry over its index data. */
export function indexedEntry(key: string, ordinal: number, document: Document, data: DocumentIndexData, store: EntryStore): IndexedDocument {
	const headings = document.blocks.flatMap((block, index) => (block.kind === 'heading' ? [index + 1] : []));
	return {key, ordinal, document, text: data.text, starts: store.offsets(data.starts), headings: Int32Array.from(headings), positions: store.positions(data.positions)};
}

/** The record holding a text offset (binary search over the starts). */
export function recordAt(entry: IndexedDocument, offset: number): number {
	const {starts} = entry;
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >>> 1;
		if (starts[middle]! <= offset) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}

	return low;
}

/** Whether a record is the title, a heading or body text. */
export function fieldOf(entry: IndexedDocument, record: number): Field {
	return record === 0 ? 'title' : entry.document.blocks[record - 1]?.kind === 'heading' ? 'heading' : 'paragraph';
}

/** End of a record in `text` (exclusive). */
export function recordEnd(entry: IndexedDocument, record: number): number {
	const next = entry.starts[record + 1];
	return next === undefined ? entry.text.length : next - 1;
}
