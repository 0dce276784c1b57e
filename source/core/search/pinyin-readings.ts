import {pinyin} from 'pinyin-pro';
import {isHanUnit} from '../text/cjk.js';

/**
 * Toneless pinyin readings of characters, every reading of a polyphone (长: chang,
 * zhang), computed once per distinct character as documents are indexed: pinyin-pro
 * is far too slow to run over the text per query.
 */
export class PinyinReadings {
	/** Readings by UTF-16 code unit, once looked up (see `known`); empty for a character without pinyin. */
	private readonly byCode = new Map<number, readonly string[]>();
	/** 1 for code units already looked up: a typed array, as this is asked for every character indexed. */
	private readonly known = new Uint8Array(0x1_00_00);
	/** Bit n set when some reading starts with letter `a` + n, by code unit. */
	private readonly masks = new Uint32Array(0x1_00_00);
	/** Every reading with a vowel seen (not the interjections n, ng, m, hm), for cutting a typed query into syllables. */
	readonly syllables = new Set<string>();
	/** Code units by reading, for turning a typed syllable into the characters it may be. */
	readonly charsByReading = new Map<string, number[]>();
	/** Every start of a reading seen, for the syllable still being typed. */
	readonly syllablePrefixes = new Set<string>();
	private initialsSeen = 0;

	/** Bit n set when a reading of some code unit looked up starts with letter `a` + n (no reading starts with i, u or v). */
	get initials(): number {
		return this.initialsSeen;
	}

	/** The readings of one code unit (Han characters of the basic plane only). */
	readingsOf(code: number): readonly string[] {
		return this.known[code] === 1 ? this.byCode.get(code)! : this.compute(code);
	}

	/** Letters that readings of the code unit start with, as a bit mask (`a` is bit 0). */
	initialMask(code: number): number {
		if (this.known[code] === 0) {
			this.compute(code);
		}

		return this.masks[code] ?? 0;
	}

	private compute(code: number): readonly string[] {
		const readings = isHanUnit(code) ? toneless(String.fromCharCode(code)) : [];
		this.byCode.set(code, readings);
		this.known[code] = 1;
		let mask = 0;
		for (const reading of readings) {
			mask |= 1 << (reading.charCodeAt(0) - 0x61);
			const chars = this.charsByReading.get(reading);
			if (chars) {
				chars.push(code);
			} else {
				this.charsByReading.set(reading, [code]);
			}

			if (/[aeiouv]/.test(reading)) {
				this.syllables.add(reading);
			}

			for (let end = 1; end <= reading.length; end++) {
				this.syllablePrefixes.add(reading.slice(0, end));
			}
		}

		this.masks[code] = mask;
		this.initialsSeen |= mask;
		return readings;
	}
}

/** pinyin-pro's readings without tones; ü is typed as v or u, so both count. */
function toneless(char: string): readonly string[] {
	const readings = pinyin(char, {multiple: true, type: 'array', toneType: 'none', v: true}).filter((reading) => /^[a-z]+$/.test(reading));
	const withU = readings.filter((reading) => reading.includes('v')).map((reading) => reading.replaceAll('v', 'u'));
	return [...new Set([...readings, ...withU])];
}
