/** How often `run` occurs in `text`, without overlaps and without building the pieces a split would. */
export function occurrences(text: string, run: string): number {
	let found = 0;
	for (let at = text.indexOf(run); at !== -1; at = text.indexOf(run, at + run.length)) {
		found++;
	}

	return found;
}
