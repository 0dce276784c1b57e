import type {DocumentLayout, Position} from '../core/layout/layout-types.js';
import type {Document} from '../core/document.js';

/** The head of a document: title and metadata. */
export const headPosition: Position = {block: -1, offset: 0};

/** Last line that may be at the top while the view is still full. */
export function maxTop(layout: DocumentLayout, height: number): number {
	return Math.max(0, layout.lineCount() - height);
}

/** Lines past a scroll's target that the guard in `scrollBy` may step over. */
const guardLines = 16;

/**
 * Scrolls by whole lines from a position. Going down never moves backwards, so a
 * section jump that left the top past `maxTop` does not snap back on the next `j`.
 */
export function scrollBy(layout: DocumentLayout, position: Position, delta: number, height: number): Position {
	const top = layout.lineOf(position);
	const limit = delta > 0 ? downLimit(layout, top, delta, height) : 0;
	let target = delta > 0 ? Math.min(top + delta, limit) : Math.max(0, top + delta);
	let next = layout.positionOf(target);
	// Guard against a line whose position maps back to the current top line: keep going, or scrolling sticks.
	while (target !== top && target !== limit && layout.lineOf(next) === top) {
		target += Math.sign(delta);
		next = layout.positionOf(target);
	}

	return target === top ? position : next;
}

/**
 * The lowest top line a scroll down may reach. Far from the end, the lines below the
 * target show there is room for a full view, so the layout is extended only that far:
 * counting every line (`maxTop`) would lay out all of a 50 MB document on the first `j`.
 */
function downLimit(layout: DocumentLayout, top: number, delta: number, height: number): number {
	const room = height + guardLines;
	if (layout.slice(top + delta, room).length === room) {
		return top + delta + guardLines;
	}

	return Math.max(maxTop(layout, height), top);
}

/** Position at the top of the view when the document's end is at the bottom. */
export function bottomPosition(layout: DocumentLayout, height: number): Position {
	return layout.positionOf(maxTop(layout, height));
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

/** Start of a section, as a position. */
export function sectionPosition(document: Document, index: number): Position {
	return {block: document.sections[index].block, offset: 0};
}

/** The next section's start below the top line, or the same position when none. */
export function nextSection(document: Document, layout: DocumentLayout, position: Position): Position {
	const top = layout.lineOf(position);
	const next = document.sections.find(section => layout.lineOf({block: section.block, offset: 0}) > top);
	return next ? {block: next.block, offset: 0} : position;
}

/** The previous section's start above the top line, or the head of the document. */
export function previousSection(document: Document, layout: DocumentLayout, position: Position): Position {
	const top = layout.lineOf(position);
	const previous = document.sections.findLast(section => layout.lineOf({block: section.block, offset: 0}) < top);
	return previous ? {block: previous.block, offset: 0} : headPosition;
}
