import type {Block} from '../document.js';
import {sentenceStops} from '../text/cjk.js';

/** Paragraphs longer than this (in UTF-16 units) are split; a real one rarely has a tenth of it. */
export const longestParagraph = 4000;
// Pieces end at the first sentence end past this many units.
const shortestPiece = 1000;
// A sentence end (with the quotes and brackets that close on it) or, failing one, a space.
const sentenceClose = new RegExp(`[${sentenceStops}…]+[”’」』）)"']*`, 'u');

/**
 * Splits paragraphs of more than {@link longestParagraph} units into paragraphs that end at
 * sentence ends (or spaces, or anywhere but inside a surrogate pair, in text that has neither).
 * A file with no line breaks is one paragraph of millions of characters: as pieces, the reader
 * lays out, highlights and remembers positions a screenful at a time. No character is dropped.
 */
export function splitLongParagraphs(blocks: readonly Block[]): Block[] {
	return blocks.flatMap((block) => (block.kind === 'paragraph' && block.text.length > longestParagraph ? pieces(block.text).map((text) => ({kind: 'paragraph' as const, text})) : [block]));
}

function pieces(text: string): string[] {
	const result: string[] = [];
	let start = 0;
	while (text.length - start > longestParagraph) {
		const end = cut(text, start + shortestPiece, start + longestParagraph);
		result.push(text.slice(start, end));
		start = end;
	}

	result.push(text.slice(start));
	return result;
}

/** Where a piece ending between `from` and `to` ends: after a sentence, else after a space, else at `to`. */
function cut(text: string, from: number, to: number): number {
	const window = text.slice(from, to);
	const sentence = sentenceClose.exec(window);
	if (sentence) {
		return from + sentence.index + sentence[0].length;
	}

	const space = window.lastIndexOf(' ');
	if (space >= 0) {
		return from + space + 1;
	}

	// A high surrogate stays with its low one.
	const unit = text.charCodeAt(to - 1);
	return unit >= 0xD8_00 && unit <= 0xDB_FF ? to - 1 : to;
}
