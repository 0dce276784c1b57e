import type {Document} from '../document.js';
import {locateOnLine} from './layout-lines.js';
import type {AmbiguousWidth, LayoutLine} from './layout-types.js';

/** The part of one screen line covered by a highlighted source range. */
export type HighlightSegment = {
	/** Index of the line among the lines given. */
	readonly row: number;
	/** First display column covered (indent included). */
	readonly fromColumn: number;
	/** Display column after the covered part. */
	readonly toColumn: number;
	/** UTF-16 index into the line's text where the covered part starts. */
	readonly from: number;
	/** UTF-16 index into the line's text after the covered part. */
	readonly to: number;
};

/**
 * Maps the source range [start, end) of a block (-1: the title) to the parts of the
 * given screen lines (those in view) that show it, so a search hit that crosses a
 * line break is highlighted on both lines. Empty parts (e.g. hanging spaces) are left out.
 */
export function highlightSegments(lines: readonly LayoutLine[], document: Document, block: number, start: number, end: number, ambiguous: AmbiguousWidth): HighlightSegment[] {
	const source = block < 0 ? document.title : document.blocks[block]?.text ?? '';
	const segments: HighlightSegment[] = [];
	for (const [row, line] of lines.entries()) {
		const shows = line.block === block && (block >= 0 || line.kind === 'title') && line.kind !== 'blank';
		if (!shows || line.start >= end || line.end < start) {
			continue;
		}

		const from = locateOnLine(line, source, Math.max(start, line.start), ambiguous);
		const to = locateOnLine(line, source, Math.min(end, line.end), ambiguous);
		if (to.index > from.index) {
			segments.push({row, fromColumn: from.column, toColumn: to.column, from: from.index, to: to.index});
		}
	}

	return segments;
}
