import {sentenceEnd} from '../../text/cjk.js';
import {isCutSentence, isPageNumber, looksLikeHeading} from './heading-rules.js';
import type {TextUnit} from '../../text/text-units.js';
import {breaksWord, type BigramCounts} from '../../text/bigram-counts.js';
import {isShortLine} from '../line-lengths.js';
import {joinWrapped} from '../../text/join-wrapped.js';

const clauseEnd = /[，、,；;—]$/u;
const clausePunctuation = /[，、,；;：:]/u;
// Lines that open with a mark (`---> `, `* `, `> `) or a term and its dash (`w - 从当前…`) are items of their own.
const itemStart = /^(?:[^\p{L}\p{N}\s]+\s|\S{1,12}\s+[-–—]\s)/u;
const closing = /^[，。、；：？！）」』”’,.;:?!)\]}%]/u;

/**
 * Joins lines that OCR or hard wrapping broke inside a sentence, keeping real
 * paragraph breaks: a line that ends mid-clause continues on the next line unless
 * that line is a heading or a contents entry, or is indented with ideographic
 * spaces (a paragraph's first-line indent). Only 'line' units take part.
 */
export function joinBrokenLines(units: readonly TextUnit[], counts: BigramCounts, typed = false): TextUnit[] {
	const joined: TextUnit[] = [];
	// The last line joined: in hard-wrapped text it decides whether the paragraph goes on.
	let last: TextUnit | undefined;
	for (const unit of units) {
		const previous = joined.at(-1);
		const joins = previous && !unit.ideographicIndent && (typed ? typedContinues(previous, last!, unit, counts) : continues(previous, unit, counts));
		if (joins) {
			previous.text = joinWrapped(previous.text, unit.text);
		} else {
			joined.push({...unit});
		}

		last = unit;
	}

	return joined;
}

/**
 * Typed text: a blank line, a rule, a numbered step or a marked item starts a paragraph. Hard-wrapped
 * text goes on after a line cut at the wrap width, unless the next line is indented
 * deeper after a finished sentence (a first-line indent); a shorter line ends its
 * paragraph unless it stops mid-clause. Other typed text follows the OCR rules.
 */
function typedContinues(previous: TextUnit, last: TextUnit, next: TextUnit, counts: BigramCounts): boolean {
	if (previous.role !== 'line' || next.role !== 'line' || next.blankBefore || next.marker || itemStart.test(next.text)) {
		return false;
	}

	if (last.full === undefined) {
		return continues(previous, next, counts);
	}

	if (last.full) {
		// After a finished sentence: a deeper indent opens a paragraph, a line standing alone without a sentence is a heading.
		const standsAlone = next.breakAfter === true && !/[。，、；！？]/u.test(next.text);
		return !(sentenceEnd.test(last.text) && (next.indent > last.indent || standsAlone));
	}

	return closing.test(next.text) || (clauseEnd.test(last.text) && !sentenceEnd.test(last.text));
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
		return !looksLikeHeading(next.text) && (breaksWord(previous.text, next.text, counts) || isCutSentence(previous.text));
	}

	return !isShortLine(previous.text) && clausePunctuation.test(previous.text) && !looksLikeHeading(next.text);
}
