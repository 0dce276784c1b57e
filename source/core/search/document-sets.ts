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
	/** The code units seen, by number. */
	private readonly codes = new Uint32Array(0x1_00_00);
	/**
	 * Occurrences of each code unit in all documents, by number: numbered as first seen, the
	 * common characters are together at the start, where adding a document finds them in cache.
	 */
	private readonly occurrences = new Float64Array(0x1_00_00);
	private seen = 0;
	/** Documents holding a code unit, counted when asked, by code unit: valid while `countedAt` is the size. */
	private readonly counted = new Map<number, number>();
	private countedAt = 0;
	private rows = new Uint32Array(1024);
	/** Where each document's row starts in `rows` (words); one more entry than documents, for the end. */
	private ends = new Uint32Array(64);
	private size = 0;

	/** Notes the code units document `ordinal` (the next one, 0, 1, …) holds: `chars` as pairs of code unit and count. */
	addDocument(ordinal: number, chars: Uint32Array): void {
		if (ordinal !== this.size) {
			throw new RangeError(`documents are added in order: expected ${this.size}, got ${ordinal}`);
		}

		const {numbers, codes, occurrences} = this;
		// A row long enough for every character being new; `seen` after this document sets its true length.
		const start = this.ends[ordinal]!;
		this.reserve(start + ((this.seen + chars.length / 2 + 31) >>> 5));
		const {rows} = this;
		let seen = this.seen;
		for (let index = 0; index < chars.length; index += 2) {
			const code = chars[index]!;
			let number = numbers[code]!;
			if (number === 0) {
				codes[seen] = code;
				number = ++seen;
				numbers[code] = number;
			}

			rows[start + ((number - 1) >>> 5)]! |= 1 << ((number - 1) & 31);
			occurrences[number - 1]! += chars[index + 1]!;
		}

		this.seen = seen;
		const words = (seen + 31) >>> 5;
		this.size++;
		if (this.size >= this.ends.length) {
			const grown = new Uint32Array(this.ends.length * 2);
			grown.set(this.ends);
			this.ends = grown;
		}

		this.ends[this.size] = start + words;
	}

	/** How many documents were added. */
	get documentCount(): number {
		return this.size;
	}

	/** How many distinct code units the documents hold. */
	get seenCount(): number {
		return this.seen;
	}

	/** The code unit numbered `number` (0 for the first seen, up to `seenCount` - 1). */
	codeAt(number: number): number {
		return this.codes[number]!;
	}

	/** How often `code` occurs in all documents. */
	occurrencesOf(code: number): number {
		const number = this.numbers[code]!;
		return number === 0 ? 0 : this.occurrences[number - 1]!;
	}

	/** Number of documents holding `code`: counted over the rows when first asked (a query asks for a few). */
	count(code: number): number {
		if (this.countedAt !== this.size) {
			this.counted.clear();
			this.countedAt = this.size;
		}

		let count = this.counted.get(code);
		if (count === undefined) {
			count = 0;
			for (let ordinal = 0; ordinal < this.size; ordinal++) {
				count += this.has(code, ordinal) ? 1 : 0;
			}

			this.counted.set(code, count);
		}

		return count;
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
