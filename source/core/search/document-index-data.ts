import type {Document} from '../document.js';
import {foldLines} from './fold.js';
import {bitCount, bitmapWords, recordStarts, type DocumentIndexData} from './index-data-shape.js';
import {PinyinReadings} from './pinyin-readings.js';

export type {DocumentIndexData} from './index-data-shape.js';

/** The folded text and record starts of a document: its title, then each block, each on a line of its own. */
export function foldDocument(document: Document): Pick<DocumentIndexData, 'text' | 'starts'> {
	return {text: foldLines([document.title, ...document.blocks.map((block) => block.text)]), starts: recordStarts(document)};
}

/**
 * Builds documents' index data; one builder per thread keeps the pinyin readings it has
 * looked up and a scratch table for counting characters.
 */
export class IndexDataBuilder {
	private readonly tally = new Uint32Array(0x1_00_00);
	/** Initials of each code unit of the text being marked, looked up once per distinct one: the bitmap pass then reads a table. */
	private readonly masks = new Uint32Array(0x1_00_00);

	constructor(private readonly readings = new PinyinReadings()) {}

	/** Folds a document's text and marks the pinyin initials of every character. */
	build(document: Document): DocumentIndexData {
		return this.mark(foldDocument(document));
	}

	/** The initials' bitmaps and character counts of folded text (`bitmaps` reads the masks this fills). */
	mark({text, starts}: Pick<DocumentIndexData, 'text' | 'starts'>): DocumentIndexData {
		const {readings, tally, masks} = this;
		const distinct: number[] = [];
		let present = 0;
		for (let position = 0; position < text.length; position++) {
			const code = text.charCodeAt(position);
			// The tables hold one entry per code unit: any `charCodeAt` is in range.
			if (tally[code]!++ === 0) {
				distinct.push(code);
				masks[code] = code < 0x34_00 ? 0 : readings.initialMask(code);
				present |= masks[code]!;
			}
		}

		const chars = new Uint32Array(distinct.length * 2);
		for (const [index, code] of distinct.entries()) {
			chars[index * 2] = code;
			chars[index * 2 + 1] = tally[code]!;
			tally[code] = 0;
		}

		return {text, starts, present, bitmaps: this.bitmaps(text, present), chars};
	}

	/**
	 * One bitmap per pinyin initial that occurs, all in one buffer: thousands of small
	 * buffers per document would cost more in bookkeeping than the bits themselves.
	 */
	private bitmaps(text: string, present: number): Uint32Array {
		const words = bitmapWords(text.length);
		const buffer = new Uint32Array(words * bitCount(present));
		// Word offset of each letter's bitmap in the buffer.
		const base = new Int32Array(26);
		let used = 0;
		for (let letter = 0; letter < 26; letter++) {
			base[letter] = used * words;
			used += (present >>> letter) & 1;
		}

		const {masks} = this;
		for (let position = 0; position < text.length; position++) {
			let mask = masks[text.charCodeAt(position)]!;
			while (mask !== 0) {
				const letter = 31 - Math.clz32(mask);
				mask &= ~(1 << letter);
				buffer[base[letter]! + (position >>> 5)]! |= 1 << (position & 31);
			}
		}

		return buffer;
	}
}
