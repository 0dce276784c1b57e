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
	/** Bit n set when some character has a reading starting with letter `a` + n. */
	readonly present: number;
	/** Of those, the letters rare in this document (`isListed`), kept as lists of positions; the others as bitmaps. */
	readonly listed: number;
	/** The bitmaps of the present letters that are not listed, in letter order, `bitmapWords(text.length)` words each. */
	readonly bitmaps: Uint32Array;
	/** The positions of the listed letters' characters, ascending, one letter after another in letter order. */
	readonly positions: Uint16Array | Uint32Array;
	/** Where each listed letter's positions end in `positions`, in letter order. */
	readonly listEnds: Uint32Array;
	/** Each distinct code unit of `text` and how often it occurs, as pairs: the index sums them for its character counts. */
	readonly chars: Uint32Array;
	/**
	 * The pairs of ASCII letters and digits that follow each other somewhere in `text`, one bit
	 * each (`latinPairBit`): a Latin term, or the exact pass of a pinyin one, scans only the
	 * documents holding all of its pairs. Letters alone say little: nearly every document with
	 * some English has `j`, `i`, `b`, `e` and `n`, few have `ji`, `ib`, `be` and `en`.
	 */
	readonly latinPairs: Uint32Array;
};

/** ASCII letters and digits, the symbols of a Latin pair: 36 of them. */
const latinSymbols = 36;

/** Words in a document's Latin pairs. */
export const latinPairWords = (latinSymbols * latinSymbols + 31) >>> 5;

/** A folded code unit's number among the Latin symbols (`0`–`9`, `a`–`z`), or -1. */
export function latinSymbol(code: number): number {
	return code >= 0x30 && code <= 0x39 ? code - 0x30 : code >= 0x61 && code <= 0x7a ? code - 0x61 + 10 : -1;
}

/** The bit of two symbols in a row. */
export function latinPairBit(first: number, second: number): number {
	return first * latinSymbols + second;
}

/** The bits of the Latin pairs in folded text, ascending and distinct. */
export function latinPairsOf(text: string): number[] {
	const bits = new Set<number>();
	for (let index = 1; index < text.length; index++) {
		const first = latinSymbol(text.charCodeAt(index - 1));
		const second = latinSymbol(text.charCodeAt(index));
		if (first !== -1 && second !== -1) {
			bits.add(latinPairBit(first, second));
		}
	}

	return [...bits].sort((a, b) => a - b);
}

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

/**
 * Whether a letter that starts `count` readings in a text of `length` code units is kept
 * as a list of positions: when that takes under half the room of a bitmap (a letter in
 * fewer than 1 character in 32). The rare letters (a, e, o, k, n, p, r…) are most of the
 * bitmaps' room; the common ones stay bitmaps, which a query intersects fastest.
 */
export function isListed(count: number, length: number): boolean {
	return count * positionBytes(length) * 2 < bitmapWords(length) * 4;
}

/** Bytes a position takes in a list: two while the text is short enough. */
export function positionBytes(length: number): number {
	return length <= 0x1_00_00 ? 2 : 4;
}

/** Whether index data has the sizes its text length and letters call for: cached data that does not is never used. */
export function fitsLength(data: Omit<DocumentIndexData, 'text' | 'starts'>, length: number): boolean {
	const {present, listed, bitmaps, positions, listEnds, latinPairs} = data;
	let previous = 0;
	for (const end of listEnds) {
		// Each letter's positions ascend: its last one must lie in the text.
		if (end <= previous || end > positions.length || positions[end - 1]! >= length) {
			return false;
		}

		previous = end;
	}

	return latinPairs.length === latinPairWords && (listed & ~present) === 0 && bitmaps.length === bitmapWords(length) * bitCount(present & ~listed) && listEnds.length === bitCount(listed) && previous === positions.length && positions.BYTES_PER_ELEMENT === positionBytes(length);
}

/** Number of bits set. */
export function bitCount(mask: number): number {
	let count = 0;
	for (let rest = mask; rest !== 0; rest &= rest - 1) {
		count++;
	}

	return count;
}
