import {sentenceEnd} from '../../text/cjk.js';
import {isPageNumber, looksLikeHeading} from './heading-rules.js';
import type {TextUnit} from '../../text/text-units.js';
import {breaksWord, type BigramCounts} from '../../text/bigram-counts.js';
import {charLength} from '../../text/char-length.js';
import {joinWrapped} from '../../text/join-wrapped.js';

const clauseEnd = /[，、,；;—]$/u;
const clausePunctuation = /[，、,；;：:]/u;
const closing = /^[，。、；：？！）」』”’,.;:?!)\]}%]/u;

/**
 * Joins lines that OCR or hard wrapping broke inside a sentence, keeping real
 * paragraph breaks: a line that ends mid-clause continues on the next line unless
 * that line is a heading or a contents entry, or is indented with ideographic
 * spaces (a paragraph's first-line indent). Only 'line' units take part.
 */
export function joinBrokenLines(units: readonly TextUnit[], counts: BigramCounts): TextUnit[] {
	const joined: TextUnit[] = [];
	for (const unit of units) {
		const previous = joined.at(-1);
		if (previous && !unit.ideographicIndent && continues(previous, unit, counts)) {
			previous.text = joinWrapped(previous.text, unit.text);
		} else {
			joined.push({...unit});
		}
	}

	return joined;
}

function continues(previous: TextUnit, next: TextUnit, counts: BigramCounts): boolean {
	if (previous.role !== 'line' || next.role !== 'line' || isPageNumber(previous.text) || isPageNumber(next.text)) {
		return false;
	}

	if (closing.test(next.text)) {
		return true;
	}

	if (sentenceEnd.test(previous.text) || next.text.startsWith('—')) {
		return false;
	}

	// A line that stops on a comma is certainly unfinished; a long line with clauses probably is.
	if (clauseEnd.test(previous.text)) {
		return true;
	}

	if (looksLikeHeading(previous.text)) {
		// A short line is a heading unless the break cuts a word in two (`护士长常|天娇`).
		return !looksLikeHeading(next.text) && breaksWord(previous.text, next.text, counts);
	}

	const length = charLength(previous.text, 20);
	return length >= 20 && clausePunctuation.test(previous.text) && !looksLikeHeading(next.text);
}
