const han = String.raw`\p{Script=Han}`;
const widths: Readonly<Record<string, string>> = {',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）'};
// Clause marks between Chinese words (a closing quote or bracket may end the word before, an opening one start the next).
const clauseMark = new RegExp(String.raw`(?<=[${han}”’）])[,;:](?=\s*[${han}“‘（])`, 'gu');
// A question or exclamation mark after a Chinese word, unless a Latin word or a number goes on after it.
const sentenceMark = new RegExp(String.raw`(?<=[${han}”’）])[?!](?![A-Za-z0-9])`, 'gu');
// A pair of brackets next to or around Chinese (`常委(扩大)会议`); `(pdf)` between Latin words stays.
const brackets = new RegExp(String.raw`(?<=[${han}])\(([^()\n]{0,60})\)|\(([^()\n]{0,60})\)(?=[${han}])|\(([^()\n]*${han}[^()\n]*)\)`, 'gu');
// ASCII double quotes that pair around Chinese text (`进入"战时"状态`).
const quotes = new RegExp(String.raw`"([^"\n]{0,60}${han}[^"\n]{0,60}?)"`, 'gu');

/**
 * OCR reads Chinese full-width punctuation as ASCII: in an OCR'd document, `, ; : ? !`
 * and brackets between Chinese words become full-width again (`5月11日,市委常委(扩大)`
 * → `5月11日，市委常委（扩大）`) and ASCII double quotes pairing around Chinese become
 * “ ”, so that line-breaking rules apply to them. Latin text and numbers keep theirs.
 */
export function widenPunctuation(text: string): string {
	return text
		.replace(quotes, '“$1”')
		.replace(brackets, (_match, after?: string, before?: string, inside?: string) => `（${after ?? before ?? inside ?? ''}）`)
		.replace(clauseMark, (mark) => widths[mark]!)
		.replace(sentenceMark, (mark) => widths[mark]!);
}
