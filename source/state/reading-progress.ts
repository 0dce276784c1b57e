import type {Document} from '../core/document.js';
import type {LayoutLine} from '../core/layout/layout-types.js';

const starts = new WeakMap<Document, Int32Array>();

/** Where each block starts in the document's text, plus the total at the end. */
function blockStarts(document: Document): Int32Array {
	let found = starts.get(document);
	if (!found) {
		found = new Int32Array(document.blocks.length + 1);
		for (const [index, block] of document.blocks.entries()) {
			found[index + 1] = found[index]! + block.text.length;
		}

		starts.set(document, found);
	}

	return found;
}

/**
 * How far through the text the last line in view reaches, in percent, as less
 * counts it (by position in the text, not by line): it needs no layout of the
 * whole document, which for a 3 MB paragraph costs a third of a second.
 */
export function readingProgress(document: Document, lastLine: LayoutLine | undefined, atEnd: boolean): number {
	const offsets = blockStarts(document);
	const total = offsets.at(-1)!;
	if (atEnd || total === 0) {
		return 100;
	}

	if (!lastLine || lastLine.block < 0) {
		return 0;
	}

	return Math.min(99, Math.floor((100 * (offsets[lastLine.block]! + lastLine.end)) / total));
}
