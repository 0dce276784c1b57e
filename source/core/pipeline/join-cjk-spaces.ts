import {cjkClass} from '../text/cjk.js';
import {charLength} from '../text/char-length.js';
import {maxHeadingLength} from './line-lengths.js';

const cjk = new RegExp(`[${cjkClass}]`, 'u');
// Digits and ASCII punctuation written between Chinese words (`全市 1669 个`, `责任, 参战`) join too.
const cjkOrDigit = new RegExp(`[${cjkClass}0-9,.;:!?()%]`, 'u');
// An ideographic space (U+3000) is typeset on purpose, as a separator; OCR leaves ASCII spaces.
const spaceRun = /[ \t\u00A0]+/g;
const hasSpace = /[ \t\u00A0]/;
// Phrases that keep a space apart are those of titles, a few dozen characters at most.
const phraseWindow = 64;

/** Options for {@link joinCjkSpaces}. */
export type JoinOptions = {
	/**
	 * Keep a space between two phrases of at least this many characters each:
	 * titles like `三级联动齐战疫 众志成城践初心` use one on purpose. 0 joins every space.
	 */
	readonly keepBetweenPhrases: number;
};

/**
 * How much a line's spaces mean: running text and lines with clauses keep none; a
 * short title keeps the space between two phrases; a label line with no punctuation
 * (`主办 中共吉林市委组织部`) keeps every space between words of two characters or more.
 */
export function spacingFor(text: string): JoinOptions {
	// A line with clauses (`严格要求,确保…,在规 定时限内完成任务`) is a sentence: its spaces are OCR's.
	if (charLength(text, maxHeadingLength) > maxHeadingLength || /[。！？；，,、]/u.test(text)) {
		return {keepBetweenPhrases: 0};
	}

	return {keepBetweenPhrases: /[：:]/u.test(text) ? 4 : 2};
}

/**
 * Removes the spaces that OCR and hard-wrapped sources leave inside Chinese text
 * (`已 经驻守` → `已经驻守`, `全市 1669 个` → `全市1669个`), keeping spaces between Latin words.
 */
export function joinCjkSpaces(text: string, given?: JoinOptions): string {
	// Most lines have no space at all: neither their spacing nor the replace is worth working out.
	if (!hasSpace.test(text)) {
		return text;
	}

	const options = given ?? spacingFor(text);
	return text.replace(spaceRun, (space, index: number) => {
		// Only the neighbourhood of a space matters; slicing the whole text per space would be quadratic.
		const before = text.slice(Math.max(0, index - phraseWindow), index);
		const after = text.slice(index + space.length, index + space.length + phraseWindow);
		const left = lastChar(before);
		const right = firstChar(after);
		if (left === undefined || right === undefined) {
			return space;
		}

		const joins = (cjk.test(left) && cjkOrDigit.test(right)) || (cjkOrDigit.test(left) && cjk.test(right));
		if (!joins) {
			return space;
		}

		const min = options.keepBetweenPhrases;
		if (min > 0 && phraseLength(before, 'end') >= min && phraseLength(after, 'start') >= min) {
			return ' ';
		}

		return '';
	});
}

function lastChar(text: string): string | undefined {
	return Array.from(text.slice(-2)).at(-1);
}

function firstChar(text: string): string | undefined {
	return Array.from(text.slice(0, 2))[0];
}

// A phrase is Chinese: a number beside a space (`全市 1669 个`) is part of the sentence, not a phrase.
function phraseLength(text: string, side: 'start' | 'end'): number {
	const words = text.split(/[ \t\u3000]+/);
	const word = side === 'end' ? words.at(-1) : words[0];
	return /\p{Script=Han}/u.test(word ?? '') ? Array.from(word!).length : 0;
}
