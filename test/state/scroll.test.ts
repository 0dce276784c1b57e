import {describe, expect, test} from 'vitest';
import {layoutDocument} from '../../source/core/layout/layout-document.js';
import type {DocumentLayout, Position} from '../../source/core/layout/layout-types.js';
import {bottomPosition, nextSection, previousSection, scrollBy} from '../../source/state/scroll.js';
import {makeDocument} from './fixtures.js';

const paragraphs = Array.from({length: 5_000}, (_, index) =>
	index % 500 === 0 ? `# 第${index / 500}节` : `第${index}段：今年以来，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。`);
const document = makeDocument('长文档', paragraphs);
const options = {width: 40, indent: 2, ambiguous: 'narrow'} as const;
const height = 20;
const head: Position = {block: -1, offset: 0};
let widths = 0;

/** A layout nothing has used yet (a width of its own), counting the blocks it lays out. */
function freshLayout() {
	widths++;
	return layoutDocument(document, {...options, width: options.width + widths});
}

/** The same layout counted from the top, as scrolling was done before: the answers must not change. */
function countingEveryLine(layout: DocumentLayout, position: Position, delta: number): Position {
	const top = layout.lineOf(position);
	const limit = delta > 0 ? Math.max(layout.lineCount() - height, top) : 0;
	let target = delta > 0 ? Math.min(top + delta, limit) : Math.max(0, top + delta);
	let next = layout.positionOf(target);
	while (target !== top && target !== limit && layout.lineOf(next) === top) {
		target += Math.sign(delta);
		next = layout.positionOf(target);
	}

	return target === top ? position : next;
}

/** A layout of the same width for the answers counted from the top (cached apart from the lazy one). */
function reference(layout: DocumentLayout): DocumentLayout {
	return layoutDocument(makeDocument('长文档', paragraphs), layout.options);
}

describe('scrollBy', () => {
	test.each([1, height, height / 2, -1, -height])('scrolling by %i lays out only the blocks in view', (delta) => {
		const layout = freshLayout();
		const exact = reference(layout);
		const start = delta > 0 ? head : {block: 2_500, offset: 3};
		let position = start;
		let expected = start;
		for (let step = 0; step < 5; step++) {
			position = scrollBy(layout, position, delta, height);
			expected = countingEveryLine(exact, expected, delta);
			expect(position, `step ${step}`).toEqual(expected);
		}

		// Every block shows two rows at least (its blank line and a line of text): the rows passed and a view below.
		expect(layout.blocksLaidOut).toBeLessThanOrEqual((5 * Math.abs(delta) + 2 * height) / 2 + 2);
	});

	test('near the end it stops where the last line is at the bottom, as it did', () => {
		const layout = freshLayout();
		const exact = reference(layout);
		const last = exact.lineCount() - height;
		for (const [from, delta] of [[last - 30, 3], [last - 5, 3], [last - 5, height], [last, 1], [last - 1, 1], [last + 5, 1], [last + 5, -1]] as const) {
			const position = exact.positionOf(from);
			expect(scrollBy(layout, position, delta, height), `${from} by ${delta}`).toEqual(countingEveryLine(exact, position, delta));
		}
	});
});

describe('jumps lay out only the blocks they show', () => {
	test('G: the bottom from the last blocks, backwards', () => {
		const layout = freshLayout();
		const bottom = bottomPosition(layout, height);
		expect(layout.blocksLaidOut).toBeLessThan(10);
		const exact = reference(layout);
		expect(bottom).toEqual(exact.positionOf(exact.lineCount() - height));
	});

	test('G, then k, page up, [ and ]', () => {
		const layout = freshLayout();
		const bottom = bottomPosition(layout, height);
		const up = scrollBy(layout, scrollBy(layout, bottom, -1, height), -height, height);
		const previous = previousSection(document, layout, up);
		expect(previous).toEqual({block: 4_500, offset: 0});
		expect(previousSection(document, layout, previous)).toEqual({block: 4_000, offset: 0});
		expect(nextSection(document, layout, {block: 4_000, offset: 0})).toEqual({block: 4_500, offset: 0});
		expect(layout.blocksLaidOut).toBeLessThan(20);
	});

	test('] from the top and from the middle', () => {
		const layout = freshLayout();
		expect(nextSection(document, layout, head)).toEqual({block: 0, offset: 0});
		expect(nextSection(document, layout, {block: 0, offset: 0})).toEqual({block: 500, offset: 0});
		expect(nextSection(document, layout, {block: 2_499, offset: 5})).toEqual({block: 2_500, offset: 0});
		expect(previousSection(document, layout, {block: 2_500, offset: -1})).toEqual({block: 2_000, offset: 0});
		expect(layout.blocksLaidOut).toBeLessThan(10);
	});
});
