import {sentenceStops} from '../text/cjk.js';

// The last sentence stop, and what follows it.
const lastSentenceStop = new RegExp(`[${sentenceStops}]\\s*[^${sentenceStops}]*$`, 'u');

/** A character of a Latin word or a number, which a cut must not split. */
const latinWord = /[A-Za-z0-9]/;

/** Dropping this few characters ahead of the context would save nothing worth an ellipsis. */
const keepShortLead = 3;

/** A snippet of a text around a hit, with the hit's offsets inside the snippet. */
export type Snippet = {readonly text: string; readonly start: number; readonly end: number};

/** Where the context ahead of a hit starts, and whether text before it was cut off mid-sentence. */
function contextStart(text: string, start: number, before: number): {from: number; cut: boolean} {
	let from = Math.max(0, start - before);
	const sentence = text.slice(from, start).search(lastSentenceStop);
	if (sentence !== -1) {
		from += sentence + 1;
	} else if (from <= keepShortLead) {
		from = 0;
	} else {
		// A cut word reads worse than a shorter lead: start after the first clause mark when there is one.
		const clause = text.slice(from, start).search(/[，,、；;：:]/u);
		from += clause + 1;
	}

	// Nor inside a Latin word or number (…y Example for By Example), nor on a clause mark or a space left by the cut.
	while (from > 0 && from < start && latinWord.test(text[from - 1]!) && latinWord.test(text[from]!)) {
		from++;
	}

	while (from < start && /[\s，,、：:]/u.test(text[from]!)) {
		from++;
	}

	return {from, cut: sentence === -1 && from > 0 && text.slice(0, from).trim() !== ''};
}

/**
 * Up to `before` code units of context ahead of the hit (cut at a sentence start
 * when one is near, else marked with an ellipsis so a cut word does not pass for
 * the text's start) and the rest of the text after it; the caller truncates to
 * the width it has.
 */
export function snippetOf(text: string, start: number, end: number, before = 12, after = 60): Snippet {
	const {from, cut} = contextStart(text, start, before);
	const to = Math.min(text.length, end + after);
	const lead = (cut ? '…' : '') + text.slice(from, start).replaceAll(/\s+/g, ' ');
	const piece = lead + text.slice(start, to).replaceAll(/\s+/g, ' ');
	return {text: piece, start: lead.length, end: lead.length + text.slice(start, end).replaceAll(/\s+/g, ' ').length};
}
