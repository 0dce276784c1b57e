/** What a line of plain text was recognised as, before it becomes a block. */
export type UnitRole =
	| 'line' // not yet decided: becomes a paragraph or a heading
	| 'toc' // a line of a table of contents, kept as it is
	| 'article' // an article title matched from the contents
	| 'heading' // a numbered heading or a dateline
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
};
