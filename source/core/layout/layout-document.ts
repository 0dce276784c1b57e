import type {Document} from '../document.js';
import {BlockLines, startBlock} from './block-lines.js';
import type {AmbiguousWidth, DocumentLayout, LayoutDocument, LayoutLine, LayoutOptions, Position, Row, RowMove} from './layout-types.js';
import {headLines, lastAtOrBefore, lineIn} from './layout-lines.js';
import type {WrapClusters} from './wrap-clusters.js';

/** Layouts kept per document (widths tried while resizing, both ambiguous modes). */
const layoutsPerDocument = 8;

/** A document's lines at one width, produced per block on demand, in any order. */
class LazyLayout implements DocumentLayout {
	private readonly head: BlockLines;
	private readonly blockLines = new Map<number, BlockLines>();
	/** Line number of each block's first line (index b + 1; the head's at 0), for the blocks numbered so far from the top. */
	private readonly starts: number[] = [0];
	private readonly titleLines: number;

	constructor(
		private readonly document: Document,
		readonly options: LayoutOptions,
		private readonly analyses: Array<WrapClusters | undefined>,
	) {
		this.head = new BlockLines(headLines(document, options));
		this.titleLines = this.head.lines.filter(line => line.kind === 'title').length;
	}

	/** How many blocks have been (at least partly) laid out: the work done so far. */
	get blocksLaidOut(): number {
		return this.blockLines.size;
	}

	rowOf(position: Position): Row {
		const {blocks} = this.document;
		if (position.block < 0 || blocks.length === 0) {
			return {block: -1, index: this.headIndexOf(position.offset)};
		}

		const block = Math.min(position.block, blocks.length - 1);
		if (position.offset < 0) {
			// The blank line before the block; before the first block, the head's last line.
			return block === 0 ? this.lastHeadRow() : {block, index: 0};
		}

		const lines = this.linesOf(block);
		lines.reachOffset(position.offset);
		if (lines.lines.length === 0) {
			return this.lastHeadRow();
		}

		return {block, index: lineIn(lines.lines, block > 0 ? 1 : 0, position.offset)};
	}

	positionOfRow({block, index}: Row): Position {
		if (block < 0) {
			const shown = this.head.lines[index];
			// The metadata and blank lines of the head follow the title: offsets just past its end.
			return shown?.kind === 'title' ? {block: -1, offset: shown.start} : {block: -1, offset: this.document.title.length + index - this.titleLines};
		}

		if (block > 0 && index <= 0) {
			// A blank between blocks belongs to the block it introduces, before its text.
			return {block, offset: -1};
		}

		const lines = this.linesOf(block);
		lines.reach(index);
		return {block, offset: lines.lines[Math.min(index, lines.lines.length - 1)]?.start ?? 0};
	}

	rowsFrom(row: Row, count: number): readonly LayoutLine[] {
		const result: LayoutLine[] = [];
		let {block, index} = row;
		while (result.length < count && block < this.document.blocks.length) {
			const lines = this.linesOf(block);
			for (let line; result.length < count && (line = lines.lineAt(index)); index++) {
				result.push(line);
			}

			block++;
			index = 0;
		}

		return result;
	}

	moveRow(row: Row, delta: number): RowMove {
		return delta >= 0 ? this.moveDown(row, delta) : this.moveUp(row, -delta);
	}

	lastRow(): Row {
		for (let block = this.document.blocks.length - 1; block >= 0; block--) {
			const count = this.linesOf(block).all().length;
			if (count > 0) {
				return {block, index: count - 1};
			}
		}

		return this.lastHeadRow();
	}

	slice(from: number, count: number): readonly LayoutLine[] {
		const row = this.rowAtLine(from);
		return row === undefined ? [] : this.rowsFrom(row, Math.max(0, count));
	}

	lineCount(): number {
		const last = this.lastRow();
		return this.lineOfRow(last) + 1;
	}

	lineOf(position: Position): number {
		return this.lineOfRow(this.rowOf(position));
	}

	positionOf(line: number): Position {
		return this.positionOfRow(this.rowAtLine(line) ?? this.lastRow());
	}

	private moveDown({block, index}: Row, delta: number): RowMove {
		let moved = 0;
		while (moved < delta) {
			const lines = this.linesOf(block);
			if (lines.reach(index + delta - moved)) {
				return {row: {block, index: index + delta - moved}, moved: delta};
			}

			// The block ends before: go to its last line, then to the next block's first.
			moved += Math.max(0, lines.lines.length - 1 - index);
			index = Math.max(0, lines.lines.length - 1);
			const next = this.nextBlock(block);
			if (next === undefined) {
				break;
			}

			block = next;
			index = 0;
			moved++;
		}

		return {row: {block, index}, moved};
	}

	private moveUp({block, index}: Row, delta: number): RowMove {
		let moved = 0;
		for (;;) {
			const step = Math.min(index, delta - moved);
			index -= step;
			moved += step;
			if (moved === delta || block < 0) {
				return {row: {block, index}, moved};
			}

			// Up into the previous block, which must be laid out whole to know its last line.
			block = this.previousBlock(block);
			index = (block < 0 ? this.head.lines : this.linesOf(block).all()).length - 1;
			moved++;
		}
	}

	/** The next block that has lines, if any. */
	private nextBlock(block: number): number | undefined {
		for (let next = block + 1; next < this.document.blocks.length; next++) {
			if (this.linesOf(next).reach(0)) {
				return next;
			}
		}

		return undefined;
	}

	/** The previous block that has lines, or the head. */
	private previousBlock(block: number): number {
		let previous = block - 1;
		while (previous >= 0 && this.linesOf(previous).all().length === 0) {
			previous--;
		}

		return previous;
	}

	private lastHeadRow(): Row {
		return {block: -1, index: Math.max(0, this.head.lines.length - 1)};
	}

	/** The head row that shows a head offset: a title line, or past the title's end the metadata and blank lines. */
	private headIndexOf(offset: number): number {
		const title = this.document.title.length;
		if (offset < title) {
			return lineIn(this.head.lines.slice(0, this.titleLines), 0, offset);
		}

		return Math.max(0, Math.min(this.head.lines.length - 1, this.titleLines - 1 + Math.max(1, offset - title + 1)));
	}

	/** A block's lines, started on first use. */
	private linesOf(block: number): BlockLines {
		if (block < 0) {
			return this.head;
		}

		let found = this.blockLines.get(block);
		if (found === undefined) {
			found = startBlock(this.document, block, this.options, this.analyses);
			this.blockLines.set(block, found);
		}

		return found;
	}

	/** Line number of a row, counting from the top: every block above it is laid out. */
	private lineOfRow(row: Row): number {
		while (this.starts.length <= row.block + 1) {
			this.numberNext();
		}

		return this.starts[row.block + 1]! + row.index;
	}

	/** Lays out the last numbered block whole, so the block after it gets its first line number. */
	private numberNext(): void {
		this.starts.push(this.lastStart() + this.linesOf(this.starts.length - 2).all().length);
	}

	/** First line of the last numbered block (`starts` always holds the head's 0). */
	private lastStart = (): number => this.starts.at(-1) ?? 0;

	/** The row of a line number, laying out from the top only as far as it; undefined past the end. */
	private rowAtLine(line: number): Row | undefined {
		const target = Math.max(0, Math.floor(line));
		for (;;) {
			const last = this.starts.length - 1;
			const lastStart = this.lastStart();
			if (target < lastStart || this.linesOf(last - 1).reach(target - lastStart)) {
				break;
			}

			// That block is complete and ends above the line.
			if (last >= this.document.blocks.length) {
				return undefined;
			}

			this.numberNext();
		}

		const at = lastAtOrBefore(this.starts, target);
		return {block: at - 1, index: target - this.starts[at]!};
	}
}

/** Cached layouts per document and options key. */
const layouts = new WeakMap<Document, Map<string, LazyLayout>>();

/** Cluster analyses per document and ambiguous mode, shared by every width. */
const analysesByDocument = new WeakMap<Document, Map<AmbiguousWidth, Array<WrapClusters | undefined>>>();

function analysesOf(document: Document, ambiguous: AmbiguousWidth): Array<WrapClusters | undefined> {
	let byMode = analysesByDocument.get(document);
	if (byMode === undefined) {
		byMode = new Map();
		analysesByDocument.set(document, byMode);
	}

	let analyses = byMode.get(ambiguous);
	if (analyses === undefined) {
		analyses = [];
		byMode.set(ambiguous, analyses);
	}

	return analyses;
}

/**
 * Lays a document out for one width: the title, a metadata line, a blank line,
 * then the blocks separated by blank lines; body paragraphs get a first-line
 * indent of full-width spaces. Lines are produced lazily and layouts are cached
 * per (document, width, indent, ambiguous).
 */
export const layoutDocument = (document: Document, options: LayoutOptions): LazyLayout => {
	let byOptions = layouts.get(document);
	if (byOptions === undefined) {
		byOptions = new Map();
		layouts.set(document, byOptions);
	}

	const key = `${options.width}/${options.indent}/${options.ambiguous}`;
	let layout = byOptions.get(key);
	if (layout === undefined) {
		if (byOptions.size >= layoutsPerDocument) {
			byOptions.delete(byOptions.keys().next().value!);
		}

		layout = new LazyLayout(document, options, analysesOf(document, options.ambiguous));
		byOptions.set(key, layout);
	}

	return layout;
};

// The contract the UI codes against; the layout returned also counts its work (`blocksLaidOut`).
layoutDocument satisfies LayoutDocument;
