/** Folds the differences OCR and typesetting make to a title: spaces, quote styles, dashes. */
export function normalizeTitle(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\s\u3000]+/g, '')
		.replace(/[“”„‟″「」『』]/g, '"')
		.replace(/[‘’‚‛′]/g, "'")
		.replace(/[—–―－-]+/g, '-')
		.toLowerCase();
}

/** Dice coefficient over character bigrams: 1 for equal strings, 0 for nothing shared. */
export function bigramSimilarity(a: string, b: string): number {
	const left = bigrams(a);
	const right = bigrams(b);
	if (left.length === 0 || right.length === 0) {
		return a === b ? 1 : 0;
	}

	const counts = new Map<string, number>();
	for (const gram of left) {
		counts.set(gram, (counts.get(gram) ?? 0) + 1);
	}

	let shared = 0;
	for (const gram of right) {
		const count = counts.get(gram) ?? 0;
		if (count > 0) {
			shared++;
			counts.set(gram, count - 1);
		}
	}

	return (2 * shared) / (left.length + right.length);
}

function bigrams(text: string): string[] {
	const chars = Array.from(text);
	return chars.slice(1).map((char, index) => chars[index]! + char);
}
