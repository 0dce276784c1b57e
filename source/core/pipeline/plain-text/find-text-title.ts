import {isChromeLine} from '../page-chrome.js';
import {isByline} from './heading-rules.js';
import {isMetadataLine} from '../metadata/metadata-lines.js';
import type {TextUnit} from '../../text/text-units.js';
import {charLength} from '../../text/char-length.js';
import {isShortLine, maxHeadLineLength, maxSentenceTitleWidth} from '../line-lengths.js';
import {joinWrapped} from '../../text/join-wrapped.js';
import {textWidth} from '../../layout/text-width.js';
import {isCatalogKey} from './help-catalog.js';
import {occurrences} from '../../text/occurrences.js';
import {runsOn, wrapsWith} from './runs-on.js';
import type {BigramCounts} from '../../text/bigram-counts.js';

/** The title of a plain-text document and the unit it came from (-1 when made up). */
export type TextTitle = {
	readonly title: string;
	readonly index: number;
};

const breadcrumb = /^(?:首页|首頁|主页|主頁|当前位置|當前位置|您的位置|你的位置|网站首页)\s*[:：]?\s*(?:[>›»＞/]\s*)+/u;
const separator = /\s*[>›»＞]\s*/u;
const magazineName = /《([^》]{2,20})》\s*(?:编辑部|編輯部|杂志社|雜誌社|编委会)/u;
const issueNumber = /^(\d{4}\s*年\s*第\s*\d+\s*期)(?:\s*[（(].*[)）])?$/u;

/**
 * Finds the title: a breadcrumb's last step (`首頁 > > 标题`), a magazine's name and
 * issue, the short leading line that shares most of its wording with the body, or,
 * with no such line, the first sentence when it is short enough. Undefined when
 * none of these is found: the file name is the title then. A line whose sentence
 * runs on into the next line (`counts` are the text's character pairs) is no title line.
 */
export function findTextTitle(units: readonly TextUnit[], counts: BigramCounts): TextTitle | undefined {
	const crumb = units.slice(0, 3).findIndex((unit) => breadcrumb.test(unit.text));
	if (crumb !== -1) {
		const title = units[crumb]!.text.split(separator).filter(Boolean).at(-1);
		if (title && !breadcrumb.test(title)) {
			return {title, index: crumb};
		}
	}

	return magazineTitle(units) ?? leadingLineTitle(units, counts);
}

function magazineTitle(units: readonly TextUnit[]): TextTitle | undefined {
	if (!units.some((unit) => unit.role === 'toc')) {
		return undefined;
	}

	const issueAt = units.findIndex((unit) => issueNumber.test(unit.text));
	const issue = issueAt === -1 ? undefined : issueNumber.exec(units[issueAt]!.text)![1]!.replace(/\s+/g, '');
	// The masthead names the magazine just above its issue number, unless a `《…》编辑部` line spells it out.
	const masthead = units
		.slice(Math.max(0, issueAt - 2), Math.max(0, issueAt))
		.find((unit) => /\p{Script=Han}/u.test(unit.text) && isShortLine(unit.text))?.text;
	const name = units.map((unit) => magazineName.exec(unit.text)?.[1]).find(Boolean) ?? masthead;
	return name ? {title: issue ? `${name} ${issue}` : name, index: -1} : undefined;
}

function leadingLineTitle(units: readonly TextUnit[], counts: BigramCounts): TextTitle | undefined {
	const leading: number[] = [];
	for (const [index, unit] of units.entries()) {
		const length = charLength(unit.text, maxHeadLineLength);
		// A line cut at the wrap width is the start of a paragraph, never a title.
		// Text above the title is dropped as a banner: a sentence (`…其他人.`) ends the search, so no text is lost.
		// A help catalog's first key opens its first entry: what follows is the entry's, not a title.
		if (length > maxHeadLineLength || /[。！？]|[.!?;；]$/u.test(unit.text) || leading.length >= 8 || unit.full === true || isCatalogKey(unit.text) || goesOn(unit, units[index + 1], units, counts)) {
			break;
		}

		// A line laid out as a heading may be as short as `通知` or `序言`.
		if ((length >= 4 || (length >= 2 && unit.role === 'heading')) && !isMetadataLine(unit.text) && !isChromeLine(unit.text) && !isByline(unit.text) && !isFragment(unit.text)) {
			leading.push(index);
		}
	}

	if (leading.length === 0) {
		const title = firstSentence(openingParagraph(units));
		return title === undefined ? undefined : {title, index: -1};
	}

	// The first pages of the body are enough to tell what it is about.
	const body = units.slice(leading.at(-1)! + 1, 200).map((unit) => unit.text.slice(0, 20_000)).join('').slice(0, 20_000);
	const scored = leading.map((index) => ({index, score: shareOfBigrams(units[index]!.text, body)}));
	const best = scored.reduce((top, next) => (next.score > top.score ? next : top));
	return {title: units[best.index]!.text, index: best.index};
}

// Share of a line's character pairs that recur in the body: a title is about the body; a site banner is not.
function shareOfBigrams(line: string, body: string): number {
	const chars = Array.from(line.replace(/\s+/g, ''));
	if (chars.length < 2) {
		return 0;
	}

	let found = 0;
	for (let index = 1; index < chars.length; index++) {
		found += body.includes(chars[index - 1]! + chars[index]!) ? 1 : 0;
	}

	return found / (chars.length - 1);
}

// A sentence that goes on in the next line of its paragraph (`…的工具和` + `方法。`, `…about the` + `weather today.`) is no title line.
function goesOn(unit: TextUnit, next: TextUnit | undefined, units: readonly TextUnit[], counts: BigramCounts): boolean {
	if (next === undefined || next.role !== 'line' || next.blankBefore === true || unit.breakAfter === true || next.ideographicIndent === true) {
		return false;
	}

	// Typed text tells a paragraph's lines by the blank lines between paragraphs (OCR'd text has a paragraph a line).
	if (next.blankBefore === false && next.breakAfter !== true && wrapsWith(unit.text, next.text)) {
		return true;
	}

	const spelled = (run: string) => units.slice(0, 200).reduce((found, other) => found + occurrences(other.text, run), 0);
	return runsOn(unit.text, next.text, {counts, spelled});
}

// A title is never a line cut mid-clause (`…，`), a licence line or a copyright notice.
function isFragment(text: string): boolean {
	return /[，、,；;]$/u.test(text) || /SPDX-License-Identifier|^copyright\b|^\(c\)|^©/iu.test(text);
}

/**
 * The start of the first paragraph, its lines joined: a hard-wrapped first sentence
 * runs over several lines. A document that opens with a heading has no opening paragraph.
 */
function openingParagraph(units: readonly TextUnit[]): string {
	let text = '';
	const start = units.findIndex((candidate) => !isByline(candidate.text));
	for (const unit of start === -1 ? [] : units.slice(start, start + 8)) {
		if (unit.role !== 'line' || (text !== '' && unit.blankBefore === true)) {
			break;
		}

		text = joinWrapped(text, unit.text.slice(0, 1000));
		if (unit.breakAfter === true) {
			break;
		}
	}

	return text;
}

// A sentence ends at `。！？!?`, at `.` before a space, or at an ellipsis; closing quotes after the mark go with it.
const sentenceEnd = /(?:[。！？!?]+|\.(?=\s)|…{2}|⋯{2})[”’」』）)]*/u;

/** The first sentence of a text, when it has an end and is short enough to be a title; its full stop dropped. */
function firstSentence(text: string): string | undefined {
	const end = sentenceEnd.exec(text);
	if (!end) {
		return undefined;
	}

	const sentence = (end[0] === '。' || end[0] === '.' ? text.slice(0, end.index) : text.slice(0, end.index + end[0].length)).trim();
	const width = textWidth(sentence);
	return width >= 4 && width <= maxSentenceTitleWidth ? sentence : undefined;
}
