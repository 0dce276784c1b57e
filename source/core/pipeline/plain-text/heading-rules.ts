import {headingCannotEnd, sentenceStops} from '../../text/cjk.js';
import {charLength} from '../../text/char-length.js';
import {creditWords, wordGroup} from '../../text/credit-words.js';
import {maxHeadingLength} from '../line-lengths.js';

const chineseNumber = '[一二三四五六七八九十百零〇两]+';
const numbered: ReadonlyArray<readonly [RegExp, number]> = [
	[new RegExp(`^第${chineseNumber}[章篇部编]`, 'u'), 1],
	[new RegExp(`^第${chineseNumber}节`, 'u'), 2],
	[new RegExp(`^第${chineseNumber}条`, 'u'), 3],
	[new RegExp(`^${chineseNumber}[、．.]`, 'u'), 1],
	[new RegExp(`^[（(]${chineseNumber}[）)]`, 'u'), 2],
	[/^\d{1,2}[、．.](?!\d)\s*\S/u, 3],
];

/** Level of a numbered heading (`第一章`, `一、`, `（一）`, `1.`), or 0 when the line is not one. */
export function numberedHeadingLevel(line: string): number {
	for (const [pattern, level] of numbered) {
		if (pattern.test(line)) {
			return level;
		}
	}

	return 0;
}

/** A dateline that introduces the next line's title: `长春普阳街道——`. */
export function isDateline(line: string): boolean {
	return /^[\p{Script=Han}·]{2,12}(?:——|—|--)$/u.test(line);
}

const creditWord = `${wordGroup(creditWords.staff)}?${wordGroup(creditWords.person)}`;
const bracketedCredit = new RegExp(`^[(（]\\s*${creditWord}[\\s:：]*[^)）]+[)）]$`, 'u');
const bareCredit = new RegExp(`^${creditWord}\\s*[:：/／]?\\s*[\\p{Script=Han}·\\s]{2,20}$`, 'u');
// One-character credits (`文／王晓燕`) need their slash or colon, or every 文… line would be one.
const shortCredit = new RegExp(`^${wordGroup(creditWords.short)}\\s*[:：/／]\\s*[\\p{Script=Han}·\\s]{2,20}$`, 'u');

/** A byline or credit: `(记者 刘焕辉)`, `本报记者 张鹤`, `(作者:…)`. */
export function isByline(line: string): boolean {
	return bracketedCredit.test(line) || bareCredit.test(line) || shortCredit.test(line);
}

/** A photo caption: it credits positions in the picture (`(左一)`). */
export function isCaption(line: string): boolean {
	return /[(（]\s*[左右中前后後][一二三四五六七八九]?\s*[)）]/u.test(line);
}

/** A page number or item number standing alone. */
export function isPageNumber(line: string): boolean {
	return /^(?:[-—–]?\s*\d{1,4}\s*[-—–]?|第\s*\d+\s*页|\d+\s*\/\s*\d+)$/u.test(line);
}

const hasSentenceStop = new RegExp(`[${sentenceStops}]`, 'u');

/** A short standalone line that reads as a heading: no sentence-final punctuation, not a credit. */
export function looksLikeHeading(line: string): boolean {
	const length = charLength(line, maxHeadingLength);
	if (length < 4 || length > maxHeadingLength || headingCannotEnd.test(line) || hasSentenceStop.test(line)) {
		return false;
	}

	if (/^[—–-]|^[(（[【]/u.test(line) || !/\p{Script=Han}/u.test(line)) {
		return false;
	}

	return !isByline(line) && !isCaption(line) && !isPageNumber(line);
}

// Share of a line's pairs found again at the next line's start that makes it a copy.
const echoShare = 0.6;

/**
 * Whether a short line is a garbled copy of the start of the next one, as OCR leaves
 * when it reads a photo's caption twice (`…总支部公党员 社区党员生` over `…总支部分党员、
 * 社区党员志愿者…`): most of its character pairs recur there, yet it is no prefix of it.
 * A heading says something the paragraph under it does not open with, or repeats it exactly.
 */
export function isEchoOf(line: string, next: string): boolean {
	const chars = Array.from(line.replace(/\s+/gu, ''));
	const start = next.replace(/\s+/gu, '').slice(0, line.length + 4);
	if (chars.length < 4 || start.startsWith(chars.join(''))) {
		return false;
	}

	let found = 0;
	for (let index = 1; index < chars.length; index++) {
		found += start.includes(chars[index - 1]! + chars[index]!) ? 1 : 0;
	}

	return found >= echoShare * (chars.length - 1);
}
