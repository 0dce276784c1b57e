/** How often each pair of adjacent Han characters occurs. */
export type BigramCounts = ReadonlyMap<string, number>;

/** Counts the pairs of adjacent Han characters (basic plane) in some texts. */
export function countBigrams(texts: Iterable<string>): BigramCounts {
	const counts = new Map<string, number>();
	for (const text of texts) {
		// A plain loop: a Unicode-property regex over a whole magazine costs tens of milliseconds.
		for (let index = 1; index < text.length; index++) {
			if (isHan(text.charCodeAt(index - 1)) && isHan(text.charCodeAt(index))) {
				const pair = text.slice(index - 1, index + 1);
				counts.set(pair, (counts.get(pair) ?? 0) + 1);
			}
		}
	}

	return counts;
}

function isHan(unit: number): boolean {
	return (unit >= 0x4E_00 && unit <= 0x9F_FF) || (unit >= 0x34_00 && unit <= 0x4D_BF) || (unit >= 0xF9_00 && unit <= 0xFA_FF);
}

/**
 * Whether a line break between two texts falls inside a word: the characters on
 * either side form a pair the document uses elsewhere (`工|作`, `吉|林`), while a
 * heading's last character and the next sentence's first rarely do (`离弦|石可破也`).
 */
export function breaksWord(before: string, after: string, counts: BigramCounts, threshold = 3): boolean {
	const last = Array.from(before.slice(-2)).at(-1) ?? '';
	const first = Array.from(after.slice(0, 2))[0] ?? '';
	return (counts.get(last + first) ?? 0) >= threshold;
}
