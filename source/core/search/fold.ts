import {Converter} from 'opencc-js/t2cn';

let table: Uint16Array | undefined;

/** Full-width ASCII forms and the ideographic space, mapped to their half-width code units. */
function foldWidth(code: number): number {
	if (code >= 0xFF_01 && code <= 0xFF_5E) {
		return code - 0xFE_E0;
	}

	return code === 0x30_00 ? 0x20 : code;
}

/** Lower case, and tone marks or other accents dropped (`ǚ` → `u`), when that keeps one code unit. */
function foldLatin(code: number): number {
	const lower = String.fromCharCode(code).toLowerCase();
	if (lower.length !== 1) {
		return code;
	}

	const base = lower.normalize('NFD');
	return base.length > 1 && base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : lower.charCodeAt(0);
}

/**
 * OpenCC's `t2cn` turns Traditional characters into Simplified ones, one by one when
 * each is converted on its own line (phrases never span a line break). Conversions
 * that would change the length (a few characters become two) are left out, so that
 * folded text keeps every offset of the original.
 */
function foldHan(target: Uint16Array): void {
	const codes: number[] = [];
	for (let code = 0x34_00; code <= 0x9F_FF; code++) {
		codes.push(code);
	}

	const converted = Converter({from: 't', to: 'cn'})(String.fromCharCode(...codes.flatMap((code) => [code, 0x0A]))).split('\n');
	for (const [index, code] of codes.entries()) {
		const simplified = converted[index];
		if (simplified?.length === 1) {
			target[code] = simplified.charCodeAt(0);
		}
	}
}

/** The code-unit table behind `foldText`, built once on first use (about 30 ms). */
function foldTable(): Uint16Array {
	if (table) {
		return table;
	}

	table = new Uint16Array(0x1_00_00);
	for (let code = 0; code < table.length; code++) {
		// Surrogates stay as they are: a character outside the basic plane folds to itself.
		table[code] = code >= 0xD8_00 && code <= 0xDF_FF ? code : foldLatin(foldWidth(code));
	}

	foldHan(table);
	return table;
}

/**
 * Text as search compares it: Traditional as Simplified, full-width as half-width,
 * lower case, tone marks dropped. Every code unit maps to exactly one, so an offset
 * in the folded text is the same offset in the original.
 */
export function foldText(text: string): string {
	const fold = foldTable();
	const units = new Uint16Array(text.length);
	for (let index = 0; index < text.length; index++) {
		units[index] = fold[text.charCodeAt(index)]!;
	}

	return decoder.decode(units);
}

const decoder = new TextDecoder('utf-16le');

/**
 * `foldText` of texts joined by line breaks, a line break inside a text read as a space
 * (so that each text is one line): in one pass, without the joined copy.
 */
export function foldLines(texts: readonly string[]): string {
	const fold = foldTable();
	let length = texts.length - 1;
	for (const text of texts) {
		length += text.length;
	}

	const units = new Uint16Array(Math.max(0, length));
	let at = 0;
	for (const [index, text] of texts.entries()) {
		if (index > 0) {
			units[at++] = 0x0A;
		}

		for (let position = 0; position < text.length; position++) {
			const code = text.charCodeAt(position);
			units[at++] = code === 0x0A ? 0x20 : fold[code]!;
		}
	}

	return decoder.decode(units);
}
