import type {Document} from '../document.js';
import {foldText} from './fold.js';
import type {PinyinReadings} from './pinyin-readings.js';

/** Where a record comes from; title and heading hits rank above body hits. */
export type Field = 'title' | 'heading' | 'paragraph';

/** One document as the index holds it. */
export type IndexedDocument = {
	/** The caller's stable key for the document. */
	readonly key: string;
	readonly document: Document;
	/** Folded title and blocks, one record a line: offsets match the original texts. */
	readonly text: string;
	/** Offset in `text` where each record starts: record 0 is the title, record i + 1 is block i. */
	readonly starts: Int32Array;
	/** Per letter `a`..`z`, a bitmap of the positions whose character has a reading starting with it (views into one buffer). */
	readonly initials: ReadonlyArray<Uint32Array | undefined>;
	/** Bit n set when the folded text holds the letter `a` + n: a Latin term skips documents missing one of its letters. */
	readonly letters: number;
};

/** Folds a document's text and marks the pinyin initials of every character. */
export function indexDocument(key: string, document: Document, readings: PinyinReadings, counts: Uint32Array): IndexedDocument {
	const texts = [document.title, ...document.blocks.map((block) => block.text.replaceAll('\n', ' '))];
	const starts = new Int32Array(texts.length);
	let offset = 0;
	for (const [index, text] of texts.entries()) {
		starts[index] = offset;
		offset += text.length + 1;
	}

	const text = foldText(texts.join('\n'));
	return {key, document, text, starts, ...markInitials(text, readings, counts)};
}

/**
 * The Latin letters of a text, and one bitmap per pinyin initial that occurs, all in one buffer: thousands of small
 * buffers per document would cost more in bookkeeping than the bits themselves.
 */
function markInitials(text: string, readings: PinyinReadings, counts: Uint32Array): Pick<IndexedDocument, 'initials' | 'letters'> {
	let present = 0;
	let letters = 0;
	for (let position = 0; position < text.length; position++) {
		const code = text.charCodeAt(position);
		counts[code]++;
		present |= code < 0x34_00 ? 0 : readings.initialMask(code);
		letters |= code >= 0x61 && code <= 0x7A ? 1 << (code - 0x61) : 0;
	}

	const words = (text.length >>> 5) + 2;
	const buffer = new Uint32Array(words * bitCount(present));
	const bitmaps: Array<Uint32Array | undefined> = Array.from({length: 26});
	let used = 0;
	for (let letter = 0; letter < 26; letter++) {
		if ((present & (1 << letter)) !== 0) {
			bitmaps[letter] = buffer.subarray(used * words, (used + 1) * words);
			used++;
		}
	}

	for (let position = 0; position < text.length; position++) {
		const code = text.charCodeAt(position);
		let mask = code < 0x34_00 ? 0 : readings.initialMask(code);
		while (mask !== 0) {
			const letter = 31 - Math.clz32(mask);
			mask &= ~(1 << letter);
			bitmaps[letter]![position >>> 5] |= 1 << (position & 31);
		}
	}

	return {initials: bitmaps, letters};
}

/** The letters a..z a text holds, as a bit mask. */
export function latinLetters(text: string): number {
	let mask = 0;
	for (let position = 0; position < text.length; position++) {
		const code = text.charCodeAt(position);
		mask |= code >= 0x61 && code <= 0x7A ? 1 << (code - 0x61) : 0;
	}

	return mask;
}

function bitCount(mask: number): number {
	let count = 0;
	for (let rest = mask; rest !== 0; rest &= rest - 1) {
		count++;
	}

	return count;
}

/** The record holding a text offset (binary search over the starts). */
export function recordAt(entry: IndexedDocument, offset: number): number {
	const {starts} = entry;
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >>> 1;
		if (starts[middle] <= offset) {
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
	return record + 1 < entry.starts.length ? entry.starts[record + 1] - 1 : entry.text.length;
}
