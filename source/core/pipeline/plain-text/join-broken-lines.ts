import {sentenceEnd} from '../../text/cjk.js';
import {isPageNumber, looksLikeHeading} from './heading-rules.js';
import type {TextUnit} from '../../text/text-units.js';
import {breaksWord, type BigramCounts} from '../../text/bigram-counts.js';
import {isShortLine} from '../line-lengths.js';
import {joinWrapped} from '../../text/join-wrapped.js';
import {occurrences} from '../../text/occurrences.js';
import {runsOn, wrapsWith, type BreakEvidence} from './runs-on.js';

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
	// Runs are looked for around the unit at hand.
	let at = 0;
	const evidence = {counts, spelled: (run: string) => spelledNear(units, at, run)};
	for (const [index, unit] of units.entries()) {
		at = index;
		const previous = joined.at(-1);
		const joins = previous && !unit.ideographicIndent && (typed ? typedContinues(previous, last!, unit, evidence) : continues(previous, unit, evidence));
		if (joins) {
			previous.text = typed ? joinTyped(previous.text, unit.text) : joinWrapped(previous.text, unit.text);
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
function typedContinues(previous: TextUnit, last: TextUnit, next: TextUnit, evidence: BreakEvidence): boolean {
	if (previous.role !== 'line' || next.role !== 'line' || next.blankBefore || next.marker || itemStart.test(next.text)) {
		return false;
	}

	if (last.full === undefined) {
		return (next.breakAfter !== true && wrapsWith(last.text, next.text)) || continues(previous, next, evidence);
	}

	if (last.full) {
		// After a finished sentence: a deeper indent opens a paragraph, a line standing alone without a sentence is a heading.
		const standsAlone = next.breakAfter === true && !/[。，、；！？]/u.test(next.text);
		return !(sentenceEnd.test(last.text) && (next.indent > last.indent || standsAlone));
	}

	return closing.test(next.text) || (clauseEnd.test(last.text) && !sentenceEnd.test(last.text)) || runsOn(last.text, next.text, evidence);
}

function continues(previous: TextUnit, next: TextUnit, evidence: BreakEvidence): boolean {
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
		// A short line is a heading unless the break cuts a word in two (`工|作`) or the line's sentence runs on.
		return !looksLikeHeading(next.text) && (breaksWord(previous.text, next.text, evidence.counts) || runsOn(previous.text, next.text, evidence));
	}

	return !isShortLine(previous.text) && clausePunctuation.test(previous.text) && !looksLikeHeading(next.text);
}

// The text near a break (200 units either way, an article) is about the same people: a name cut by the page recurs there.
const nearUnits = 200;

function spelledNear(units: readonly TextUnit[], index: number, run: string): number {
	let found = 0;
	for (let other = Math.max(0, index - nearUnits); other < Math.min(units.length, index + nearUnits); other++) {
		found += occurrences(units[other]!.text, run);
	}

	return found;
}

const endsHan = /\p{Script=Han}$/u;
const startsHan = /^\p{Script=Han}/u;
const endsLatin = /[A-Za-z0-9]$/u;
const startsLatin = /^[A-Za-z0-9]/u;
const spacedLatin = /\p{Script=Han} [A-Za-z0-9]|[A-Za-z0-9] \p{Script=Han}/u;
// How much of the paragraph tells the author's spacing: the lines around the break.
const spacingWindow = 200;

/**
 * Joins two lines of typed text. Where a Chinese character meets a Latin word across
 * the break (`事實上 GnuPG` + `可能…`), the break was a space if the author spaces Latin
 * words around it; elsewhere Chinese needs nothing between its lines.
 */
function joinTyped(before: string, after: string): string {
	const meets = (endsHan.test(before) && startsLatin.test(after)) || (endsLatin.test(before) && startsHan.test(after));
	const spaced = meets && spacedLatin.test(`${before.slice(-spacingWindow)}\n${after.slice(0, spacingWindow)}`);
	return spaced ? `${before} ${after}` : joinWrapped(before, after);
}
