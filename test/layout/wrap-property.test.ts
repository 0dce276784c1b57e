import fc from 'fast-check';
import {expect, test} from 'vitest';
import {wrap} from '../../source/core/layout/wrap.js';
import {wrapProblems} from './wrap-checks.js';

const han = fc.constantFrom(...'疫情防控人民战争驻村干部守在百姓身边中文排版规则的了是');
const punctuation = fc.constantFrom(...'，。、；：？！）》」』】…—～％·（《「『【,.;:?!()%$￥', '——', '……', '⋯⋯');
const quotes = fc.constantFrom('“', '”', '‘', '’', '"', '\'');
const latin = fc.stringMatching(/^[A-Za-z]{1,14}$/);
const digits = fc.stringMatching(/^\d{1,6}$/);
const emoji = fc.constantFrom('😀', '❤️', '❤', '👍🏽', '👨‍👩‍👧', '🇨🇳', '☺︎', '✌️');
const combining = fc.constantFrom('e\u0301', 'a\u0308\u0323', 'ā', 'ü');
const spacing = fc.constantFrom(' ', '  ', '\t', ' \t');

const token = fc.oneof(
	{arbitrary: han, weight: 8},
	{arbitrary: punctuation, weight: 4},
	{arbitrary: quotes, weight: 2},
	{arbitrary: latin, weight: 2},
	{arbitrary: digits, weight: 2},
	{arbitrary: emoji, weight: 1},
	{arbitrary: combining, weight: 1},
	{arbitrary: spacing, weight: 1},
);

const paragraph = fc.array(token, {maxLength: 120}).map(tokens => tokens.join(''));

test.each(['narrow', 'wide'] as const)('wraps random mixes correctly in %s mode', ambiguous => {
	fc.assert(
		fc.property(paragraph, fc.integer({min: 2, max: 120}), fc.constantFrom(0, 2, 4), (text, width, indent) => {
			const lines = wrap(text, width, {ambiguous, firstLineIndent: indent});
			expect(wrapProblems(text, width, lines, ambiguous)).toEqual([]);
		}),
		{numRuns: 400},
	);
});

test('wraps long Latin runs and narrow widths', () => {
	fc.assert(
		fc.property(fc.array(fc.oneof(latin, han, punctuation, spacing), {maxLength: 60}), fc.integer({min: 2, max: 8}), (tokens, width) => {
			const text = tokens.join('');
			expect(wrapProblems(text, width, wrap(text, width))).toEqual([]);
		}),
		{numRuns: 300},
	);
});
