const han = String.raw`\p{Script=Han}`;
const widths: Readonly<Record<string, string>> = {',': '，', ';': '；', ':': '：', '?': '？', '!': '！'};
// ASCII double quotes that pair around Chinese text (`进入"战时"状态`).
const quotes = new RegExp(String.raw`"([^"\n]{0,60}${han}[^"\n]{0,60}?)"`, 'gu');
// A pair of brackets with no bracket or line break inside; the replacer decides whether it is Chinese.
const brackets = /\(([^()\n]*)\)/gu;
// Clause marks before a Chinese word (an opening quote or bracket may start it); the replacer checks the word before.
const clauseMark = new RegExp(String.raw`[,;:](?=\s*[${han}“‘（])`, 'gu');
// A question or exclamation mark, unless a Latin word or a number goes on after it; the replacer checks the word before.
const sentenceMark = /[?!](?![A-Za-z0-9])/gu;
// What ends a Chinese word before a mark: a character, or a closing quote or bracket.
const wordEnd = new RegExp(String.raw`[${han}”’）]$`, 'u');
const endsInHan = new RegExp(`${han}$`, 'u');
const startsWithHan = new RegExp(`^${han}`, 'u');
const holdsHan = new RegExp(han, 'u');

/**
 * OCR reads Chinese full-width punctuation as ASCII: in an OCR'd document, `, ; : ? !`
 * and brackets between Chinese words become full-width again (`5月11日,市委常委(扩大)`
 * → `5月11日，市委常委（扩大）`) and ASCII double quotes pairing around Chinese become
 * “ ”, so that line-breaking rules apply to them. Latin text and numbers keep theirs.
 */
export function widenPunctuation(text: string): string {
	// Each rule needs its ASCII mark: most paragraphs lack most of them, and a scan for one is cheap beside the rule.
	// The character before a mark is checked in the replacer, not by a look-behind, which would be tried at every character.
	let widened = text.includes('"') ? text.replace(quotes, '“$1”') : text;
	widened = widened.includes('(') ? widened.replace(brackets, widenBrackets) : widened;
	widened = /[,;:]/u.test(widened) ? widened.replace(clauseMark, widenAfterWord) : widened;
	return /[?!]/u.test(widened) ? widened.replace(sentenceMark, widenAfterWord) : widened;
}

/** `(扩大)` after or before a Chinese character (what is inside up to 60 characters), or around Chinese text (any length). */
function widenBrackets(match: string, inside: string, offset: number, whole: string): string {
	const short = [...inside].length <= 60;
	const beside = endsInHan.test(before(whole, offset)) || startsWithHan.test(whole.slice(offset + match.length, offset + match.length + 2));
	return (short && beside) || holdsHan.test(inside) ? `（${inside}）` : match;
}

/** A mark after a Chinese word, full-width; any other as it is. */
function widenAfterWord(mark: string, offset: number, whole: string): string {
	return wordEnd.test(before(whole, offset)) ? widths[mark]! : mark;
}

/** The (up to two) units before `offset`: enough for one character, astral ones included. */
function before(text: string, offset: number): string {
	return text.slice(Math.max(0, offset - 2), offset);
}
