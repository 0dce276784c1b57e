import type {Marks} from './candidates.js';
import {latinPairsOf, latinPairWords} from './index-data-shape.js';

/** The Latin pairs of every document (`DocumentIndexData.latinPairs`), one row per document in one buffer. */
export class LatinPairSets {
	private rows = new Uint32Array(latinPairWords * 256);
	private size = 0;

	/** Notes the pairs of document `ordinal` (the next one, 0, 1, …). */
	addDocument(ordinal: number, pairs: Uint32Array): void {
		if (ordinal !== this.size) {
			throw new RangeError(`documents are added in order: expected ${this.size}, got ${ordinal}`);
		}

		if ((ordinal + 1) * latinPairWords > this.rows.length) {
			const grown = new Uint32Array(this.rows.length * 2);
			grown.set(this.rows);
			this.rows = grown;
		}

		this.rows.set(pairs, ordinal * latinPairWords);
		this.size++;
	}

	/** Unmarks the documents lacking one of the Latin pairs of folded `text`: it cannot occur in them. */
	narrow(marks: Marks, text: string): void {
		const bits = latinPairsOf(text);
		if (bits.length === 0) {
			return;
		}

		const {rows} = this;
		for (let ordinal = 0; ordinal < this.size; ordinal++) {
			const row = ordinal * latinPairWords;
			for (let index = 0; index < bits.length && marks[ordinal] === 1; index++) {
				const bit = bits[index]!;
				marks[ordinal] = (rows[row + (bit >>> 5)]! >>> (bit & 31)) & 1;
			}
		}
	}
}
