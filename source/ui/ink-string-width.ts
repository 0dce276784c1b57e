import stringWidth from 'string-width';
import {knownWidth} from '../core/layout/text-width.js';

/**
 * string-width as Ink uses it, answered at once when every character is one whose
 * width is known (ASCII, Han, kana, CJK and full-width punctuation, common ambiguous
 * punctuation and box drawing, narrow). Ink measures every text node and every
 * character of every frame, and string-width's segmenter pass made a frame of
 * Chinese cost about 100 ms more than one of ASCII. scripts/bundle.js gives Ink and
 * its measuring helpers this instead of string-width; the answers are the same
 * (test/ui/ink-string-width.test.ts compares them).
 */
export default function inkStringWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
	let width = 0;
	for (let index = 0; index < text.length; index++) {
		const known = knownWidth(text.charCodeAt(index));
		if (known === undefined) {
			return stringWidth(text, options);
		}

		width += known;
	}

	// Options only change ambiguous characters and ANSI codes; with them, ask string-width.
	return options?.ambiguousIsNarrow === false || options?.countAnsiEscapeCodes ? stringWidth(text, options) : width;
}
