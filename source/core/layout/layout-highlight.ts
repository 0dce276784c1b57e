import type {LocatableLayout} from './layout-types.js';

/** The part of one screen line covered by a highlighted source range. */
export type HighlightSegment = {
	/** Line index in the layout. */
	readonly line: number;
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
 * Maps the source range [start, end) of a block (-1: the title) to the parts
 * of the screen lines that show it, so a search hit that crosses a line break
 * is highlighted on both lines. Empty parts (e.g. hanging spaces) are left out.
 */
export function highlightSegments(layout: LocatableLayout, block: number, start: number, end: number): HighlightSegment[] {
	const segments: HighlightSegment[] = [];
	let line = layout.lineOf({block, offset: start});
	for (let [shown] = layout.slice(line, 1); shown?.block === block && shown.start < end; [shown] = layout.slice(++line, 1)) {
		if (block < 0 && shown.kind !== 'title') {
			break;
		}

		const from = layout.locate(line, Math.max(start, shown.start));
		const to = layout.locate(line, Math.min(end, shown.end));
		if (to.index > from.index) {
			segments.push({line, fromColumn: from.column, toColumn: to.column, from: from.index, to: to.index});
		}
	}

	return segments;
}
