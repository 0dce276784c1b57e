// Han units (see `isHanUnit`) numbered from 0: the CJK block, extension A, compatibility ideographs.
const unified = 0x9F_FF - 0x4E_00 + 1;
const extensionA = 0x4D_BF - 0x34_00 + 1;
const hanUnits = unified + extensionA + (0xFA_FF - 0xF9_00 + 1);

/** A Han unit's number below `hanUnits`, or -1 for any other unit. */
function hanIndex(unit: number): number {
	if (unit >= 0x4E_00 && unit <= 0x9F_FF) {
		return unit - 0x4E_00;
	}

	if (unit >= 0x34_00 && unit <= 0x4D_BF) {
		return unified + unit - 0x34_00;
	}

	return unit >= 0xF9_00 && unit <= 0xFA_FF ? unified + extensionA + unit - 0xF9_00 : -1;
}

// Two numbered units in one key below 2^30, so it stays a small integer: a key built from the
// raw units (up to 0x9FFF9FFF) is a heap number, and boxing one per Han character cost seconds on 50 MB.
function pairKey(first: number, second: number): number {
	return first * hanUnits + second + 1;
}

/** How often each pair of adjacent Han characters (basic plane) occurs in some texts. */
export type BigramCounts = {
	/** The number of times `first` is directly followed by `second`. */
	count(first: number, second: number): number;
};

/** Counts the pairs of adjacent Han characters (basic plane) in some texts. */
export function countBigrams(texts: Iterable<string>): BigramCounts {
	const table = new PairTable();
	for (const text of texts) {
		// A plain loop: a Unicode-property regex over a whole magazine costs tens of milliseconds.
		let previous = hanIndex(text.charCodeAt(0));
		for (let index = 1; index < text.length; index++) {
			const unit = hanIndex(text.charCodeAt(index));
			if (unit >= 0 && previous >= 0) {
				table.add(pairKey(previous, unit));
			}

			previous = unit;
		}
	}

	return table;
}

/**
 * Counts by pair in an open-addressing hash table over typed arrays: a `Map` costs a
 * good part of the pipeline's time on a large text (one set per Han character).
 * Keys are {@link pairKey}s; 0 is never one, so it marks an empty slot.
 */
class PairTable implements BigramCounts {
	private keys = new Int32Array(1 << 12);
	private counts = new Uint32Array(1 << 12);
	private size = 0;

	add(key: number): void {
		let slot = this.slotOf(key);
		if (this.keys[slot] === 0) {
			if ((this.size + 1) * 2 > this.keys.length) {
				this.grow();
				slot = this.slotOf(key);
			}

			this.keys[slot] = key;
			this.size++;
		}

		this.counts[slot]!++;
	}

	count(first: number, second: number): number {
		const [one, two] = [hanIndex(first), hanIndex(second)];
		if (one < 0 || two < 0) {
			return 0;
		}

		const slot = this.slotOf(pairKey(one, two));
		return this.keys[slot] === 0 ? 0 : this.counts[slot]!;
	}

	/** The slot holding `key`, or the empty slot where it would go (linear probing). */
	private slotOf(key: number): number {
		const mask = this.keys.length - 1;
		let slot = Math.imul(key, 0x9E_37_79_B1) >>> 0 & mask;
		while (this.keys[slot] !== 0 && this.keys[slot] !== key) {
			slot = (slot + 1) & mask;
		}

		return slot;
	}

	private grow(): void {
		const {keys, counts} = this;
		this.keys = new Int32Array(keys.length * 2);
		this.counts = new Uint32Array(keys.length * 2);
		for (const [index, key] of keys.entries()) {
			if (key !== 0) {
				const slot = this.slotOf(key);
				this.keys[slot] = key;
				this.counts[slot] = counts[index]!;
			}
		}
	}
}

/**
 * Whether a line break between two texts falls inside a word: the characters on
 * either side form a pair the document uses elsewhere (`工|作`, `吉|林`), while a
 * heading's last character and the next sentence's first rarely do (`离弦|石可破也`).
 */
export function breaksWord(before: string, after: string, counts: BigramCounts, threshold = 3): boolean {
	if (before.length === 0 || after.length === 0) {
		return false;
	}

	// Counted pairs are of basic-plane characters, one UTF-16 unit each.
	return counts.count(before.charCodeAt(before.length - 1), after.charCodeAt(0)) >= threshold;
}
