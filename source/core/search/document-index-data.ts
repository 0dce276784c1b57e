import type {Document} from '../document.js';
import {foldLines} from './fold.js';
import {bitCount, bitmapWords, isListed, latinPairBit, latinPairWords, latinSymbol, positionBytes, recordStarts, type DocumentIndexData} from './index-data-shape.js';
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

	/** The initials' bitmaps and lists and the character counts of folded text (`initials` reads the masks this fills). */
	mark({text, starts}: Pick<DocumentIndexData, 'text' | 'starts'>): DocumentIndexData {
		const {readings, tally, masks} = this;
		const distinct: number[] = [];
		const latinPairs = new Uint32Array(latinPairWords);
		let present = 0;
		let symbol = -1;
		for (let position = 0; position < text.length; position++) {
			const code = text.charCodeAt(position);
			// Chinese text has few Latin characters: one comparison for the others.
			if (code < 0x80) {
				const previous = symbol;
				symbol = latinSymbol(code);
				if (previous !== -1 && symbol !== -1) {
					const bit = latinPairBit(previous, symbol);
					latinPairs[bit >>> 5]! |= 1 << (bit & 31);
				}
			} else {
				symbol = -1;
			}

			// The tables hold one entry per code unit: any `charCodeAt` is in range.
			if (tally[code]!++ === 0) {
				distinct.push(code);
				masks[code] = code < 0x34_00 ? 0 : readings.initialMask(code);
				present |= masks[code]!;
			}
		}

		const letterCounts = new Uint32Array(26);
		const chars = new Uint32Array(distinct.length * 2);
		for (const [index, code] of distinct.entries()) {
			chars[index * 2] = code;
			chars[index * 2 + 1] = tally[code]!;
			for (let mask = masks[code]!; mask !== 0; mask &= mask - 1) {
				letterCounts[31 - Math.clz32(mask & -mask)]! += tally[code]!;
			}

			tally[code] = 0;
		}

		let listed = 0;
		for (let letter = 0; letter < 26; letter++) {
			listed |= letterCounts[letter]! > 0 && isListed(letterCounts[letter]!, text.length) ? 1 << letter : 0;
		}

		return {text, starts, present, listed, ...this.initials(text, present, listed, letterCounts), chars, latinPairs};
	}

	/**
	 * One bitmap per common initial, all in one buffer, and the positions of the rare ones in
	 * another: thousands of small buffers per document would cost more in bookkeeping than the data.
	 */
	private initials(text: string, present: number, listed: number, letterCounts: Uint32Array): Pick<DocumentIndexData, 'bitmaps' | 'positions' | 'listEnds'> {
		const words = bitmapWords(text.length);
		const bitmaps = new Uint32Array(words * bitCount(present & ~listed));
		// Per letter: where its bitmap starts (words), or where its next position goes.
		const next = new Int32Array(26);
		const listEnds = new Uint32Array(bitCount(listed));
		let bitmapWordsUsed = 0;
		let listedSoFar = 0;
		let positionsUsed = 0;
		for (let letter = 0; letter < 26; letter++) {
			if ((listed & (1 << letter)) !== 0) {
				next[letter] = positionsUsed;
				positionsUsed += letterCounts[letter]!;
				listEnds[listedSoFar++] = positionsUsed;
			} else if ((present & (1 << letter)) !== 0) {
				next[letter] = bitmapWordsUsed;
				bitmapWordsUsed += words;
			}
		}

		const positions = positionBytes(text.length) === 2 ? new Uint16Array(positionsUsed) : new Uint32Array(positionsUsed);
		const {masks} = this;
		for (let position = 0; position < text.length; position++) {
			let mask = masks[text.charCodeAt(position)]!;
			while (mask !== 0) {
				const letter = 31 - Math.clz32(mask);
				mask &= ~(1 << letter);
				if ((listed & (1 << letter)) === 0) {
					bitmaps[next[letter]! + (position >>> 5)]! |= 1 << (position & 31);
				} else {
					positions[next[letter]!++] = position;
				}
			}
		}

		return {bitmaps, positions, listEnds};
	}
}
