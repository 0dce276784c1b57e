/**
 * How often each byte value occurs in the indexed text, to pick where an exact scan
 * starts. V8's `indexOf` on a two-byte string finds the needle's first code unit with
 * `memchr` on that unit's larger byte, then checks the unit: every code unit holding
 * the byte (high or low) stops the fast scan. Chinese text is dense in a few high
 * bytes (U+4E00–U+4EFF is a tenth of it), so `主要` scans three times slower than
 * `要` alone. A needle is therefore scanned from the character whose byte stops
 * least, the part before it checked at each find.
 */
export class ScanStops {
	private readonly stops = new Float64Array(256);
	/** Occurrences of each code unit: a scan from a later offset returns to the caller at each of its own finds. */
	private readonly counts = new Float64Array(0x1_00_00);
	private total = 0;

	/** Counts a document's code units, given as pairs of code unit and count. */
	add(chars: Uint32Array): void {
		const {stops, counts} = this;
		for (let index = 0; index < chars.length; index += 2) {
			const code = chars[index]!;
			const count = chars[index + 1]!;
			const low = code & 0xff;
			const high = code >>> 8;
			counts[code]! += count;
			this.total += count;
			stops[low]! += count;
			if (high !== low) {
				stops[high]! += count;
			}
		}
	}

	/**
	 * Offset in `needle` to scan from: where the scan stops least, a stop inside `indexOf`
	 * costing ~11 ns and a find of the tail (returned, its head then checked) ~50 ns; the
	 * first offset on a tie. A needle of 7 or more units is searched by Boyer-Moore-Horspool,
	 * which a shorter tail would weaken: its tail keeps at least 7.
	 */
	scanFrom(needle: string): number {
		const last = needle.length <= 6 ? needle.length - 1 : needle.length - 7;
		let best = 0;
		let cheapest = Number.POSITIVE_INFINITY;
		for (let offset = 0; offset <= last; offset++) {
			const code = needle.charCodeAt(offset);
			const cost = this.stops[Math.max(code & 0xff, code >>> 8)]! + (offset === 0 ? 0 : 5 * this.tailFinds(needle, offset));
			if (cost < cheapest) {
				cheapest = cost;
				best = offset;
			}
		}

		return best;
	}

	/**
	 * The share of the indexed code units that stop a scan for the needle from `offset`: a
	 * scan reads the whole text anyway, but past a few percent the stops cost more than reading.
	 */
	stopShare(needle: string, offset: number): number {
		const code = needle.charCodeAt(offset);
		return this.total === 0 ? 0 : this.stops[Math.max(code & 0xff, code >>> 8)]! / this.total;
	}

	/** At most how often the needle's tail from `offset` occurs: as often as its rarest code unit. */
	private tailFinds(needle: string, offset: number): number {
		let fewest = Number.POSITIVE_INFINITY;
		for (let index = offset; index < needle.length; index++) {
			fewest = Math.min(fewest, this.counts[needle.charCodeAt(index)]!);
		}

		return fewest;
	}
}

/** Every occurrence of `needle` in `text` as start, end pairs pushed to `ranges`: the part from `from` on is scanned for, the rest checked. */
export function findExact(text: string, needle: string, from: number, ranges: number[]): void {
	if (from === 0) {
		for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
			ranges.push(at, at + needle.length);
		}

		return;
	}

	const head = needle.slice(0, from);
	const tail = needle.slice(from);
	for (let at = text.indexOf(tail, from); at !== -1; at = text.indexOf(tail, at + 1)) {
		if (text.startsWith(head, at - from)) {
			ranges.push(at - from, at - from + needle.length);
		}
	}
}
