import {expect, test} from 'vitest';
import {headStart, positionAtTextOffset, textOffsetOf} from '../../source/core/document-offset.js';
import {makeDocument} from '../state/fixtures.js';

// Blocks '一二三' (0–3), '四五' (3–5), '六' (5–6).
const document = makeDocument('标题', ['一二三', '四五', '六']);

test.each([
	[{block: -1, offset: 0}, headStart],
	[{block: -1, offset: 2}, headStart + 2],
	[{block: 0, offset: 0}, 0],
	[{block: 0, offset: 2}, 2],
	[{block: 1, offset: 0}, 3],
	[{block: 1, offset: 1}, 4],
	[{block: 2, offset: 0}, 5],
	// The blank line before a block is half a unit before it.
	[{block: 1, offset: -1}, 2.5],
	// After the title: its metadata line, then the blank line before the body.
	[{block: -1, offset: 3}, headStart + 3],
])('%j is text offset %i, and back', (position, offset) => {
	expect(textOffsetOf(document, position)).toBe(offset);
	expect(positionAtTextOffset(document, offset)).toEqual(position);
});

test.each([
	['past the end is the end', 99, {block: 2, offset: 1}],
	['past the head is its last line', headStart + 99, {block: -1, offset: 4}],
	['far below the head is the head', -(2 ** 40), {block: -1, offset: 0}],
])('%s', (_name, offset, position) => {
	expect(positionAtTextOffset(document, offset)).toEqual(position);
});

test('a document without blocks has only a head', () => {
	const empty = makeDocument('空', []);
	expect(positionAtTextOffset(empty, 0)).toEqual({block: -1, offset: 1});
});
