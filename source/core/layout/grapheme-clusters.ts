/**
 * Grapheme clusters of long texts in linear time.
 *
 * `Intl.Segmenter` is quadratic-ish on Node 20 for long strings, so it only
 * ever sees short windows: runs of simple characters (ASCII, Han, kana,
 * full-width forms, common symbols) are split one code unit per cluster
 * without it, and everything else is segmented in windows of at most a few
 * hundred code units that start at a known cluster boundary.
 */

const segmenter = new Intl.Segmenter();

/** Code units segmented per window around complex characters. */
const windowSize = 256;

/**
 * Whether a code unit always forms a cluster of its own when the next code
 * unit is simple too: no Extend, ZWJ, SpacingMark, Prepend, Hangul jamo or
 * syllable, regional indicator or CR among them.
 */
export function isSimpleUnit(c: number): boolean {
	if (c < 0x3_00) {
		return c !== 0x0D;
	}

	if (c < 0x20_10) {
		return false;
	}

	if (c < 0x2C_00) {
		// General punctuation, letterlike symbols, arrows, math, box drawing, dingbats;
		// skipping separators, bidi controls and the combining marks for symbols.
		return (c <= 0x20_27 || (c >= 0x20_30 && c <= 0x20_5E) || c >= 0x21_00);
	}

	if (c >= 0x2E_80 && c <= 0x9F_FF) {
		// CJK radicals, punctuation, kana, bopomofo, Han; minus the few combining marks.
		return !((c >= 0x30_2A && c <= 0x30_2F) || c === 0x30_99 || c === 0x30_9A);
	}

	return (c >= 0xA0_00 && c <= 0xA4_CF)
		|| (c >= 0xF9_00 && c <= 0xFA_FF)
		|| (c >= 0xFE_10 && c <= 0xFE_19)
		|| (c >= 0xFE_30 && c <= 0xFE_4F)
		|| (c >= 0xFF_01 && c <= 0xFF_9D)
		|| (c >= 0xFF_E0 && c <= 0xFF_EE);
}

/** Whether text[index] starts a supplementary Han character (extensions B and later). */
function isAstralHan(text: string, index: number): boolean {
	const high = text.charCodeAt(index);
	// U+20000..U+3FFFF have high surrogates D840..D8BF.
	return high >= 0xD8_40 && high <= 0xD8_BF && (text.charCodeAt(index + 1) & 0xFC_00) === 0xDC_00;
}

/** Yields the end offsets of successive grapheme clusters of a text. */
export class ClusterScanner {
	/** Offset where the next cluster starts. */
	position: number;
	private readonly pending: number[] = [];
	private pendingIndex = 0;

	constructor(private readonly text: string, start = 0) {
		this.position = start;
	}

	/** End offset of the next cluster, or -1 at the end of the text. */
	next(): number {
		const pending = this.pending[this.pendingIndex];
		if (pending !== undefined) {
			this.pendingIndex++;
			this.position = pending;
			return pending;
		}

		const {text, position} = this;
		if (position >= text.length) {
			return -1;
		}

		const size = this.simpleClusterSize(position);
		if (size > 0) {
			this.position += size;
			return this.position;
		}

		this.segmentWindow(position);
		return this.next();
	}

	/** Length of the cluster at `index` when no segmenter is needed, else 0. */
	private simpleClusterSize(index: number): number {
		const {text} = this;
		const size = isSimpleUnit(text.charCodeAt(index)) ? 1 : (isAstralHan(text, index) ? 2 : 0);
		if (size === 0) {
			return 0;
		}

		const after = index + size;
		return after >= text.length || isSimpleUnit(text.charCodeAt(after)) ? size : 0;
	}

	/** Queues the cluster ends of a window starting at a cluster boundary. */
	private segmentWindow(start: number): void {
		const {text} = this;
		this.pending.length = 0;
		this.pendingIndex = 0;
		for (let size = windowSize; ; size *= 2) {
			let end = Math.min(text.length, start + size);
			// Boundaries depend on the next code point, so never cut a surrogate pair in half.
			if ((text.charCodeAt(end - 1) & 0xFC_00) === 0xD8_00 && end < text.length) {
				end++;
			}

			const atEnd = end === text.length;
			for (const {index} of segmenter.segment(text.slice(start, end))) {
				if (index > 0) {
					this.pending.push(start + index);
				}
			}

			// The last cluster of a window may continue past it, so it only counts at the end.
			if (atEnd) {
				this.pending.push(end);
			}

			if (this.pending.length > 0) {
				return;
			}
		}
	}
}
