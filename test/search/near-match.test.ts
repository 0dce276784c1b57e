import fc from 'fast-check';
import Fuse from 'fuse.js';
import {expect, test} from 'vitest';
import {exactPieces} from '../../source/core/search/match-fuzzy.js';
import {nearMatch} from '../../source/core/search/near-match.js';
import {editAlphabet, editedWindow} from '../helpers/edited-window.js';

/** The least edits that turn `pattern` into some stretch of `text`, the slow way (a table). */
function leastEdits(pattern: string, text: string): number {
	let previous = Array.from({length: text.length + 1}, () => 0);
	for (let row = 1; row <= pattern.length; row++) {
		const current = [row];
		for (let column = 1; column <= text.length; column++) {
			const substitution = previous[column - 1]! + (pattern[row - 1] === text[column - 1] ? 0 : 1);
			current.push(Math.min(substitution, previous[column]! + 1, current[column - 1]! + 1));
		}

		previous = current;
	}

	return Math.min(...previous);
}


test.each([
	['驻村干部', '我是驻村干部老李', 0, true],
	['驻村干部', '我是驻村干老李', 0, false],
	['驻村干部', '我是驻村干老李', 1, true],
	['驻村干部', '驻干部', 1, true],
	['驻村干部', '村干', 1, false],
	['abcdefghijklmnopqrstuvwxyz012345', 'xxabcdefghijklmnopqrstuvwxyz012345yy', 0, true],
	['abcdefghijklmnopqrstuvwxyz012345', 'abcdefghijklmnopqrstuvwxyz01234', 1, true],
	['abcdefghijklmnopqrstuvwxyz012345', 'abcdefghijklmnopqrstuvwxyz0123', 1, false],
])('%s in %s within %i edits: %s', (pattern, text, errors, expected) => {
	expect(nearMatch(pattern, errors)(text, 0, text.length)).toBe(expected);
});

test('agrees with the table on any pattern up to 32 characters, any stretch and any number of edits', () => {
	fc.assert(
		fc.property(fc.array(editAlphabet, {minLength: 1, maxLength: 32}), fc.array(editAlphabet, {maxLength: 60}), fc.nat(), fc.nat(), fc.nat({max: 6}), (patternChars, textChars, from, to, errors) => {
			const pattern = patternChars.join('');
			const text = textChars.join('');
			const start = from % (text.length + 1);
			const end = start + (to % (text.length - start + 1));
			expect(nearMatch(pattern, errors)(text, start, end)).toBe(leastEdits(pattern, text.slice(start, end)) <= errors);
		}),
		{numRuns: 1000},
	);
});

test('passes every window fuse.js matches a plain pattern in (threshold 0.3), so it only spares fuse.js windows it would reject', () => {
	fc.assert(
		fc.property(editedWindow({pattern: {min: 3, max: 20}, edits: 6, around: 8}), ({pattern, window}) => {
			const fuse = new Fuse([window], {ignoreLocation: true, threshold: 0.3, isCaseSensitive: true, useExtendedSearch: true, minMatchCharLength: 2});
			const errors = exactPieces(pattern)!.length - 1;
			if (fuse.search(pattern).length > 0) {
				expect(nearMatch(pattern, errors)(window, 0, window.length)).toBe(true);
			}
		}),
		{numRuns: 3000},
	);
});
