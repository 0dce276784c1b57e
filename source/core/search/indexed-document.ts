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
	/** Per letter `a`..`z`, a bitmap of the positions whose character has a reading starting with it. */
	readonly initials: ReadonlyArray<Uint32Array | undefined>;
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
	return {key, document, text, starts, initials: markInitials(text, readings, counts)};
}

function markInitials(text: string, readings: PinyinReadings, counts: Uint32Array): Array<Uint32Array | undefined> {
	const words = (text.length >>> 5) + 2;
	const bitmaps: Array<Uint32Array | undefined> = Array.from({length: 26});
	for (let position = 0; position < text.length; position++) {
		const code = text.charCodeAt(position);
		counts[code]++;
		let mask = code < 0x34_00 ? 0 : readings.initialMask(code);
		while (mask !== 0) {
			const letter = 31 - Math.clz32(mask);
			mask &= ~(1 << letter);
			const bitmap = (bitmaps[letter] ??= new Uint32Array(words));
			bitmap[position >>> 5] |= 1 << (position & 31);
		}
	}

	return bitmaps;
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
