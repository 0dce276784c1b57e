import type {Document} from '../document.js';
import type {
	AmbiguousWidth,
	LayoutDocument,
	LayoutLine,
	LayoutOptions,
	LineLocation,
	LocatableLayout,
	Position,
} from './layout-types.js';
import {blankLine, headLines, locateOnLine, toLayoutLine} from './layout-lines.js';
import {isStructured, structuredLines} from './structured-lines.js';
import {LineBreaker} from './wrap.js';
import {WrapClusters} from './wrap-clusters.js';

/** Lines produced per step of a block, so a huge paragraph is wrapped only as far as it is shown. */
const stepLines = 256;

/** Layouts kept per document (widths tried while resizing, both ambiguous modes). */
const layoutsPerDocument = 8;

/** The block being wrapped, and where its next line comes from. */
type Current = {
	readonly block: number;
	readonly next: () => LayoutLine | undefined;
};

/** A document's lines at one width, produced on demand. */
class LazyLayout implements LocatableLayout {
	private readonly lines: LayoutLine[] = [];
	/** Global index of the first line of each block started so far. */
	private readonly blockFirstLine: number[] = [];
	private current: Current | undefined;
	private readonly headLines: number;

	constructor(
		private readonly document: Document,
		readonly options: LayoutOptions,
		private readonly analyses: Array<WrapClusters | undefined>,
	) {
		this.lines.push(...headLines(document, options));
		this.headLines = this.lines.length;
	}

	slice(from: number, count: number): readonly LayoutLine[] {
		const start = Math.max(0, Math.floor(from));
		this.extendTo(start + Math.max(0, count) - 1);
		return this.lines.slice(start, start + Math.max(0, count));
	}

	lineCount(): number {
		this.extendTo(Number.POSITIVE_INFINITY);
		return this.lines.length;
	}

	lineOf(position: Position): number {
		const {blocks} = this.document;
		if (position.block < 0 || blocks.length === 0) {
			return this.headLineOf(position.offset);
		}

		const block = Math.min(position.block, blocks.length - 1);
		if (position.offset < 0) {
			// The blank line before the block; before the first block, the head's last line.
			this.extendUntil(() => this.blockFirstLine[block] !== undefined);
			return block === 0 ? this.headLines - 1 : this.blockFirstLine[block]! - 1;
		}

		this.extendUntil(() => this.blockEndsAfter(block, position.offset));
		const first = this.blockFirstLine[block];
		return this.lineIn(first, this.blockLineCount(block), position.offset);
	}

	positionOf(line: number): Position {
		this.extendTo(line + 1);
		const index = Math.max(0, Math.min(Math.floor(line), this.lines.length - 1));
		const shown = this.lines[index];
		if (shown.kind === 'title') {
			return {block: -1, offset: shown.start};
		}

		if (index < this.headLines) {
			// The metadata and blank lines of the head follow the title: offsets just past its end.
			return {block: -1, offset: this.document.title.length + index - this.titleLineCount()};
		}

		if (shown.kind === 'blank') {
			// A blank between blocks belongs to the block it introduces, before its text.
			return {block: this.lines[index + 1]?.block ?? -1, offset: -1};
		}

		return {block: shown.block, offset: shown.start};
	}

	locate(line: number, offset: number): LineLocation {
		this.extendTo(line);
		const shown = this.lines[line];
		if (shown === undefined || (shown.block < 0 && shown.kind !== 'title')) {
			return {column: 0, index: 0};
		}

		const source = shown.block < 0 ? this.document.title : this.document.blocks[shown.block].text;
		return locateOnLine(shown, source, offset, this.options.ambiguous);
	}

	/** The head line that shows a head offset: a title line, or past the title's end the metadata and blank lines. */
	private headLineOf(offset: number): number {
		const titleLines = this.titleLineCount();
		const title = this.document.title.length;
		if (offset < title) {
			return this.lineIn(0, titleLines, offset);
		}

		return Math.max(0, Math.min(this.headLines - 1, titleLines - 1 + Math.max(1, offset - title + 1)));
	}

	/** Index of the last line in [first, first + count) that starts at or before `offset`. */
	private lineIn(first: number, count: number, offset: number): number {
		let low = first;
		let high = first + Math.max(1, count) - 1;
		while (low < high) {
			const middle = Math.ceil((low + high) / 2);
			if (this.lines[middle].start <= offset) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}

		return low;
	}

	private titleLineCount(): number {
		let count = 0;
		while (this.lines[count]?.kind === 'title') {
			count++;
		}

		return count;
	}

	/** Lines of a started block produced so far. */
	private blockLineCount(block: number): number {
		const first = this.blockFirstLine[block];
		const next = this.blockFirstLine[block + 1];
		// The next block's first line follows one blank line.
		return next === undefined ? this.lines.length - first : next - 1 - first;
	}

	/** Whether the block's lines so far reach past `offset` (or the block is complete). */
	private blockEndsAfter(block: number, offset: number): boolean {
		if (this.blockFirstLine[block] === undefined) {
			return false;
		}

		if (this.current?.block !== block) {
			return true;
		}

		return this.lines.at(-1)!.end > offset;
	}

	/** Produces lines until line `index` exists or the document ends. */
	private extendTo(index: number): void {
		this.extendUntil(() => this.lines.length > index);
	}

	private extendUntil(enough: () => boolean): void {
		while (!enough() && this.step()) {
			// Each step adds up to `stepLines` lines.
		}
	}

	/** Adds the next lines; false at the end of the document. */
	private step(): boolean {
		if (this.current === undefined && !this.startBlock(this.blockFirstLine.length)) {
			return false;
		}

		const current = this.current!;
		for (let count = 0; count < stepLines; count++) {
			const line = current.next();
			if (line === undefined) {
				this.current = undefined;
				return true;
			}

			this.lines.push(line);
		}

		return true;
	}

	/** Starts wrapping a block (after a blank line); false when there is none. */
	private startBlock(block: number): boolean {
		const blocks = this.document.blocks;
		if (block >= blocks.length) {
			return false;
		}

		if (block > 0) {
			this.lines.push(blankLine);
		}

		this.blockFirstLine.push(this.lines.length);
		const shown = blocks[block];
		if (isStructured(shown)) {
			const lines = structuredLines(shown, block, this.options.width, this.options.ambiguous);
			this.current = {block, next: () => lines.next().value ?? undefined};
			return true;
		}

		const {kind, text} = shown;
		const analysis = this.analyses[block] ?? new WrapClusters(text, this.options.ambiguous);
		this.analyses[block] = analysis;
		const indent = kind === 'paragraph' ? this.options.indent * 2 : 0;
		const breaker = new LineBreaker(analysis, this.options.width, indent);
		this.current = {block, next: () => {
			const line = breaker.nextLine();
			return line && toLayoutLine(line, kind, block);
		}};
		return true;
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
export const layoutDocument = (document: Document, options: LayoutOptions): LocatableLayout => {
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

// The contract the UI codes against; the layout returned also has `locate`.
layoutDocument satisfies LayoutDocument;
