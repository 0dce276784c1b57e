import type {Block, Document} from '../document.js';
import {ClusterScanner} from './grapheme-clusters.js';
import type {AmbiguousWidth, LayoutLine, LayoutOptions, LineLocation} from './layout-types.js';
import {clusterWidth, columnsToIndexes, tabWidth, truncateToWidth} from './text-width.js';
import {wrap, type WrappedLine} from './wrap.js';

/** The full-width space that makes the first-line indent; two columns in every mode. */
const indentCharacter = '　';

/** The blank line between blocks and after the head. */
export const blankLine: LayoutLine = {text: '', kind: 'blank', block: -1, start: 0, end: 0, indentWidth: 0};

/** A wrapped line as a layout line, with the full-width spaces of its indent. */
export function toLayoutLine(line: WrappedLine, kind: Block['kind'], block: number): LayoutLine {
	const indent = indentCharacter.repeat(line.indent / 2);
	return {text: indent + line.text, kind, block, start: line.start, end: line.end, indentWidth: line.indent};
}

/** Title lines, the metadata line (when there is any metadata) and a blank line before the blocks. */
export function headLines(document: Document, {width, ambiguous}: LayoutOptions): LayoutLine[] {
	const lines: LayoutLine[] = wrap(document.title, width, {ambiguous})
		.map(line => ({text: line.text, kind: 'title', block: -1, start: line.start, end: line.end, indentWidth: 0}));
	const meta = [document.date, document.author, document.source]
		.filter(part => part !== null && part !== '')
		.join(' · ');
	if (meta !== '') {
		lines.push({text: truncateToWidth(meta, width, ambiguous), kind: 'meta', block: -1, start: 0, end: 0, indentWidth: 0});
	}

	if (document.blocks.length > 0) {
		lines.push(blankLine);
	}

	return lines;
}

/** Column and text index of a source offset on a line, walking its clusters from the line start. */
export function locateOnLine(line: LayoutLine, source: string, offset: number, ambiguous: AmbiguousWidth): LineLocation {
	const target = Math.max(line.start, Math.min(offset, line.end));
	const scanner = new ClusterScanner(source, line.start);
	let column = line.indentWidth;
	// The indent is added text (full-width spaces, a list marker, a quote's margin mark) of `indentWidth` columns.
	let index = columnsToIndexes(line.text, line.indentWidth, line.indentWidth, ambiguous).start;
	let start = line.start;
	// Hanging spaces past the visible text add no columns.
	for (let end = scanner.next(); end !== -1 && end <= target && index < line.text.length; end = scanner.next()) {
		const isTab = source.charCodeAt(start) === 0x09;
		const columns = isTab ? tabWidth(column) : clusterWidth(source, start, end, ambiguous);
		column += columns;
		index += isTab ? columns : end - start;
		start = end;
	}

	return {column, index: Math.min(index, line.text.length)};
}

/** Index of the last line from `first` on that starts at or before `offset` (`first` when none does). */
export function lineIn(lines: readonly LayoutLine[], first: number, offset: number): number {
	let low = first;
	let high = Math.max(first, lines.length - 1);
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (lines[middle]!.start <= offset) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}

	return low;
}

/** Index of the last number at or below `value` in an ascending array that starts at or below it. */
export function lastAtOrBefore(numbers: readonly number[], value: number): number {
	let low = 0;
	let high = numbers.length - 1;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (numbers[middle]! <= value) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}

	return low;
}
