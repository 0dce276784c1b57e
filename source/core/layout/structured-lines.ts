import type {Block} from '../document.js';
import type {AmbiguousWidth, LayoutLine} from './layout-types.js';
import {forEachColumn, padToWidth, textWidth} from './text-width.js';
import {LineBreaker} from './wrap.js';
import {WrapClusters} from './wrap-clusters.js';
import {tableLines} from './table-lines.js';

/** Blocks that are not running text: each has its own shape on screen. */
export type StructuredBlock = Extract<Block, {kind: 'code' | 'list-item' | 'quote' | 'table' | 'rule'}>;

/** Whether a block is laid out here rather than as running text. */
export function isStructured(block: Block): block is StructuredBlock {
	return block.kind === 'code' || block.kind === 'list-item' || block.kind === 'quote' || block.kind === 'table' || block.kind === 'rule';
}

/** Marks the start of a code line's continuation when a line is wider than the pane. */
export const continuationMark = '↪ ';

/**
 * The screen lines of a structured block, produced one at a time: code verbatim
 * (a long line continues on the next with {@link continuationMark}), list items with
 * their marker and a hanging indent, quotes behind a margin mark, tables in aligned
 * columns, rules across the pane.
 */
export function* structuredLines(block: StructuredBlock, index: number, width: number, ambiguous: AmbiguousWidth): Generator<LayoutLine> {
	const line = (text: string, start: number, end: number, indentWidth: number): LayoutLine => ({text, kind: block.kind, block: index, start, end, indentWidth});
	switch (block.kind) {
		case 'code': {
			for (const piece of codeLines(block.text, width, ambiguous)) {
				yield line(piece.text, piece.start, piece.end, piece.markWidth);
			}

			return;
		}

		case 'list-item': {
			const hang = block.depth * 2 + Math.max(2, textWidth(block.marker, ambiguous) + 1);
			const first = padToWidth(' '.repeat(block.depth * 2) + block.marker, hang, ambiguous);
			yield* hanging(block.text, [first, ' '.repeat(hang)], width, ambiguous, line);
			return;
		}

		case 'quote': {
			const mark = ambiguous === 'wide' ? '| ' : '│ ';
			yield* hanging(block.text, [mark, mark], width, ambiguous, line);
			return;
		}

		case 'table': {
			for (const row of tableLines(block, width, ambiguous)) {
				yield line(row.text, row.start, row.end, 0);
			}

			return;
		}

		case 'rule': {
			yield line((ambiguous === 'wide' ? '-' : '─').repeat(Math.max(1, Math.min(width, 40))), 0, 0, 0);
		}
	}
}

// Running text wrapped in the columns after a prefix: the first line gets the first prefix, the rest the second.
function* hanging(
	text: string,
	[first, rest]: readonly [string, string],
	width: number,
	ambiguous: AmbiguousWidth,
	line: (text: string, start: number, end: number, indentWidth: number) => LayoutLine,
): Generator<LayoutLine> {
	const prefixWidth = textWidth(first, ambiguous);
	const breaker = new LineBreaker(new WrapClusters(text, ambiguous), Math.max(2, width - prefixWidth));
	let prefix = first;
	for (let wrapped = breaker.nextLine(); wrapped !== undefined; wrapped = breaker.nextLine()) {
		yield line(prefix + wrapped.text, wrapped.start, wrapped.end, prefixWidth);
		prefix = rest;
	}
}

/** A screen line of code: its text (tabs expanded), its source range and the width of its continuation mark. */
type CodeLine = {readonly text: string; readonly start: number; readonly end: number; readonly markWidth: number};

// Each source line verbatim, cut where it reaches the pane's edge; the rest continues behind the mark.
function* codeLines(text: string, width: number, ambiguous: AmbiguousWidth): Generator<CodeLine> {
	const markWidth = textWidth(continuationMark, ambiguous);
	let lineStart = 0;
	for (const source of text.split('\n')) {
		let from = 0;
		do {
			const mark = from === 0 ? 0 : markWidth;
			const piece = cutToWidth(source, from, width - mark, ambiguous);
			yield {text: (mark ? continuationMark : '') + piece.text, start: lineStart + from, end: lineStart + piece.end, markWidth: mark};
			from = piece.end;
		} while (from < source.length);

		lineStart += source.length + 1;
	}
}

// The clusters of `source` from `from` that fit in `width` columns (at least one), tabs expanded to stops of four.
function cutToWidth(source: string, from: number, width: number, ambiguous: AmbiguousWidth): {text: string; end: number} {
	const rest = source.slice(from);
	let text = '';
	let end = from;
	forEachColumn(rest, ambiguous, (start, stop, column, columns) => {
		if (column + columns > width && end > from) {
			return false;
		}

		text += rest[start] === '\t' ? ' '.repeat(columns) : rest.slice(start, stop);
		end = from + stop;
		return true;
	});
	return {text, end};
}
