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

/** A document laid out for one width; lines are produced lazily and cached. */
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
};

/** A layout that can also say where a source offset shows on a line (for highlights and cursors). */
export type LocatableLayout = DocumentLayout & {
	/** Where a source offset of the line's block (or of the title, for title lines), clamped to the line, shows on it. */
	locate(line: number, offset: number): LineLocation;
};

/** Builds a layout; implemented in layout-document.ts. */
export type LayoutDocument = (document: Document, options: LayoutOptions) => DocumentLayout;
