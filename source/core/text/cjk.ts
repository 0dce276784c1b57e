/** Han ideographs (with extensions), kana, CJK and full-width punctuation: text that needs no spaces. */
export const cjkClass = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6“”‘’…—·`;

/**
 * A line a heading cannot end with: sentence or clause punctuation, looking through
 * closing quotes (`…当好一线防控"战斗员"` is a heading; `…我得去。”` is not).
 */
export const headingCannotEnd = /[。！？!?…：:；;，,、.]["”’」』》]*$/u;

/** Chinese full stops (。！？): a line holding one has a sentence in it. */
export const chineseStop = /[。！？]/u;

/** Sentence stops, Chinese and ASCII, semicolons included, for character classes: a line holding one is no heading. */
export const sentenceStops = '。！？!?；;';

/** Sentence-final punctuation: a line ending with one of these ends a paragraph. */
export const sentenceEnd = /[。！？!?…」』”"’）)】》.：:；;]$/u;

const han = /\p{Script=Han}/gu;

/** Number of Han characters in a string. */
export function countHan(text: string): number {
	return text.match(han)?.length ?? 0;
}

/** Whether a UTF-16 code unit is a Han character of the basic plane (unified ideographs, extension A, compatibility). */
export function isHanUnit(unit: number): boolean {
	return (unit >= 0x4E_00 && unit <= 0x9F_FF) || (unit >= 0x34_00 && unit <= 0x4D_BF) || (unit >= 0xF9_00 && unit <= 0xFA_FF);
}
