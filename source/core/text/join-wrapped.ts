import {cjkClass} from './cjk.js';

const cjkEdge = new RegExp(`[${cjkClass}]`, 'u');
// No space goes before closing punctuation nor after an opening bracket.
const tight = /^[,.;:!?)\]}%]/u;

/**
 * Joins two pieces of a line that was wrapped: Chinese needs nothing between them,
 * Latin words and numbers need their space back (`hello` + `world`, not `helloworld`).
 */
export function joinWrapped(before: string, after: string): string {
	if (before === '' || after === '') {
		return before + after;
	}

	const last = String.fromCodePoint(before.codePointAt(before.length - 1 - (isLowSurrogate(before.charCodeAt(before.length - 1)) ? 1 : 0))!);
	const first = String.fromCodePoint(after.codePointAt(0)!);
	const tightJoin = cjkEdge.test(last) || cjkEdge.test(first) || tight.test(first) || /[([{]/u.test(last);
	return tightJoin ? before + after : `${before} ${after}`;
}

function isLowSurrogate(unit: number): boolean {
	return unit >= 0xDC_00 && unit <= 0xDF_FF;
}
