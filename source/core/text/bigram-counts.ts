import {isHanUnit} from './cjk.js';

/** How often each pair of adjacent Han characters occurs, keyed by {@link pairKey}. */
export type BigramCounts = ReadonlyMap<number, number>;

// Two UTF-16 units in one number: string keys cost a slice and a hash per pair, seconds on a 20 MB file.
function pairKey(first: number, second: number): number {
	return first * 0x1_00_00 + second;
}

/** Counts the pairs of adjacent Han characters (basic plane) in some texts. */
export function countBigrams(texts: Iterable<string>): BigramCounts {
	const counts = new Map<number, number>();
	for (const text of texts) {
		// A plain loop: a Unicode-property regex over a whole magazine costs tens of milliseconds.
		for (let index = 1; index < text.length; index++) {
			if (isHanUnit(text.charCodeAt(index - 1)) && isHanUnit(text.charCodeAt(index))) {
				const pair = pairKey(text.charCodeAt(index - 1), text.charCodeAt(index));
				counts.set(pair, (counts.get(pair) ?? 0) + 1);
			}
		}
	}

	return counts;
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
	return (counts.get(pairKey(before.charCodeAt(before.length - 1), after.charCodeAt(0))) ?? 0) >= threshold;
}
