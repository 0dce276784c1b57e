import stringWidth from 'string-width';
import {knownWidth} from '../core/text-width.js';

/**
 * string-width as Ink uses it, answered at once for the characters Chinese text is
 * made of. Ink measures every character of every frame with a fresh cache, and
 * string-width's segmenter pass per call made a frame of Chinese cost ~50 ms more
 * than one of ASCII. scripts/bundle.js substitutes this for Ink's import; the
 * answers are the same (test/layout/text-width.test.ts compares the whole plane).
 */
export default function inkStringWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
	if (text.length === 1) {
		const width = knownWidth(text.charCodeAt(0));
		if (width !== undefined) {
			return width;
		}
	}

	return stringWidth(text, options);
}
