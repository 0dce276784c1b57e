import fc from 'fast-check';

/** A few Chinese characters and two Latin letters: small enough that edits often keep a near match. */
export const editAlphabet = fc.constantFrom('驻', '村', '干', '部', '老', '李', 'a', 'b');

/** Sizes of the pattern, of the edits made to a copy of it, and of the text either side of the copy. */
type Sizes = {readonly pattern: {readonly min: number; readonly max: number}; readonly edits: number; readonly around: number};

/**
 * A pattern and a window that holds a copy of it with a few random edits (substitutions,
 * insertions, deletions), the same text before and after: the place near misses are looked for.
 */
export function editedWindow({pattern, edits, around}: Sizes): fc.Arbitrary<{pattern: string; window: string}> {
	const edit = fc.record({at: fc.nat(), kind: fc.constantFrom('substitute', 'insert', 'delete'), char: editAlphabet});
	return fc.tuple(fc.array(editAlphabet, {minLength: pattern.min, maxLength: pattern.max}), fc.array(edit, {maxLength: edits}), fc.array(editAlphabet, {maxLength: around})).map(([patternChars, madeEdits, aroundChars]) => {
		let text = [...patternChars];
		for (const {at, kind, char} of madeEdits) {
			const place = at % (text.length + 1);
			const rest = kind === 'insert' ? text.slice(place) : text.slice(place + 1);
			text = [...text.slice(0, place), ...(kind === 'delete' ? [] : [char]), ...rest];
		}

		const side = aroundChars.join('');
		return {pattern: patternChars.join(''), window: side + text.join('') + side};
	});
}
