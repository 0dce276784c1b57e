import fc from 'fast-check';
import {expect, test} from 'vitest';
import {charLength} from '../../source/core/char-length.js';

test('counts code points like Array.from, and stops past the cap', () => {
	fc.assert(
		fc.property(fc.string({unit: 'grapheme', maxLength: 40}), fc.nat(50), (text, cap) => {
			const length = Array.from(text).length;
			expect(charLength(text)).toBe(length);
			expect(charLength(text, cap) <= cap).toBe(length <= cap);
		}),
	);
});

test('a lone surrogate counts as one character', () => {
	expect(charLength('a\uD800')).toBe(2);
	expect(charLength('𠮷祥')).toBe(2);
});
