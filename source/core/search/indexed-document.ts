import type {Document} from '../document.js';
import {bitmapWords, type DocumentIndexData} from './index-data-shape.js';

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
	/**
	 * Pinyin initials: per letter `a`..`z`, the slabs holding the bitmaps of the documents where
	 * the letter is common (from `data.bitmaps`), by number (`letterAt`); the same lists for
	 * every entry of an index. Each letter's bitmaps of all documents lie side by side in slabs
	 * of their own, so a query reads one stream a letter of its plan.
	 */
	readonly bitmaps: ReadonlyArray<readonly Uint32Array[]>;
	/** Pinyin initials: the positions of the letters rare in the text (`data.positions`). */
	readonly positions: Uint16Array | Uint32Array;
	/**
	 * Per letter `a`..`z`: at `letter`, the word its bitmap starts at in its slab, or -1 when it
	 * has none, and at `78 + letter` the slab's number in `bitmaps[letter]`; at `26 + letter` and
	 * `52 + letter`, where its positions start and end in `positions`.
	 */
	readonly letterAt: Int32Array;
	/** Words in each of its initials' bitmaps (`bitmapWords` of the text's length): matching then reads no string. */
	readonly words: number;
};

/** Where an index keeps its entries' arrays: copied into slabs (see `Slabs`). */
export type EntryStore = {
	/** Per letter, the slabs holding its bitmaps, by number: the same lists for every entry. */
	readonly letterSlabs: ReadonlyArray<readonly Uint32Array[]>;
	/** Copies a letter's bitmap (`length` words of `source` from `start`) into its slabs, noting where in `letterAt` (see `IndexedDocument`). */
	readonly placeBitmap: (letter: number, source: Uint32Array, start: number, length: number, letterAt: Int32Array) => void;
	readonly offsets: (array: Int32Array) => Int32Array;
	readonly positions: (array: Uint16Array | Uint32Array) => Uint16Array | Uint32Array;
};

/** A document's entry over its index data. */
export function indexedEntry(key: string, ordinal: number, document: Document, data: DocumentIndexData, store: EntryStore): IndexedDocument {
	const words = bitmapWords(data.text.length);
	const letterAt = new Int32Array(104).fill(-1, 0, 26);
	let bitmapsSoFar = 0;
	let listsSoFar = 0;
	for (let letter = 0; letter < 26; letter++) {
		const bit = 1 << letter;
		if ((data.listed & bit) !== 0) {
			letterAt[26 + letter] = listsSoFar === 0 ? 0 : data.listEnds[listsSoFar - 1]!;
			letterAt[52 + letter] = data.listEnds[listsSoFar++]!;
		} else if ((data.present & bit) !== 0) {
			store.placeBitmap(letter, data.bitmaps, bitmapsSoFar++ * words, words, letterAt);
		}
	}

	const headings = document.blocks.flatMap((block, index) => (block.kind === 'heading' ? [index + 1] : []));
	return {key, ordinal, document, text: data.text, starts: store.offsets(data.starts), headings: Int32Array.from(headings), bitmaps: store.letterSlabs, positions: store.positions(data.positions), letterAt: store.offsets(letterAt), words};
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
