import type {Document} from '../document.js';

/** How East Asian ambiguous characters (“ ” … — · ā, box drawing) are counted. */
export type AmbiguousWidth = 'narrow' | 'wide';

/** Options shared by the wrapping engine and everything that measures text. */
export type LayoutOptions = {
	/** Display columns available; every produced line fits in it. */
	readonly width: number;
	/** First-line indent of body paragraphs, in full-width spaces (default 2). */
	readonly indent: number;
	/** Width of ambiguous characters (default narrow). */
	readonly ambiguous: AmbiguousWidth;
};

/** What a laid-out line shows, for styling. */
export type LineKind = 'title' | 'meta' | 'heading' | 'paragraph' | 'image' | 'code' | 'list-item' | 'quote' | 'table' | 'rule' | 'blank';

/** One screen line of a laid-out document. */
export type LayoutLine = {
	/** The visible text, indent included; never wider than the layout width. */
	readonly text: string;
	readonly kind: LineKind;
	/** Index into `document.blocks`, or -1 for the title, metadata and blank lines. */
	readonly block: number;
	/** Offset (UTF-16) into the block's text (for title lines: the title) where this line starts; 0 for other lines. */
	readonly start: number;
	/** Offset (UTF-16, exclusive) into the block's text where this line ends. */
	readonly end: number;
	/** Columns of added indent at the start of `text` (not part of the block's text). */
	readonly indentWidth: number;
};

/** A reading position that survives a re-wrap at another width. */
export type Position = {
	/** Block index, or -1 for the head (title and metadata). */
	readonly block: number;
	/** UTF-16 offset into that block's text. */
	readonly offset: number;
};

/** Where a source offset falls on a screen line. */
export type LineLocation = {
	/** Display column, indent included. */
	readonly column: number;
	/** UTF-16 index into the line's `text`, indent included. */
	readonly index: number;
};

/**
 * A screen line named by its block and its place among that block's lines: block -1
 * is the head (title, metadata, blank line); a block's lines start with the blank line
 * before it (none before the first). Rows order as (block, index).
 */
export type Row = {
	readonly block: number;
	readonly index: number;
};

/** Where a walk over rows ended, and how many rows it went (fewer than asked at either end). */
export type RowMove = {
	readonly row: Row;
	readonly moved: number;
};

/**
 * A document laid out for one width; lines are produced lazily and cached per block.
 * The reader moves by rows, which need only the blocks around them; the line numbers
 * of `slice`, `lineCount`, `lineOf` and `positionOf` count from the top and lay out
 * everything above (for printing and tests).
 */
export type DocumentLayout = {
	readonly options: LayoutOptions;
	/** Lines [from, from + count), wrapping only as far as needed. Fewer at the end. */
	slice(from: number, count: number): readonly LayoutLine[];
	/** Total number of lines; wraps the whole document on first call. */
	lineCount(): number;
	/** Line that shows the given position. */
	lineOf(position: Position): number;
	/** Position at the start of the given line. */
	positionOf(line: number): Position;
	/** Row that shows the given position; lays out only (part of) its block. */
	rowOf(position: Position): Row;
	/** Position at the start of a row. */
	positionOfRow(row: Row): Position;
	/** Lines of `count` rows from `row` down; fewer at the end. */
	rowsFrom(row: Row, count: number): readonly LayoutLine[];
	/** Walks `delta` rows down (up when negative), stopping at the first or last row. */
	moveRow(row: Row, delta: number): RowMove;
	/** The last row of the document; lays out only the last block. */
	lastRow(): Row;
};

/** Builds a layout; implemented in layout-document.ts. */
export type LayoutDocument = (document: Document, options: LayoutOptions) => DocumentLayout;
