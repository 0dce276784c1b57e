/**
 * How often each byte value occurs in the indexed text, to pick where an exact scan
 * starts. V8's `indexOf` on a two-byte string finds the needle's first code unit with
 * `memchr` on that unit's larger byte, then checks the unit: every code unit holding
 * the byte (high or low) stops the fast scan. Chinese text is dense in a few high
 * bytes (U+4E00–U+4EFF is a tenth of it), so `主要` scans three times slower than
 * `要` alone. A needle is therefore scanned from the character whose byte stops
 * least, the part before it checked at each find.
 */
/** What scan stops are counted from: the code units the documents hold, and how often (`DocumentSets`). */
export type CodeCounts = {
	/** Documents counted so far: the stops are counted again when it changes. */
	readonly documentCount: number;
	readonly seenCount: number;
	codeAt(number: number): number;
	occurrencesOf(code: number): number;
};

export class ScanStops {
	private readonly stops = new Float64Array(256);
	private total = 0;
	private countedAt = -1;

	/** Stops are counted from `counts` when a query asks, not as each document is added (a loop over its characters each). */
	constructor(private readonly counts: CodeCounts) {}

	/**
	 * Offset in `needle` to scan from: where the scan stops least, a stop inside `indexOf`
	 * costing ~11 ns and a find of the tail (returned, its head then checked) ~50 ns; the
	 * first offset on a tie. A needle of 7 or more units is searched by Boyer-Moore-Horspool,
	 * which a shorter tail would weaken: its tail keeps at least 7.
	 */
	scanFrom(needle: string): number {
		this.count();
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
		this.count();
		const code = needle.charCodeAt(offset);
		return this.total === 0 ? 0 : this.stops[Math.max(code & 0xff, code >>> 8)]! / this.total;
	}

	/** Stops per byte value, over every code unit the documents hold: a few thousand distinct ones. */
	private count(): void {
		const {counts, stops} = this;
		if (this.countedAt === counts.documentCount) {
			return;
		}

		stops.fill(0);
		this.total = 0;
		for (let number = 0; number < counts.seenCount; number++) {
			const code = counts.codeAt(number);
			const count = counts.occurrencesOf(code);
			const low = code & 0xff;
			const high = code >>> 8;
			this.total += count;
			stops[low]! += count;
			if (high !== low) {
				stops[high]! += count;
			}
		}

		this.countedAt = counts.documentCount;
	}

	/** At most how often the needle's tail from `offset` occurs: as often as its rarest code unit. */
	private tailFinds(needle: string, offset: number): number {
		let fewest = Number.POSITIVE_INFINITY;
		for (let index = offset; index < needle.length; index++) {
			fewest = Math.min(fewest, this.counts.occurrencesOf(needle.charCodeAt(index)));
		}

		return fewest;
	}
}

/** No occurrences: one frozen list for every text without any. */
export const noRanges: number[] = Object.freeze([]) as unknown as number[];

/** A needle cut where its scan starts (`ScanStops.scanFrom`): `tail` is scanned for, `head` checked before each find. */
export type ExactNeedle = {readonly text: string; readonly head: string; readonly tail: string};

/** A needle cut at `from`, once a query rather than once a document. */
export function exactNeedle(text: string, from: number): ExactNeedle {
	return {text, head: text.slice(0, from), tail: text.slice(from)};
}

/**
 * Every occurrence of the needle in `text` as start, end pairs, ascending; `noRanges` when
 * there is none, and a list started at its first find (sized for it: most documents that
 * hold a term hold it once or twice, and an empty list grows room for 17 at its first push).
 */
export function findExact(text: string, {text: whole, head, tail}: ExactNeedle): number[] {
	const from = head.length;
	let ranges: number[] | undefined;
	for (let at = text.indexOf(tail, from); at !== -1; at = text.indexOf(tail, at + 1)) {
		if (from === 0 || text.startsWith(head, at - from)) {
			if (ranges) {
				ranges.push(at - from, at - from + whole.length);
			} else {
				ranges = [at - from, at - from + whole.length];
			}
		}
	}

	return ranges ?? noRanges;
}
