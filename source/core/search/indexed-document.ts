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
	/** Per letter `a`..`z`, a bitmap of the positions whose character has a reading starting with it (views into one buffer). */
	readonly initials: ReadonlyArray<Uint32Array | undefined>;
};

/** A document's entry over its index data: the initials' bitmaps are views into `data.bitmaps`. */
export function indexedEntry(key: string, ordinal: number, document: Document, data: DocumentIndexData): IndexedDocument {
	const words = bitmapWords(data.text.length);
	const initials: Array<Uint32Array | undefined> = Array.from({length: 26});
	let used = 0;
	for (let letter = 0; letter < 26; letter++) {
		if ((data.present & (1 << letter)) !== 0) {
			initials[letter] = data.bitmaps.subarray(used * words, (used + 1) * words);
			used++;
		}
	}

	return {key, ordinal, document, text: data.text, starts: data.starts, initials};
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
