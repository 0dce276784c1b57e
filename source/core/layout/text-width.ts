import {eastAsianWidth} from 'get-east-asian-width';
import stringWidth from 'string-width';
import {ClusterScanner} from './grapheme-clusters.js';
import type {AmbiguousWidth} from './layout-types.js';

/** Columns between tab stops; tabs expand to the next multiple, counted from the start of the line. */
export const tabSize = 4;

/** Width + 1 of each BMP code unit measured so far (0 = not yet), per ambiguous mode. */
const unitWidths = {narrow: new Uint8Array(0x1_00_00), wide: new Uint8Array(0x1_00_00)};

/** Widths of multi-unit clusters measured so far, per ambiguous mode. */
const clusterWidths = {narrow: new Map<string, number>(), wide: new Map<string, number>()};

/** Bound on the cluster cache, so that pathological input cannot grow it without end. */
const clusterCacheLimit = 50_000;

/**
 * Display columns of the cluster text[start, end) in a terminal. Tabs measure 0:
 * their width depends on the column, see `tabWidth`.
 */
export function clusterWidth(text: string, start: number, end: number, ambiguous: AmbiguousWidth): number {
	if (end - start === 1) {
		const unit = text.charCodeAt(start);
		const table = unitWidths[ambiguous];
		let width = table[unit] ?? 0;
		if (width === 0) {
			width = (knownWidth(unit, ambiguous) ?? stringWidth(text[start]!, {ambiguousIsNarrow: ambiguous === 'narrow'})) + 1;
			table[unit] = width;
		}

		return width - 1;
	}

	const cluster = text.slice(start, end);
	const cache = clusterWidths[ambiguous];
	let width = cache.get(cluster);
	if (width === undefined) {
		// String-width measures one cluster at a time here: cheap, and never a whole paragraph.
		width = Math.min(2, stringWidth(cluster, {ambiguousIsNarrow: ambiguous === 'narrow'}));
		if (cache.size >= clusterCacheLimit) {
			cache.clear();
		}

		cache.set(cluster, width);
	}

	return width;
}

/** Code units string-width may count as zero columns (controls, format characters, marks, lone surrogates, ignorables). */
const zeroWidth = /^[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Mark}\p{Surrogate}]$/u;

/**
 * Width of one code unit from Unicode's East Asian Width table (get-east-asian-width,
 * the table string-width itself reads), without string-width's per-call segmenter pass,
 * which adds up to tens of milliseconds over the first screen of a document. Undefined
 * for code units string-width counts as zero columns: those are left to it.
 */
export function knownWidth(unit: number, ambiguous: AmbiguousWidth = 'narrow'): number | undefined {
	if (unit >= 0x20 && unit < 0x7F) {
		return 1;
	}

	return zeroWidth.test(String.fromCharCode(unit)) ? undefined : eastAsianWidth(unit, {ambiguousAsWide: ambiguous === 'wide'});
}

/** Columns a tab takes when it starts at `column`. */
export function tabWidth(column: number): number {
	return tabSize - (column % tabSize);
}

/** Calls `visit` with each cluster of `text`, its column and its width (tabs expanded). */
export function forEachColumn(
	text: string,
	ambiguous: AmbiguousWidth,
	visit: (start: number, end: number, column: number, width: number) => boolean | void,
): number {
	const scanner = new ClusterScanner(text);
	let column = 0;
	let start = 0;
	for (let end = scanner.next(); end !== -1; end = scanner.next()) {
		const width = text.charCodeAt(start) === 0x09 && end - start === 1
			? tabWidth(column)
			: clusterWidth(text, start, end, ambiguous);
		if (visit(start, end, column, width) === false) {
			return column;
		}

		column += width;
		start = end;
	}

	return column;
}

/** Display columns of a string in a terminal; tabs expand to stops of `tabSize`. */
export function textWidth(text: string, ambiguous: AmbiguousWidth = 'narrow'): number {
	// Printable ASCII is one column per character.
	if (/^[\u0020-\u007E]*$/.test(text)) {
		return text.length;
	}

	return forEachColumn(text, ambiguous, () => undefined);
}

/** Replaces tabs by the spaces they expand to; the result has the same width and no tabs. */
function expandTabs(text: string, ambiguous: AmbiguousWidth): string {
	if (!text.includes('\t')) {
		return text;
	}

	let result = '';
	forEachColumn(text, ambiguous, (start, end, _column, width) => {
		result += text[start] === '\t' ? ' '.repeat(width) : text.slice(start, end);
	});
	return result;
}

/** The longest prefix of `text` (tabs expanded) that fits in `width` columns. */
function prefixToWidth(text: string, width: number, ambiguous: AmbiguousWidth): string {
	let cut = 0;
	forEachColumn(text, ambiguous, (_start, end, column, columns) => {
		if (column + columns > width) {
			return false;
		}

		cut = end;
		return true;
	});
	return text.slice(0, cut);
}

/**
 * Shortens text to at most `width` columns, ending with `ellipsis` when cut.
 * Never splits a cluster or a wide character; tabs are expanded. The ellipsis
 * is measured in the same mode, so `…` takes two columns in wide mode; when
 * not even the ellipsis fits, the text is cut without it.
 */
export function truncateToWidth(
	text: string,
	width: number,
	ambiguous: AmbiguousWidth = 'narrow',
	ellipsis = '…',
): string {
	const expanded = expandTabs(text, ambiguous);
	const limit = Math.max(0, width);
	if (textWidth(expanded, ambiguous) <= limit) {
		return expanded;
	}

	const ellipsisWidth = textWidth(ellipsis, ambiguous);
	if (ellipsisWidth > limit) {
		return prefixToWidth(expanded, limit, ambiguous);
	}

	return prefixToWidth(expanded, limit - ellipsisWidth, ambiguous) + ellipsis;
}

/** Where `padToWidth` puts the text inside its columns. */
export type Alignment = 'left' | 'right' | 'center';

/**
 * Truncates (with an ellipsis) or pads text with spaces to exactly `width` columns.
 * A wide character that would straddle the edge is replaced by padding.
 */
export function padToWidth(
	text: string,
	width: number,
	ambiguous: AmbiguousWidth = 'narrow',
	align: Alignment = 'left',
): string {
	const fitted = truncateToWidth(text, width, ambiguous);
	const missing = Math.max(0, width - textWidth(fitted, ambiguous));
	if (align === 'right') {
		return ' '.repeat(missing) + fitted;
	}

	const before = align === 'center' ? Math.floor(missing / 2) : 0;
	return ' '.repeat(before) + fitted + ' '.repeat(missing - before);
}

/**
 * The part of a line (without tabs, e.g. a `LayoutLine.text`) that covers
 * columns [from, to), as UTF-16 indexes. A wide character counts as inside when
 * it starts inside, so highlights never cut it in half.
 */
export function columnsToIndexes(
	text: string,
	from: number,
	to: number,
	ambiguous: AmbiguousWidth = 'narrow',
): {readonly start: number; readonly end: number} {
	let start = text.length;
	let end = text.length;
	forEachColumn(text, ambiguous, (clusterStart, _end, column) => {
		if (column >= from && start === text.length) {
			start = clusterStart;
		}

		if (column >= to) {
			end = clusterStart;
			return false;
		}

		return true;
	});
	return {start, end: Math.max(start, end)};
}
