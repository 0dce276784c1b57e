import {describe, expect, test} from 'vitest';
import {layoutDocument} from '../../source/core/layout/layout-document.js';
import type {DocumentLayout, Position} from '../../source/core/layout/layout-types.js';
import {maxTop, scrollBy} from '../../source/state/scroll.js';
import {makeDocument} from './fixtures.js';

const paragraphs = Array.from({length: 20_000}, (_, index) => `第${index}段：今年以来，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。`);
const document = makeDocument('长文档', paragraphs);
const options = {width: 40, indent: 2, ambiguous: 'narrow'} as const;
const height = 20;

/** The layout, with a count of the calls that lay out the whole document. */
function countingLayout(): {layout: DocumentLayout; counts: () => number} {
	// A fresh width each time, so no earlier test has laid it out.
	const real = layoutDocument(document, {...options, width: options.width + Math.floor(Math.random() * 1000)});
	let calls = 0;
	const layout: DocumentLayout = {
		options: real.options,
		slice: (from, count) => real.slice(from, count),
		lineOf: (position) => real.lineOf(position),
		positionOf: (line) => real.positionOf(line),
		lineCount() {
			calls++;
			return real.lineCount();
		},
	};
	return {layout, counts: () => calls};
}

/** Scrolling as it was done by counting every line first: the answers must not change. */
function countingEveryLine(layout: DocumentLayout, position: Position, delta: number): Position {
	const top = layout.lineOf(position);
	const limit = delta > 0 ? Math.max(maxTop(layout, height), top) : 0;
	let target = delta > 0 ? Math.min(top + delta, limit) : Math.max(0, top + delta);
	let next = layout.positionOf(target);
	while (target !== top && target !== limit && layout.lineOf(next) === top) {
		target += Math.sign(delta);
		next = layout.positionOf(target);
	}

	return target === top ? position : next;
}

describe('scrollBy', () => {
	test.each([1, height, height / 2])('scrolling down by %i near the top does not count every line of the document', (delta) => {
		const {layout, counts} = countingLayout();
		let position: Position = {block: -1, offset: 0};
		for (let step = 0; step < 5; step++) {
			position = scrollBy(layout, position, delta, height);
		}

		expect(counts()).toBe(0);
		let expected: Position = {block: -1, offset: 0};
		for (let step = 0; step < 5; step++) {
			expected = countingEveryLine(layout, expected, delta);
		}

		expect(position).toEqual(expected);
	});

	test('near the end it stops where the last line is at the bottom, as it did', () => {
		const {layout} = countingLayout();
		const last = maxTop(layout, height);
		for (const [from, delta] of [[last - 30, 3], [last - 5, 3], [last - 5, height], [last, 1], [last - 1, 1]] as const) {
			const position = layout.positionOf(from);
			expect(scrollBy(layout, position, delta, height)).toEqual(countingEveryLine(layout, position, delta));
		}

	});
});
