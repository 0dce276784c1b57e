/**
 * Chinese line-breaking rules as data: W3C clreq "basic" level plus the common
 * zh-CN kinsoku sets of word processors, and the classes the wrapper derives
 * from them.
 */

/** Characters that never start a line (closing marks, pauses, dashes, units), full- and half-width. */
export const forbiddenAtStart: ReadonlySet<string> = new Set([
	...'，。、；：？！）］｝〕〉》」』】〗〙〟’”…‥·・—–～％‰℃°',
	...',.;:?!)]}%',
	// Full-width and half-width forms of the same marks, and the dashes/ellipses used like `—` and `…`.
	...'．｡､｣―⋯﹐﹒﹔﹕﹖﹗',
]);

/** Characters that never end a line (opening marks, currency prefixes). */
export const forbiddenAtEnd: ReadonlySet<string> = new Set([
	...'（［｛〔〈《「『【〖〘“‘',
	...'([{',
	...'￥$£',
	...'｢＄￡¥',
]);

/** Pairs never split across lines (the doubled dashes and ellipses). */
export const inseparablePairs: readonly string[] = ['——', '……', '⋯⋯', '――', '‥‥'];

/** Line-breaking class of a cluster, decided by its first code point. */
export const BreakClass = {
	/** Han, kana, full-width forms, emoji, other wide characters: break on either side. */
	ideographic: 0,
	/** Latin letters, symbols and other narrow characters: glued to their narrow neighbours. */
	alphabetic: 1,
	/** ASCII and full-width digits: glued to letters, loosely glued to a following Han unit. */
	numeric: 2,
	/** A forbidden-at-end character. */
	opening: 3,
	/** A forbidden-at-start character. */
	closing: 4,
	/** The ASCII quotes `"` and `'` (which do not say whether they open or close) and no-break spaces: glued on both sides. */
	quote: 5,
	/** Space or tab: hangs at the end of a line; breaks come after it. */
	space: 6,
	/** A newline: a mandatory break after it. */
	newline: 7,
	/** A zero-width space: a break opportunity after it. */
	zeroWidthSpace: 8,
} as const;

/** Line-breaking class of a cluster. */
export type BreakClass = (typeof BreakClass)[keyof typeof BreakClass];

/** How a break between two clusters is allowed; a higher value is a better place to break. */
export const BreakKind = {
	/** Against a kinsoku rule (or before a space): only when nothing else fits at all. */
	forbidden: 0,
	/** Inside a word, number, URL or quote glue: only to cut a run wider than the line. */
	glued: 1,
	/** Between a number and its Han unit (`150|多`): only when the line has no normal opportunity. */
	reluctant: 2,
	/** A normal break opportunity. */
	allowed: 3,
	/** Always (after a newline). */
	mandatory: 4,
} as const;

/** How a break between two clusters is allowed. */
export type BreakKind = (typeof BreakKind)[keyof typeof BreakKind];

/** Whether a code point is East Asian Wide or Fullwidth (ignoring ambiguous), roughly. */
function isWideCodePoint(cp: number): boolean {
	return (cp >= 0x11_00 && cp <= 0x11_5F)
		|| (cp >= 0x2E_80 && cp <= 0xA4_CF && cp !== 0x30_3F)
		|| (cp >= 0xAC_00 && cp <= 0xD7_A3)
		|| (cp >= 0xF9_00 && cp <= 0xFA_FF)
		|| (cp >= 0xFE_10 && cp <= 0xFE_19)
		|| (cp >= 0xFE_30 && cp <= 0xFE_6F)
		|| (cp >= 0xFF_00 && cp <= 0xFF_60)
		|| (cp >= 0xFF_E0 && cp <= 0xFF_E6)
		|| (cp >= 0x1_F3_00 && cp <= 0x1_FA_FF)
		|| (cp >= 0x2_00_00 && cp <= 0x3_FF_FD);
}

/** Break class of the cluster text[start, end). */
export function breakClassOf(text: string, start: number, end: number): BreakClass {
	const cp = text.codePointAt(start) ?? 0;
	const character = String.fromCodePoint(cp);
	if (forbiddenAtStart.has(character)) {
		return BreakClass.closing;
	}

	if (forbiddenAtEnd.has(character)) {
		return BreakClass.opening;
	}

	switch (cp) {
		case 0x20: case 0x09: { return BreakClass.space; }
		case 0x0A: case 0x0D: case 0x20_28: case 0x20_29: { return BreakClass.newline; }
		case 0x20_0B: { return BreakClass.zeroWidthSpace; }
		case 0x22: case 0x27: case 0xA0: case 0x20_2F: { return BreakClass.quote; }
		default: { break; }
	}

	if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0xFF_10 && cp <= 0xFF_19)) {
		return BreakClass.numeric;
	}

	// An emoji presentation sequence (text symbol + VS16) behaves like an ideograph.
	const wide = isWideCodePoint(cp) || (end - start > 1 && text.charCodeAt(end - 1) === 0xFE_0F);
	return wide ? BreakClass.ideographic : BreakClass.alphabetic;
}

/** Whether the two clusters form one of the inseparable pairs. */
function isInseparable(before: string, after: string): boolean {
	return before === after && inseparablePairs.includes(before + after);
}

/** Context for deciding a break: the clusters around it and the last non-space class before it. */
export type BreakContext = {
	readonly before: BreakClass;
	/** Class of the last cluster before the break that is not a space (for `“ |x`). */
	readonly beforeNonSpace: BreakClass;
	readonly after: BreakClass;
	readonly beforeText: string;
	readonly afterText: string;
};

/** How a break between two clusters is allowed. */
export function breakBetween({before, beforeNonSpace, after, beforeText, afterText}: BreakContext): BreakKind {
	if (before === BreakClass.newline) {
		return BreakKind.mandatory;
	}

	// Spaces stay with what precedes them; closing marks never start a line, even after a space.
	if (after === BreakClass.space || after === BreakClass.newline || after === BreakClass.closing) {
		return BreakKind.forbidden;
	}

	if (beforeNonSpace === BreakClass.opening || isInseparable(beforeText, afterText)) {
		return BreakKind.forbidden;
	}

	if (before === BreakClass.space || before === BreakClass.zeroWidthSpace) {
		return BreakKind.allowed;
	}

	return breakBetweenVisible(before, after, beforeText, afterText);
}

/** Classes whose clusters form words, numbers and URLs. */
function isWordClass(c: BreakClass): boolean {
	return c === BreakClass.alphabetic || c === BreakClass.numeric;
}

/** Whether a cluster is an ASCII mark (narrow bracket, comma, period…), part of words and URLs. */
function isAsciiMark(text: string): boolean {
	return text.length === 1 && text.charCodeAt(0) < 0x80;
}

/** Break between two visible clusters that no kinsoku rule governs. */
function breakBetweenVisible(before: BreakClass, after: BreakClass, beforeText: string, afterText: string): BreakKind {
	if (before === BreakClass.quote || after === BreakClass.quote) {
		return BreakKind.glued;
	}

	// Words, numbers (`1,000`, `3.14`) and URLs stay whole, including ASCII marks inside them (`f(x)`, `a.b/c?d`).
	const wordBefore = isWordClass(before) || (before === BreakClass.closing && isAsciiMark(beforeText));
	const wordAfter = isWordClass(after) || (after === BreakClass.opening && isAsciiMark(afterText));
	if (wordBefore && wordAfter) {
		return BreakKind.glued;
	}

	if (before === BreakClass.numeric && after === BreakClass.ideographic) {
		return BreakKind.reluctant;
	}

	return BreakKind.allowed;
}
