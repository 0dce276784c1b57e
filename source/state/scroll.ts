import type {DocumentLayout, Position, Row} from '../core/layout/layout-types.js';
import type {Document} from '../core/document.js';

/** The head of a document: title and metadata. */
export const headPosition: Position = {block: -1, offset: 0};

/** Whether row `a` comes before (< 0), at (0) or after (> 0) row `b`. */
export function compareRows(a: Row, b: Row): number {
	return a.block === b.block ? a.index - b.index : a.block - b.block;
}

/** The top row when the document's last row is at the bottom of a view of `height` rows. */
function bottomRow(layout: DocumentLayout, height: number): Row {
	return layout.moveRow(layout.lastRow(), -(Math.max(1, height) - 1)).row;
}

/** Rows past a scroll's target that the guard in `scrollBy` may step over. */
const guardRows = 16;

/**
 * Scrolls by whole rows from a position, laying out only the blocks it passes (and,
 * near the end, the last ones). Going down never moves backwards, so a section jump
 * that left the top below the bottom position does not snap back on the next `j`.
 */
export function scrollBy(layout: DocumentLayout, position: Position, delta: number, height: number): Position {
	const top = layout.rowOf(position);
	let target = delta < 0 ? layout.moveRow(top, delta).row : downTarget(layout, top, delta, height);
	// Guard against a row whose position maps back to the current top: keep going, or scrolling sticks.
	for (let step = 0; step < guardRows && compareRows(target, top) !== 0 && compareRows(layout.rowOf(layout.positionOfRow(target)), top) === 0; step++) {
		target = layout.moveRow(target, Math.sign(delta)).row;
	}

	return compareRows(target, top) === 0 ? position : layout.positionOfRow(target);
}

/** Where a scroll down lands: `delta` rows down while a full view remains below, else the bottom (never above the top). */
function downTarget(layout: DocumentLayout, top: Row, delta: number, height: number): Row {
	if (layout.moveRow(top, delta + height - 1).moved === delta + height - 1) {
		return layout.moveRow(top, delta).row;
	}

	const bottom = bottomRow(layout, height);
	return compareRows(bottom, top) > 0 ? bottom : top;
}

/** Position at the top of the view when the document's end is at the bottom: only the last blocks are laid out. */
export function bottomPosition(layout: DocumentLayout, height: number): Position {
	return layout.positionOfRow(bottomRow(layout, height));
}

/** Index of the section the position is in, or -1 before the first section. */
export function sectionAt(document: Document, position: Position): number {
	let current = -1;
	for (const [index, section] of document.sections.entries()) {
		// The blank line before a heading (offset -1) still belongs to the section above.
		if (section.block < position.block || (section.block === position.block && position.offset >= 0)) {
			current = index;
		}
	}

	return current;
}

/** Start of a section, as a position; undefined when the document has no such section. */
export function sectionPosition(document: Document, index: number): Position | undefined {
	const section = document.sections[index];
	return section && {block: section.block, offset: 0};
}

/** The next section's start below the top row, or the same position when none. */
export function nextSection(document: Document, layout: DocumentLayout, position: Position): Position {
	const top = layout.rowOf(position);
	// Sections in blocks below the top's are below it; only one in the top's block needs its row.
	const next = document.sections.find(section => section.block >= top.block && compareRows(layout.rowOf({block: section.block, offset: 0}), top) > 0);
	return next ? {block: next.block, offset: 0} : position;
}

/** The previous section's start above the top row, or the head of the document. */
export function previousSection(document: Document, layout: DocumentLayout, position: Position): Position {
	const top = layout.rowOf(position);
	const previous = document.sections.findLast(section => section.block <= top.block && compareRows(layout.rowOf({block: section.block, offset: 0}), top) < 0);
	return previous ? {block: previous.block, offset: 0} : headPosition;
}
