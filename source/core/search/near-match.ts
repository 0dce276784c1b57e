/**
 * Whether some stretch of `text` between `start` and `end` is within `errors` edits
 * (insertions, deletions, substitutions of code units) of a pattern of at most 32 code units.
 */
export type NearMatch = (text: string, start: number, end: number) => boolean;

/** Each code unit's positions in the pattern being matched, as bits; shared, cleared after each pattern. */
const positions = new Int32Array(0x1_00_00);

/**
 * A test for stretches that hold `pattern` with at most `errors` edits: Myers' bit-parallel
 * edit distance (1999), a few word operations a code unit, no allocation. fuse.js's bitap
 * (threshold 0.3) matches a text only where such a stretch lies, so a window this rejects
 * is one fuse.js would score and reject, ~15 µs and a few kilobytes of garbage each.
 */
export function nearMatch(pattern: string, errors: number): NearMatch {
	const length = pattern.length;
	const masks = new Map<number, number>();
	for (let index = 0; index < length; index++) {
		const code = pattern.charCodeAt(index);
		masks.set(code, (masks.get(code) ?? 0) | (1 << index));
	}

	// Bit length - 1 is the pattern's last character: the edit distance of the whole pattern ending at a text position.
	const last = 1 << (length - 1);
	return (text, start, end) => {
		// Deleting the whole pattern is `length` edits: within them, any stretch will do, even an empty one.
		if (length <= errors) {
			return true;
		}

		for (const [code, mask] of masks) {
			positions[code] = mask;
		}

		try {
			let plus = -1;
			let minus = 0;
			let distance = length;
			for (let at = start; at < end; at++) {
				const equal = positions[text.charCodeAt(at)]!;
				const vertical = equal | minus;
				const horizontal = (((equal & plus) + plus) ^ plus) | equal;
				const horizontalPlus = minus | ~(horizontal | plus);
				const horizontalMinus = plus & horizontal;
				distance += (horizontalPlus & last) === 0 ? ((horizontalMinus & last) === 0 ? 0 : -1) : 1;
				if (distance <= errors) {
					return true;
				}

				// A match may start anywhere in the text: the shifts carry no 1 into the first row.
				plus = (horizontalMinus << 1) | ~(vertical | (horizontalPlus << 1));
				minus = (horizontalPlus << 1) & vertical;
			}

			return false;
		} finally {
			for (const code of masks.keys()) {
				positions[code] = 0;
			}
		}
	};
}
