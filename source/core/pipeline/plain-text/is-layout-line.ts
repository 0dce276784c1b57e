import {indentColumns} from '../../text/line-columns.js';

// Columns aligned by a tab or by a run of spaces between two pieces of text.
const aligned = /\S(?:[ \u3000]*\t[ \t\u3000]*| {3,}|\u3000{2,})\S/u;
const hasWords = /[\p{Script=Han}\p{L}\p{N}]/u;

/**
 * A line laid out with spaces rather than written as running text: aligned columns
 * (`k\t\t提示：…`), a mark of a diagram (`^`, `|`, `+--+`), or a lone letter set
 * deep in the line (`v` under an arrow). Its spacing is content.
 */
export function isLayoutLine(line: string): boolean {
	const text = line.trim();
	if (text === '') {
		return false;
	}

	// A lone full stop ends an entry of a message catalog (GnuPG's help files); it draws nothing.
	if (aligned.test(text) || (!hasWords.test(text) && !/^[.。…]+$/u.test(text))) {
		return true;
	}

	// A lone number is an item's or a page's (`01`), not a diagram's.
	return text.length <= 3 && /^[^\p{Script=Han}\p{N}]+$/u.test(text) && indentColumns(line) >= 8;
}

/**
 * A sample line shown after a line that introduces it (`…那就是：` then `vimtutor <回车>`):
 * indented deeper, no sentence of its own, mostly not Chinese.
 */
export function isSampleLine(line: string, introduction: string | undefined): boolean {
	if (introduction === undefined || !/[:：]\s*$/u.test(introduction)) {
		return false;
	}

	const text = line.trim();
	const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
	const deeper = indentColumns(line) > indentColumns(introduction);
	return deeper && text !== '' && !/[。，！？；]/u.test(text) && han * 2 < Array.from(text).length;
}
