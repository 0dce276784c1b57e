/**
 * Which characters each document holds, so that a query scans only the documents that
 * hold every character of a term instead of all of them. Each code unit seen gets a small
 * number in the order it first appears; each document keeps one bit per number seen up to
 * it, in one shared buffer. A document added earlier never holds a character first seen
 * later, so its shorter row is still complete. Adding a document touches only its own row
 * (a table per character would touch a thousand scattered sets per document).
 */
export class DocumentSets {
	/** Number of each code unit seen (+1; 0 for never seen). */
	private readonly numbers = new Uint32Array(0x1_00_00);
	private seen = 0;
	/** Documents holding each code unit. */
	private readonly counts = new Uint32Array(0x1_00_00);
	private rows = new Uint32Array(1024);
	/** Where each document's row starts in `rows` (words); one more entry than documents, for the end. */
	private ends = new Uint32Array(64);
	private size = 0;

	/** Notes the code units document `ordinal` (the next one, 0, 1, …) holds: `chars` as pairs of code unit and count. */
	addDocument(ordinal: number, chars: Uint32Array): void {
		if (ordinal !== this.size) {
			throw new RangeError(`documents are added in order: expected ${this.size}, got ${ordinal}`);
		}

		const {numbers, counts} = this;
		for (let index = 0; index < chars.length; index += 2) {
			const code = chars[index]!;
			counts[code]!++;
			if (numbers[code] === 0) {
				numbers[code] = ++this.seen;
			}
		}

		const start = this.ends[ordinal]!;
		const words = (this.seen + 31) >>> 5;
		this.reserve(start + words);
		for (let index = 0; index < chars.length; index += 2) {
			const bit = numbers[chars[index]!]! - 1;
			this.rows[start + (bit >>> 5)]! |= 1 << (bit & 31);
		}

		this.size++;
		if (this.size >= this.ends.length) {
			const grown = new Uint32Array(this.ends.length * 2);
			grown.set(this.ends);
			this.ends = grown;
		}

		this.ends[this.size] = start + words;
	}

	/** Number of documents holding `code`. */
	count(code: number): number {
		return this.counts[code]!;
	}

	/** Whether document `ordinal` holds `code`. */
	has(code: number, ordinal: number): boolean {
		const bit = this.numbers[code]! - 1;
		if (bit < 0 || ordinal >= this.size) {
			return false;
		}

		const at = this.ends[ordinal]! + (bit >>> 5);
		return at < this.ends[ordinal + 1]! && (this.rows[at]! & (1 << (bit & 31))) !== 0;
	}

	private reserve(words: number): void {
		if (words > this.rows.length) {
			const grown = new Uint32Array(Math.max(words, this.rows.length * 2));
			grown.set(this.rows);
			this.rows = grown;
		}
	}
}
