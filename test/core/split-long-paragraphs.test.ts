import fc from 'fast-check';
import {expect, test} from 'vitest';
import type {Block} from '../../source/core/document.js';
import {longestParagraph, splitLongParagraphs} from '../../source/core/pipeline/split-long-paragraphs.js';

const paragraph = (text: string): Block => ({kind: 'paragraph', text});
const texts = (blocks: readonly Block[]) => blocks.map((block) => block.text);

test('a paragraph of sentences longer than the limit becomes paragraphs that end at sentence ends', () => {
	const sentence = '今年以来，全县上下坚持稳中求进工作总基调，经济运行“总体平稳”。';
	const long = sentence.repeat(Math.ceil((longestParagraph * 3) / sentence.length));
	const split = texts(splitLongParagraphs([paragraph(long)]));
	expect(split.length).toBeGreaterThan(3);
	expect(split.join('')).toBe(long);
	for (const piece of split) {
		expect(piece.length).toBeLessThanOrEqual(longestParagraph);
		expect(piece.endsWith('。')).toBe(true);
	}
});

test.each([
	['a short paragraph', [paragraph('一段话。')]],
	['a long code block', [{kind: 'code', text: 'x = 1;\n'.repeat(2000)} as Block]],
	['a paragraph at the limit', [paragraph('字'.repeat(longestParagraph))]],
])('%s stays as it is', (_name, blocks) => {
	expect(splitLongParagraphs(blocks)).toEqual(blocks);
});

test('Latin text with no sentence end is cut after a space, so words stay whole', () => {
	const long = 'lorem ipsum dolor '.repeat(1000);
	const split = texts(splitLongParagraphs([paragraph(long)]));
	expect(split.join('')).toBe(long);
	for (const piece of split.slice(0, -1)) {
		expect(piece.endsWith(' ')).toBe(true);
	}
});

test('any text: nothing is lost or reordered, no piece is too long, no surrogate pair is cut', () => {
	const unit = fc.constantFrom('字', '。', ' ', 'a', '𠀀', '”', '！');
	fc.assert(
		fc.property(fc.array(unit, {minLength: longestParagraph - 10, maxLength: longestParagraph * 3}), (units) => {
			const text = units.join('');
			const split = texts(splitLongParagraphs([paragraph(text)]));
			expect(split.join('')).toBe(text);
			for (const piece of split) {
				expect(piece.length).toBeLessThanOrEqual(longestParagraph);
				expect(piece.length).toBeGreaterThan(0);
				expect(/^[\uDC00-\uDFFF]/u.test(piece) || /[\uD800-\uDBFF]$/u.test(piece)).toBe(false);
			}
		}),
		{numRuns: 50},
	);
});
