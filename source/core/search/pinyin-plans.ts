import type {PinyinReadings} from './pinyin-readings.js';

/** One way to read a typed term as pinyin: a letter per character, and the syllables when typed in full. */
export type PinyinPlan = {
	/** Letter index (`a` = 0) each character's reading starts with. */
	readonly letters: readonly number[];
	/** Full syllables, the last one possibly still being typed; undefined for initials (`zcgb`). */
	readonly syllables: readonly string[] | undefined;
	/** Per syllable, 1 for each code unit with a matching reading: checking a candidate is then one lookup a character. */
	readonly allowed: readonly Uint8Array[];
	/** Per syllable, the code units with a matching reading (those `allowed` marks), to pick the documents holding one. */
	readonly chars: ReadonlyArray<readonly number[]>;
};

const maxPlans = 8;
const maxInitials = 12;
/**
 * Letters a plan has at most: longer pinyin is no query anyone types, and matching shifts
 * each letter's bitmap by its place in the plan, within one 32-bit word.
 */
export const maxPlanLetters = 24;

/**
 * The readings of a lower-case term as pinyin: initials, one letter a character
 * (`zcgb`), and every way to cut it into whole syllables, the last one possibly a
 * prefix (`zhucun`, `zhuc`), with the fewest syllables. At least two characters,
 * so that `de` does not match every 的.
 */
export function pinyinPlans(term: string, readings: PinyinReadings): readonly PinyinPlan[] {
	if (!/^[a-z]{2,}$/.test(term)) {
		return [];
	}

	const plans: PinyinPlan[] = [];
	const initials = letterIndices([...term]);
	// `jiben` read as initials would need a character read i…: none is, and each document would be asked.
	if (term.length <= maxInitials && initials.every((letter) => (readings.initials & (1 << letter)) !== 0)) {
		plans.push({letters: initials, syllables: undefined, allowed: [], chars: []});
	}

	const cut = (rest: string, syllables: string[]): void => {
		if (plans.length >= maxPlans || syllables.length > maxPlanLetters) {
			return;
		}

		if (rest === '') {
			if (syllables.length >= 2) {
				const chars = syllableChars(syllables, readings);
				plans.push({letters: letterIndices(syllables), syllables: [...syllables], allowed: chars.map((codes) => marked(codes)), chars});
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
	// As an input method does, prefer the fewest syllables: `shijian` is shi jian, not shi ji an.
	const fewest = Math.min(...plans.map((plan) => plan.syllables?.length ?? Number.POSITIVE_INFINITY));
	return plans.filter((plan) => plan.syllables === undefined || plan.syllables.length === fewest);
}

/** Per syllable, the characters read that way; the last syllable may be a prefix still being typed. */
function syllableChars(syllables: readonly string[], readings: PinyinReadings): number[][] {
	return syllables.map((syllable, index) => {
		const last = index === syllables.length - 1;
		const codes: number[] = [];
		for (const [reading, chars] of readings.charsByReading) {
			if (reading === syllable || (last && reading.startsWith(syllable))) {
				codes.push(...chars);
			}
		}

		return codes;
	});
}

function marked(codes: readonly number[]): Uint8Array {
	const table = new Uint8Array(0x1_00_00);
	for (const code of codes) {
		table[code] = 1;
	}

	return table;
}

function letterIndices(pieces: readonly string[]): number[] {
	return pieces.map((piece) => piece.charCodeAt(0) - 0x61);
}
