import fc from 'fast-check';
import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import inkStringWidth from '../../source/ui/ink-string-width.js';

const pieces = ['中', '文', '，', '。', '“', '”', '…', '—', '│', '─', '　', 'a', ' ', '1', 'é', 'e\u0301', '👍', '👍🏽', '❤️', '\u200D', '\uFE0F', '한', '\u001B[1m', '\u001B[0m', '\t', 'ā', 'ｱ', '〆'];

test('answers as string-width does, for any mix of characters', () => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}), (parts) => {
			const text = parts.join('');
			expect(inkStringWidth(text)).toBe(stringWidth(text));
			expect(inkStringWidth(text, {ambiguousIsNarrow: false})).toBe(stringWidth(text, {ambiguousIsNarrow: false}));
		}),
		{numRuns: 500},
	);
});
