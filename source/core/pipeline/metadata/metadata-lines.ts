import {charLength} from '../../text/char-length.js';
import {chineseStop} from '../../text/cjk.js';
import {creditWords, wordGroup} from '../../text/credit-words.js';
import {maxHeadLineLength} from '../line-lengths.js';

/** Labels whose value is a document's date, author or source. */
export const valueLabels = {
	date: ['发布日期', '發佈日期', '发布时间', '發佈時間', '发表时间', '日期', '时间', '時間'],
	author: ['作者', ...creditWords.reporter],
	source: ['来源', '來源', '发布机构', '發佈機構', '出处', '出處'],
} as const;

const editorLabels = ['编辑', '編輯', '责任编辑'];

/** Labels that introduce a metadata value in a page header or footer. */
export const metadataLabels: readonly string[] = [
	...valueLabels.date, ...valueLabels.author, ...valueLabels.source, ...editorLabels,
	'索引号', '文号', '主题词', '主题 词', '主题分类', '浏览次数', '点击数', '字号',
];

const label = new RegExp(`(?:^|\\s)(?:${metadataLabels.map((name) => name.replace(' ', '\\s*')).join('|')})\\s*[:：]`, 'u');
// `【来源：新华社】`, `[责任编辑：张三]`: a source or an editor in brackets.
const bracketed = new RegExp(`^[【[［]\\s*${wordGroup([...valueLabels.source, ...editorLabels])}\\s*[:：][^】\\]］]*[】\\]］]$`, 'u');

/** A header or footer line made of `label: value` pairs (`发布日期: 2022.04.13 索引号: …`). */
export function isMetadataLine(line: string): boolean {
	// Both rules need a colon; most lines have none, and a scan for one is cheap beside the label rule's.
	if (!line.includes(':') && !line.includes('：')) {
		return false;
	}

	if (bracketed.test(line)) {
		return true;
	}

	// A sentence that merely mentions 来源: is body text; header lines are short or start with a label.
	const found = label.exec(line);
	if (!found) {
		return false;
	}

	const short = charLength(line, maxHeadLineLength) <= maxHeadLineLength && !chineseStop.test(line);
	return short || (found.index === 0 && !chineseStop.test(line));
}

/** The value after a label in metadata lines: `发布机构: 北乡义镇 文号:` → `北乡义镇`. */
export function labelValue(line: string, names: readonly string[]): string | undefined {
	const pattern = new RegExp(`(?:^|[\\s【[［(（])(?:${names.join('|')})\\s*[:：]\\s*([^\\s】\\]］)）]+(?:\\s+[^\\s:：】\\]］)）]+)*?)(?=\\s+\\S+\\s*[:：]|\\s*[】\\]］)）]|\\s*$)`, 'u');
	const value = pattern.exec(line)?.[1]?.trim();
	return value || undefined;
}
