import {charLength} from '../text/char-length.js';

// Lengths in characters (`charLength`) that the cleaning rules judge lines by, one copy
// each, so rules that mean the same kind of line agree on where it ends.

/** Longest short line: a label, a name, a button, a masthead; a longer line is running text. */
export const shortLineLength = 20;

/** Longest line that can stand alone as a heading, or keep its spaces as a short title. */
export const maxHeadingLength = 32;

/** Longest line of a magazine's masthead or editorial board, around its table of contents. */
export const maxMastheadLength = 40;

/** Longest line of a page's head or foot: a title line, a line of labels (`发布日期: … 索引号: …`). */
export const maxHeadLineLength = 60;

/** Whether a line is short (at most `shortLineLength` characters). */
export function isShortLine(line: string): boolean {
	return charLength(line, shortLineLength) <= shortLineLength;
}

/** Longest heading of typed plain text, in columns (`lineColumns`): its headings may be Latin words. */
export const maxTypedHeadingColumns = 60;

/**
 * Widest first sentence, in display columns (`textWidth`), that stands as the title of a
 * text with no title line: 25 Chinese characters, a long headline. A longer sentence is
 * the start of the text, not a name for it; the file name names the document better.
 */
export const maxSentenceTitleWidth = 50;
