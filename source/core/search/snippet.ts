import {sentenceStops} from '../text/cjk.js';

// The last sentence stop, and what follows it.
const lastSentenceStop = new RegExp(`[${sentenceStops}]\\s*[^${sentenceStops}]*$`, 'u');

/** A snippet of a text around a hit, with the hit's offsets inside the snippet. */
export type Snippet = {readonly text: string; readonly start: number; readonly end: number};

/**
 * Up to `before` code units of context ahead of the hit (cut at a sentence start
 * when one is near) and the rest of the text after it; the caller truncates to
 * the width it has.
 */
export function snippetOf(text: string, start: number, end: number, before = 12, after = 60): Snippet {
	let from = Math.max(0, start - before);
	const sentence = text.slice(from, start).search(lastSentenceStop);
	if (sentence !== -1) {
		from += sentence + 1;
	}

	// Nor does it start on a clause mark or a space left by the cut.
	while (from < start && /[\s，,、：:]/u.test(text[from]!)) {
		from++;
	}

	const to = Math.min(text.length, end + after);
	const piece = text.slice(from, to).replaceAll(/\s+/g, ' ');
	const lead = text.slice(from, start).replaceAll(/\s+/g, ' ').length;
	return {text: piece, start: lead, end: lead + text.slice(start, end).replaceAll(/\s+/g, ' ').length};
}
