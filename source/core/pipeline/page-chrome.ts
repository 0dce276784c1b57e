import {charLength} from '../text/char-length.js';
import {isShortLine, maxHeadLineLength} from './line-lengths.js';

const chromeLines = new Set([
	'注册', '登录', '註冊', '登入', '注册登录', '登录注册', '首页', '首頁', '返回首页', '返回顶部', '返回頂部',
	'分享', '分享到', '打印', '打印本页', '关闭', '关闭窗口', '收藏', '扫一扫', '掃一掃', '字号', '上一篇', '下一篇',
	'好文', '钦佩', '喜欢', '泪奔', '可爱', '思考', '点赞', '在看', '转发', '评论', '举报', '相关阅读', '相关新闻',
	'推荐阅读', '热门推荐', '更多', '更多新闻', '网友评论',
]);
// Each pattern names a kind of chrome line and the longest such line; a longer one is prose that mentions it.
const chromePatterns: ReadonlyArray<readonly [RegExp, number]> = [
	[/今日推荐|热点推荐|为您推荐|相关推荐/u, 12],
	[/^版权(?:归|所有|声明)|^版權|^copyright|^©/iu, maxHeadLineLength],
	[/^[[［【]?\s*责任编辑\s*[:：]/u, 24],
];
const longestBare = Math.max(...[...chromeLines].map((line) => line.length));
// What is taken out of a line before it is looked up: `\s` (as the spec lists it), separators and bullets.
const whiteSpace = '\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF';
const separators = new Set([...`${whiteSpace}:：|｜/•·●○▪■□-*`].map((character) => character.charCodeAt(0)));

/**
 * Whether a line has more than `limit` units that are no separator or bullet: then it is
 * no known chrome line, and the two regexes that make it bare are spared (a line of
 * prose is decided in a few characters, which adds up on a 50 MB text).
 */
function longerThan(line: string, limit: number): boolean {
	let counted = 0;
	for (let index = 0; index < line.length; index++) {
		if (!separators.has(line.charCodeAt(index)) && ++counted > limit) {
			return true;
		}
	}

	return false;
}

/** Page chrome from a scraped page: login links, share bars, reaction buttons, recommendation headers; always a whole short line. */
export function isChromeLine(line: string): boolean {
	const bare = longerThan(line, longestBare) ? undefined : line.replace(/^[•·●○▪■□\-*\s]+/u, '').replace(/[\s:：|｜/]+/gu, '');
	if (bare !== undefined && chromeLines.has(bare)) {
		return true;
	}

	const trimmed = line.trim();
	return chromePatterns.some(([pattern, longest]) => charLength(trimmed, longest) <= longest && pattern.test(trimmed));
}

/**
 * How many lines at the end are page chrome: a run of short lines (section links,
 * reaction buttons, share bars) is dropped only when it holds at least two known
 * chrome lines, so that a short closing line of the article survives.
 */
export function trailingChromeLength(lines: readonly string[]): number {
	let run = 0;
	let known = 0;
	let counted = 0;
	for (let index = lines.length - 1; index >= 0; index--) {
		const line = lines[index]!;
		if (!isShortLine(line) || /[。！？!?]$/u.test(line)) {
			break;
		}

		run++;
		if (isChromeLine(line)) {
			known++;
			counted = run;
		} else if (/^[\p{Script=Han}]{2,6}(?:新闻|新聞|频道|頻道)$/u.test(line)) {
			// Section links such as 吉林新闻 belong to the run only when chrome surrounds them.
			counted = known > 0 ? run : counted;
		}
	}

	return known >= 2 ? counted : 0;
}
