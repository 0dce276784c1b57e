/** How often each pair of adjacent Han characters occurs. */
export type BigramCounts = ReadonlyMap<string, number>;

const hanPair = /(?=(\p{Script=Han}\p{Script=Han}))/gu;

/** Counts the pairs of adjacent Han characters in some texts. */
export function countBigrams(texts: Iterable<string>): BigramCounts {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const match of text.matchAll(hanPair)) {
			const pair = match[1]!;
			counts.set(pair, (counts.get(pair) ?? 0) + 1);
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
	const last = Array.from(before.slice(-2)).at(-1) ?? '';
	const first = Array.from(after.slice(0, 2))[0] ?? '';
	return (counts.get(last + first) ?? 0) >= threshold;
}
