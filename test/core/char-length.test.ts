import fc from 'fast-check';
import {expect, test} from 'vitest';
import {charLength} from '../../source/core/text/char-length.js';

test('counts code points like Array.from, and stops past the cap', () => {
	fc.assert(
		fc.property(fc.string({unit: 'grapheme', maxLength: 40}), fc.nat(50), (text, cap) => {
			const length = Array.from(text).length;
			expect(charLength(text)).toBe(length);
			expect(charLength(text, cap) <= cap).toBe(length <= cap);
		}),
	);
});

test.each([
	['a\uD800', 2],
	['\uD800a', 2],
	['\uDC00\uD800', 2],
	['𠮷祥', 2],
])('%j has %i characters, as Array.from says', (text, expected) => {
	expect(charLength(text)).toBe(expected);
	expect(Array.from(text)).toHaveLength(expected);
});
