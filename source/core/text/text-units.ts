/** What a line of plain text was recognised as, before it becomes a block. */
export type UnitRole =
	| 'line' // not yet decided: becomes a paragraph or a heading
	| 'toc' // a line of a table of contents, kept as it is
	| 'article' // an article title matched from the contents
	| 'heading' // a numbered heading or a dateline
	| 'code' // lines laid out by hand (a diagram, a sample, aligned columns), kept verbatim
	| 'paragraph';

/** A line (or joined lines) of a plain-text document on its way to becoming a block. */
export type TextUnit = {
	text: string;
	role: UnitRole;
	/** Heading level for 'article' and 'heading' units. */
	level: number;
	/** Columns of white space before the unit's first line (a tab to the next multiple of 8, U+3000 two). */
	indent: number;
	/** Whether that white space opens with an ideographic space (U+3000), a paragraph's first-line indent. */
	ideographicIndent?: boolean;
	/** Whether a blank line (or a rule) stands before the unit: in typed text, a paragraph break. */
	blankBefore?: boolean;
	/** In hard-wrapped text, whether the unit's last line reaches the wrap width (it was cut there). */
	full?: boolean;
	/** In typed text, whether a paragraph break follows the unit's line (a blank line, an indent, the end). */
	breakAfter?: boolean;
	/** A numbered step's number as written (`1.`, `2)`); the text still starts with it. */
	marker?: string;
};
