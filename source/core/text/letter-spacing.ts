// Single Han characters, each gap a run of spaces (ASCII or ideographic); a tab aligns columns instead.
const letterSpaced = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han})+$/u;

/** Whether a line is spaced out character by character: `研 究 与 交 流`, `目　　录`. */
export function isLetterSpaced(text: string): boolean {
	return letterSpaced.test(text);
}

/**
 * A title or heading spaced out character by character (`研 究 与 交 流`, `目　　录`, as
 * OCR and hand-laid-out text write them) without its spaces. Only when every gap is
 * between two single Han characters: `用 UTF-16 编码`, `中文 标题` and Latin words keep theirs.
 */
export function withoutLetterSpacing(text: string): string {
	return letterSpaced.test(text) ? text.replace(/[ \u3000]+/gu, '') : text;
}
