import {maxPlanLetters} from './pinyin-plans.js';
import type {PinyinReadings} from './pinyin-readings.js';
import type {ScopedPlan} from './planned-term.js';

/**
 * Exact text matched like pinyin: a letter each character's reading starts with (the rarest by
 * `counts` when it has several: a polyphone is marked under each), then the character itself
 * checked; undefined for text with a character without reading, or too short or long for the bitmaps.
 */
export function exactPlanOf(text: string, readings: PinyinReadings, counts: Float64Array): ScopedPlan | undefined {
	if (text.length < 2 || text.length > maxPlanLetters) {
		return undefined;
	}

	const letters: number[] = [];
	const allowed: Uint8Array[] = [];
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		const mask = code < 0x34_00 ? 0 : readings.initialMask(code);
		if (mask === 0) {
			return undefined;
		}

		letters.push(rarestLetter(mask, counts));
		const only = new Uint8Array(0x1_00_00);
		only[code] = 1;
		allowed.push(only);
	}

	const order = letters.map((_, index) => index).sort((a, b) => counts[letters[a]!]! - counts[letters[b]!]!);
	return {letters, syllables: undefined, allowed, chars: [], documents: undefined, order};
}

/** The letter of a mask sampled in the fewest documents. */
function rarestLetter(mask: number, counts: Float64Array): number {
	let rarest = -1;
	for (let rest = mask; rest !== 0; rest &= rest - 1) {
		const letter = 31 - Math.clz32(rest & -rest);
		if (rarest === -1 || counts[letter]! < counts[rarest]!) {
			rarest = letter;
		}
	}

	return rarest;
}
