import {expect, test} from 'vitest';
import {isShortLine} from '../../source/core/pipeline/line-lengths.js';

test.each([
	['一'.repeat(20), true],
	['一'.repeat(21), false],
	// Characters, not code units: a character outside the basic plane counts once.
	['𠀀'.repeat(20), true],
	['', true],
])('a line of %j is short: %s', (line, expected) => {
	expect(isShortLine(line)).toBe(expected);
});
