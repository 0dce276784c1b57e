/**
 * Edit distance counting a swap of two neighbours as one edit (optimal string
 * alignment), so `--outine` and `--oultine` are both one step from `--outline`.
 */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
	for (const [i, row] of rows.entries()) {
		for (let j = 1; i > 0 && j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, at(i - 2, j - 2) + 1);
			}

			row[j] = best;
		}
	}

	return at(a.length, b.length);
}

/**
 * The known name a mistyped one most likely meant: the only name it starts
 * (`out` for `outline`), else the nearest within two edits (one for names of up
 * to four letters, where two edits reach almost anything). Undefined when none is close.
 */
export function suggestOption(typed: string, names: readonly string[]): string | undefined {
	const word = typed.toLowerCase();
	const extended = names.filter((name) => word.length >= 2 && name.startsWith(word));
	if (extended.length === 1) {
		return extended[0];
	}

	let best: string | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const name of names) {
		const distance = editDistance(word, name);
		if (distance < bestDistance) {
			best = name;
			bestDistance = distance;
		}
	}

	return bestDistance <= (word.length <= 4 ? 1 : 2) ? best : undefined;
}
