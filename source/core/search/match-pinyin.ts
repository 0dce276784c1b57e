import type {IndexedDocument} from './indexed-document.js';
import type {PinyinReadings} from './pinyin-readings.js';

/** One way to read a typed term as pinyin: a letter per character, and the syllables when typed in full. */
export type PinyinPlan = {
	/** Letter index (`a` = 0) each character's reading starts with. */
	readonly letters: readonly number[];
	/** Full syllables, the last one possibly still being typed; undefined for initials (`zcgb`). */
	readonly syllables: readonly string[] | undefined;
};

const maxPlans = 8;
const maxInitials = 12;

/**
 * The readings of a lower-case term as pinyin: initials, one letter a character
 * (`zcgb`), and every way to cut it into whole syllables, the last one possibly a
 * prefix (`zhucun`, `zhuc`). At least two characters, so that `de` does not
 * match every 的.
 */
export function pinyinPlans(term: string, readings: PinyinReadings): readonly PinyinPlan[] {
	if (!/^[a-z]{2,}$/.test(term)) {
		return [];
	}

	const plans: PinyinPlan[] = [];
	if (term.length <= maxInitials) {
		plans.push({letters: letterIndices([...term]), syllables: undefined});
	}

	const cut = (rest: string, syllables: string[]): void => {
		if (plans.length >= maxPlans) {
			return;
		}

		if (rest === '') {
			if (syllables.length >= 2) {
				plans.push({letters: letterIndices(syllables), syllables: [...syllables]});
			}

			return;
		}

		for (let end = Math.min(6, rest.length); end >= 1; end--) {
			const piece = rest.slice(0, end);
			const last = end === rest.length;
			if (readings.syllables.has(piece) || (last && readings.syllablePrefixes.has(piece))) {
				cut(rest.slice(end), [...syllables, piece]);
			}
		}
	};

	cut(term, []);
	return plans;
}

function letterIndices(pieces: readonly string[]): number[] {
	return pieces.map((piece) => piece.charCodeAt(0) - 0x61);
}

/**
 * Start offsets where the plan's characters occur in a row: the initials' bitmaps
 * are shifted and intersected 32 positions at a time, then full syllables are
 * checked against the readings of the few candidates left.
 */
export function matchPlan(entry: IndexedDocument, plan: PinyinPlan, readings: PinyinReadings): number[] {
	const maps = plan.letters.map((letter) => entry.initials[letter]);
	if (maps.some((map) => map === undefined)) {
		return [];
	}

	const bitmaps = maps as Uint32Array[];
	const found: number[] = [];
	const first = bitmaps[0]!;
	for (let word = 0; word < first.length; word++) {
		let bits = first[word]!;
		for (let index = 1; index < bitmaps.length && bits !== 0; index++) {
			bits &= shiftedWord(bitmaps[index]!, word, index);
		}

		while (bits !== 0) {
			const low = bits & -bits;
			const position = (word << 5) + 31 - Math.clz32(low);
			bits ^= low;
			if (plan.syllables === undefined || readsAs(entry.text, position, plan.syllables, readings)) {
				found.push(position);
			}
		}
	}

	return found;
}

/** The 32 bits of a bitmap starting at position `word * 32 + shift`. */
function shiftedWord(bitmap: Uint32Array, word: number, shift: number): number {
	const at = word + (shift >>> 5);
	const bit = shift & 31;
	const low = bitmap[at] ?? 0;
	return bit === 0 ? low : (low >>> bit) | ((bitmap[at + 1] ?? 0) << (32 - bit));
}

function readsAs(text: string, position: number, syllables: readonly string[], readings: PinyinReadings): boolean {
	return syllables.every((syllable, index) => {
		const options = readings.readingsOf(text.charCodeAt(position + index));
		return index === syllables.length - 1 ? options.some((reading) => reading.startsWith(syllable)) : options.includes(syllable);
	});
}
