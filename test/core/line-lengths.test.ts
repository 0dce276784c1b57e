import {expect, test} from 'vitest';
import {isShortLine, shortLineLength} from '../../source/core/pipeline/line-lengths.js';

test.each([
	['一'.repeat(shortLineLength), true],
	['一'.repeat(shortLineLength + 1), false],
	// Characters, not code units: a character outside the basic plane counts once.
	['𠀀'.repeat(shortLineLength), true],
	['', true],
])('a line of %j is short: %s', (line, expected) => {
	expect(isShortLine(line)).toBe(expected);
});
