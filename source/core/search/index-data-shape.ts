import type {Document} from '../document.js';

/**
 * What the search index keeps of one document that depends on no other document: built
 * where the document is processed (a loading worker) and cached with it, so that adding
 * the document to the index on the reader's thread costs next to nothing. Typed arrays
 * only, so it crosses to another thread and to disk as it is.
 */
export type DocumentIndexData = {
	/** Folded title and blocks, one record a line: offsets match the original texts. */
	readonly text: string;
	/** Offset in `text` where each record starts: record 0 is the title, record i + 1 is block i. */
	readonly starts: Int32Array;
	/** Bit n set when some character has a reading starting with letter `a` + n: one bitmap each, in letter order, in `bitmaps`. */
	readonly present: number;
	/** The initials' bitmaps one after another, `bitmapWords(text.length)` words each. */
	readonly bitmaps: Uint32Array;
	/** Each distinct code unit of `text` and how often it occurs, as pairs: the index sums them for its character counts. */
	readonly chars: Uint32Array;
};

/** Words in one initial's bitmap for a text of `length` code units. */
export function bitmapWords(length: number): number {
	return (length >>> 5) + 2;
}

/** Offset of each record in a document's indexed text: its title, then each block, each on a line of its own. */
export function recordStarts(document: Document): Int32Array {
	const starts = new Int32Array(document.blocks.length + 1);
	let offset = document.title.length + 1;
	for (const [index, block] of document.blocks.entries()) {
		starts[index + 1] = offset;
		offset += block.text.length + 1;
	}

	return starts;
}

/** Number of bits set. */
export function bitCount(mask: number): number {
	let count = 0;
	for (let rest = mask; rest !== 0; rest &= rest - 1) {
		count++;
	}

	return count;
}
