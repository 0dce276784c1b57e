// A key names an entry by a dotted path after a leading dot (`.gpg.keygen.algo`, `.gnupg.agent-problem`);
// GnuPG writes `.#` for a key whose entry is commented out.
const key = /^\.#?[A-Za-z][\w-]*(?:\.[\w-]+)+$/u;

/** A key line of a dot-keyed help catalog: `.gpg.keygen.algo`. */
export function isCatalogKey(line: string): boolean {
	return key.test(line);
}

/**
 * Whether the lines are a dot-keyed help catalog, as GnuPG's `help.*.txt` are: entries
 * that each open with a key line followed by text, and end at a line holding only `.`
 * (or at the next key): at least two entries closed by `.`, and at least half of them.
 */
export function isHelpCatalog(lines: readonly string[]): boolean {
	let keys = 0;
	let closed = 0;
	let open = false;
	let afterKey = false;
	for (const line of lines) {
		const trimmed = line.trim();
		if (isCatalogKey(trimmed)) {
			// Keys one under the other are a list of names (`.eslintrc.json`), not entries.
			if (afterKey) {
				return false;
			}

			keys++;
			open = true;
			afterKey = true;
		} else if (trimmed !== '') {
			closed += trimmed === '.' && open ? 1 : 0;
			open &&= trimmed !== '.';
			afterKey = false;
		}
	}

	return closed >= 2 && closed * 2 >= keys;
}
