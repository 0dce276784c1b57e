import type {Document} from './document.js';
import type {Position} from './layout/layout-types.js';

const starts = new WeakMap<Document, Int32Array>();

/** Where each block starts in the document's text (its blocks' texts end to end), plus the total at the end. */
export function blockStarts(document: Document): Int32Array {
	let found = starts.get(document);
	if (!found) {
		found = new Int32Array(document.blocks.length + 1);
		let total = 0;
		for (const [index, block] of document.blocks.entries()) {
			total += block.text.length;
			found[index + 1] = total;
		}

		starts.set(document, found);
	}

	return found;
}

/**
 * The head of every document (title and metadata lines) as a text offset: far below
 * zero, so the top of a document is one number whatever its title. Offset `o` of the
 * title is `headStart + o`; the metadata and blank lines after it are the two offsets
 * past its end. The body's text offsets are 0 and up; the blank line before block b
 * is half a unit before the block's start.
 */
export const headStart = -(2 ** 31);

/** Head offsets go two past the title: its metadata line and the blank line that follows. */
const headExtra = 2;

/**
 * A position as one number: the UTF-16 offset into the document's text (the blocks'
 * texts end to end), or `headStart + o` in the head. Unlike `{block, offset}`, it
 * survives a rule that splits or joins blocks differently and needs no document to
 * name the top of one, so it is what state keeps and what is saved.
 */
export function textOffsetOf(document: Document, position: Position): number {
	if (position.block < 0) {
		return headStart + Math.max(0, Math.min(position.offset, document.title.length + headExtra));
	}

	const offsets = blockStarts(document);
	const block = Math.min(position.block, document.blocks.length);
	return (offsets[block] ?? 0) + (position.offset < 0 ? -0.5 : position.offset);
}

/** The position a text offset names; offsets past the end are the end, before the head the head. */
export function positionAtTextOffset(document: Document, offset: number): Position {
	if (offset <= -1) {
		return {block: -1, offset: Math.max(0, Math.min(document.title.length + headExtra, offset - headStart))};
	}

	const offsets = blockStarts(document);
	const total = offsets[offsets.length - 1] ?? 0;
	if (document.blocks.length === 0) {
		return {block: -1, offset: document.title.length};
	}

	if (offset >= total) {
		const last = document.blocks.length - 1;
		return {block: last, offset: document.blocks[last]!.text.length};
	}

	if (!Number.isInteger(offset)) {
		return {block: blockAt(offsets, document.blocks.length, Math.max(0, Math.ceil(offset))), offset: -1};
	}

	const block = blockAt(offsets, document.blocks.length, offset);
	return {block, offset: offset - offsets[block]!};
}

/** The block whose text holds an offset: the last one starting at or before it. */
function blockAt(offsets: Int32Array, count: number, offset: number): number {
	let low = 0;
	let high = count - 1;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (offsets[middle]! <= offset) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}

	return low;
}

/**
 * The start of the paragraph (block) an offset falls in; the head stays as it is. An
 * offset saved by another pipeline version may point a few characters off: its paragraph
 * is the nearest place that surely exists.
 */
export function paragraphStart(document: Document, offset: number): number {
	const position = positionAtTextOffset(document, offset);
	return position.block < 0 ? offset : textOffsetOf(document, {block: position.block, offset: 0});
}
