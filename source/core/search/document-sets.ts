/**
 * For each code unit, the documents (by the order they were added) whose text holds it:
 * a query then scans only the documents that hold every character of a term, instead of
 * all of them. A set starts as a sorted list of ordinals and becomes a bitmap once the
 * list would be larger, so the many rare characters cost a few bytes each and the common
 * ones one bit a document.
 */
export class DocumentSets {
	/** Per code unit: ordinals ascending (`lengths` of them used), or a bitmap when `isBitmap`. */
	private readonly sets: Array<Uint32Array | undefined> = Array.from({length: 0x1_00_00});
	private readonly lengths = new Uint32Array(0x1_00_00);
	private readonly counts = new Uint32Array(0x1_00_00);
	private readonly isBitmap = new Uint8Array(0x1_00_00);

	/** Notes that document `ordinal` (each one greater than the last) holds `code`. */
	add(code: number, ordinal: number): void {
		this.counts[code]!++;
		if (this.isBitmap[code] === 1) {
			this.setBit(code, ordinal);
			return;
		}

		let list = this.sets[code];
		const length = this.lengths[code]!;
		if (list === undefined || length === list.length) {
			// A list as long as a bitmap of the documents so far would be: the bitmap is smaller from here on.
			if (length > 0 && length * 32 >= ordinal + 1) {
				this.toBitmap(code, ordinal);
				return;
			}

			const grown = new Uint32Array(Math.max(4, length * 2));
			grown.set(list ?? []);
			this.sets[code] = grown;
			list = grown;
		}

		list[length] = ordinal;
		this.lengths[code] = length + 1;
	}

	/** Number of documents holding `code`. */
	count(code: number): number {
		return this.counts[code]!;
	}

	/** Whether document `ordinal` holds `code`. */
	has(code: number, ordinal: number): boolean {
		const set = this.sets[code];
		if (set === undefined) {
			return false;
		}

		if (this.isBitmap[code] === 1) {
			return ((set[ordinal >>> 5] ?? 0) & (1 << (ordinal & 31))) !== 0;
		}

		return binarySearch(set, this.lengths[code]!, ordinal);
	}

	/** Calls `visit` with each document holding `code`, in order. */
	forEach(code: number, visit: (ordinal: number) => void): void {
		const set = this.sets[code];
		if (set === undefined) {
			return;
		}

		if (this.isBitmap[code] === 0) {
			for (let index = 0; index < this.lengths[code]!; index++) {
				visit(set[index]!);
			}

			return;
		}

		for (let word = 0; word < set.length; word++) {
			for (let bits = set[word]!; bits !== 0; bits &= bits - 1) {
				visit((word << 5) + 31 - Math.clz32(bits & -bits));
			}
		}
	}

	private toBitmap(code: number, ordinal: number): void {
		const bitmap = new Uint32Array(((ordinal + 1) >>> 5) * 2 + 2);
		const list = this.sets[code]!;
		for (let index = 0; index < this.lengths[code]!; index++) {
			const at = list[index]!;
			bitmap[at >>> 5]! |= 1 << (at & 31);
		}

		this.sets[code] = bitmap;
		this.isBitmap[code] = 1;
		this.lengths[code] = 0;
		this.setBit(code, ordinal);
	}

	private setBit(code: number, ordinal: number): void {
		let bitmap = this.sets[code]!;
		if (ordinal >>> 5 >= bitmap.length) {
			const grown = new Uint32Array(Math.max(bitmap.length * 2, (ordinal >>> 5) + 1));
			grown.set(bitmap);
			this.sets[code] = grown;
			bitmap = grown;
		}

		bitmap[ordinal >>> 5]! |= 1 << (ordinal & 31);
	}
}

function binarySearch(list: Uint32Array, length: number, value: number): boolean {
	let low = 0;
	let high = length - 1;
	while (low <= high) {
		const middle = (low + high) >>> 1;
		const at = list[middle]!;
		if (at === value) {
			return true;
		}

		if (at < value) {
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}

	return false;
}
