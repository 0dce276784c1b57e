import {charLength} from '../text/char-length.js';

const chromeLines = new Set([
	'注册', '登录', '註冊', '登入', '注册登录', '登录注册', '首页', '首頁', '返回首页', '返回顶部', '返回頂部',
	'分享', '分享到', '打印', '打印本页', '关闭', '关闭窗口', '收藏', '扫一扫', '掃一掃', '字号', '上一篇', '下一篇',
	'好文', '钦佩', '喜欢', '泪奔', '可爱', '思考', '点赞', '在看', '转发', '评论', '举报', '相关阅读', '相关新闻',
	'推荐阅读', '热门推荐', '更多', '更多新闻', '网友评论',
]);
// Each pattern names a kind of chrome line and the longest such line; a longer one is prose that mentions it.
const chromePatterns: ReadonlyArray<readonly [RegExp, number]> = [
	[/今日推荐|热点推荐|为您推荐|相关推荐/u, 12],
	[/^版权(?:归|所有|声明)|^版權|^copyright|^©/iu, 60],
	[/^[[［【]?\s*责任编辑\s*[:：]/u, 24],
];

/** Page chrome from a scraped page: login links, share bars, reaction buttons, recommendation headers; always a whole short line. */
export function isChromeLine(line: string): boolean {
	const bare = line.replace(/^[•·●○▪■□\-*\s]+/u, '').replace(/[\s:：|｜/]+/gu, '');
	if (chromeLines.has(bare)) {
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
		if (charLength(line, 20) > 20 || /[。！？!?]$/u.test(line)) {
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
