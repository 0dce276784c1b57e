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
		let width = table[unit];
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

/** East Asian ambiguous characters common in Chinese text: quotes, dashes, ellipsis, bullets, units. */
const ambiguousPunctuation = new Set([
	0xB0, 0xB7, 0xD7, 0xF7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2025, 0x2026, 0x2030, 0x2032, 0x2033, 0x203B,
	0x2103, 0x2116, 0x2160, 0x2161, 0x2162, 0x2163, 0x2190, 0x2191, 0x2192, 0x2193, 0x2460, 0x2461, 0x2462, 0x2463, 0x2464,
	0x25A0, 0x25A1, 0x25B2, 0x25B3, 0x25C6, 0x25C7, 0x25CB, 0x25CE, 0x25CF, 0x2605, 0x2606,
]);

/**
 * Width of the code units Chinese text is made of, without asking string-width:
 * its per-call cost (a segmenter pass) adds up to tens of milliseconds over the
 * first screen of a document. Undefined for everything else.
 */
export function knownWidth(unit: number, ambiguous: AmbiguousWidth = 'narrow'): number | undefined {
	if (unit >= 0x20 && unit < 0x7F) {
		return 1;
	}

	// Box drawing (U+2500–254B), which borders are made of, is ambiguous too.
	if (ambiguousPunctuation.has(unit) || (unit >= 0x25_00 && unit <= 0x25_4B)) {
		return ambiguous === 'wide' ? 2 : 1;
	}

	const wide =
		(unit >= 0x4E_00 && unit <= 0x9F_FF) || // CJK unified ideographs
		(unit >= 0x34_00 && unit <= 0x4D_BF) || // extension A
		(unit >= 0xF9_00 && unit <= 0xFA_FF) || // compatibility ideographs
		(unit >= 0x30_00 && unit <= 0x30_29) || // ideographic space, CJK punctuation (U+302A–302F are combining marks)
		(unit >= 0x30_30 && unit <= 0x30_3E) ||
		(unit >= 0x30_41 && unit <= 0x30_96) || // kana (U+3099–309A are combining marks)
		(unit >= 0x30_9B && unit <= 0x30_FF) ||
		(unit >= 0xAC_00 && unit <= 0xD7_A3) || // Hangul syllables
		(unit >= 0xFF_01 && unit <= 0xFF_60) || // full-width forms
		(unit >= 0xFF_E0 && unit <= 0xFF_E6);
	return wide ? 2 : undefined;
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
