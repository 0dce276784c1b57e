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

// The opening clause of a sentence, not of a heading: when (`疫情爆发以来,`, `接到命令的那一刻,`) or what for (`为…,`).
const openingClause = /^(?:[^，,]*(?:以来|那一刻|之际|期间|[上下]午|晚上|当天|当日)|(?:为了?|随着|面对|自从)[^，,]{2,})[，,]/u;
// A post and the first character of the name after it (`护士长常` + `天娇`): news names people this way.
const postAndSurname = /(?:护士长|书记|主任|院长|队长|局长|部长|支书|所长|站长|医生|民警|老师)\p{Script=Han}$/u;

/**
 * A short line that is the start of a sentence cut by the page, not a heading: it
 * opens with a clause of time or purpose (`接到命令的那一刻,段伟知道,吉林市`), or stops
 * after a post and a surname (`…护士长常`).
 */
export function isCutSentence(line: string): boolean {
	return openingClause.test(line) || postAndSurname.test(line);
}
