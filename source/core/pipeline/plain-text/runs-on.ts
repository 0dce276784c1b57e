import {danglingWord, openingClause} from '../../text/clause-words.js';
import {sentenceEnd} from '../../text/cjk.js';
import type {BigramCounts} from '../../text/bigram-counts.js';
import {lineColumns} from '../../text/line-columns.js';
import {charLength} from '../../text/char-length.js';
import {maxHeadingLength} from '../line-lengths.js';

/** What the rest of a document says about a line break: its character pairs, and which runs of text it spells. */
export type BreakEvidence = {
	readonly counts: BigramCounts;
	/** How often the text around the break holds `run`: a run that spans the break is spelled whole elsewhere. */
	readonly spelled: (run: string) => number;
};

const clauseEnd = /[，、,；;]$/u;
// Clause marks of Chinese text, half-width ones too as OCR and typists leave them (`模式, 有時候`); a Latin label's colon (`Source: http…`) is none.
const clauseMark = /[，、；]|[,;]\s*\p{Script=Han}/u;
const han = /^\p{Script=Han}{4}$/u;
// An opening pair used more often than this is a common word, not a name known only in full.
const rareOpening = 8;

/**
 * Whether a line without a full stop is the start of a sentence that goes on in
 * the next text, as a hard-wrapped line or a paragraph start cut by the page is,
 * rather than a title or heading: it stops on a clause mark or on a word that needs
 * what follows (`…沙志勇对`), it opens with a clause that sets the scene (`疫情爆发以来，
 * 红旗村…`), it is longer than a heading and has clauses, the break falls inside a name or word the text spells whole elsewhere
 * (`护士长常` + `天娇`, with `护士长常天娇` elsewhere), or a Latin sentence goes on in lower case.
 */
export function runsOn(line: string, next: string, evidence: BreakEvidence): boolean {
	if (sentenceEnd.test(line) || next === '') {
		return false;
	}

	const clauses = charLength(line, maxHeadingLength) > maxHeadingLength && clauseMark.test(line);
	return clauseEnd.test(line) || clauses || openingClause.test(line) || dangles(line, evidence.counts) || splitsRun(line, next, evidence) || (/[\p{L},]$/u.test(line) && /^\p{Ll}/u.test(next));
}

function dangles(line: string, counts: BigramCounts): boolean {
	// The line's own pair counts once: a second use elsewhere makes the last two characters a word.
	return danglingWord.test(line) && (line.length < 2 || counts.count(line.charCodeAt(line.length - 2), line.charCodeAt(line.length - 1)) < 2);
}

/**
 * A name or word cut by the break (`长常|天娇`): elsewhere, the next text's first two
 * characters mostly come after the line's last two (`长常天娇`). Two words that meet
 * by chance (`组织部|疫情`) meet rarely among the many uses of the second.
 */
function splitsRun(line: string, next: string, evidence: BreakEvidence): boolean {
	const run = line.slice(-2) + next.slice(0, 2);
	if (!han.test(run)) {
		return false;
	}

	// The pair counted at the break itself is not evidence.
	const others = evidence.counts.count(next.charCodeAt(0), next.charCodeAt(1)) - 1;
	return others >= 1 && others <= rareOpening && evidence.spelled(run) * 2 >= others;
}

// Narrower lines may be a title over its text, or lines of verse.
const narrowestWrapped = 24;
// A wrapped line stops short of the width by a character or two: a word or a closing mark went on.
const wrapSlack = 4;
const proseMark = /[，、；：。！？,;:.!?]/u;

/**
 * Whether a line without a full stop and the next line of its paragraph, which goes
 * on after it, were wrapped at one width, as the first lines of a hard-wrapped
 * paragraph too short to show its width are: they are as wide as each other, and
 * punctuated. A title is seldom as wide as the line under it, and verse has no marks;
 * a paragraph's last line is mostly shorter, and one as wide as the line above proves
 * nothing, so the caller asks only about lines the paragraph goes on after.
 */
export function wrapsWith(line: string, next: string): boolean {
	const width = lineColumns(line);
	// Prose wrapped at 12 characters or more has a mark in two lines; verse and lyrics go without.
	return width >= narrowestWrapped && !sentenceEnd.test(line) && Math.abs(width - lineColumns(next)) <= wrapSlack && proseMark.test(line + next);
}
