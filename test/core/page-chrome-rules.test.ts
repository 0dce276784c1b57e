import {describe, expect, test} from 'vitest';
import {isChromeLine, trailingChromeLength} from '../../source/core/pipeline/page-chrome.js';

describe('isChromeLine', () => {
	test.each([
		['注册', true],
		['· 分享到：', true],
		['返回顶部', true],
		['- 收藏', true],
		['今日推荐', true],
		['【为您推荐】', true],
		['版权所有 © 某某县人民政府', true],
		['Copyright 2022 新华网', true],
		['责任编辑：张三', true],
		['［责任编辑：李四］', true],
		// Prose that mentions chrome is text: the word is part of a sentence, or the line is long.
		['注册会计师考试', false],
		['分享一个故事', false],
		['今日推荐的三本书都与乡村振兴有关，值得一读', false],
		['版权归作者所有。本文转载自某某公众号，内容仅供学习交流，如有侵权请联系删除，我们将在第一时间处理，谢谢各位读者的理解和支持。', false],
		['版权归作者所有。本文转载自某某公众号，内容仅供学习交流。', true],
		['责任编辑说：这篇稿子还要改，下午三点前交给我，别忘了', false],
	])('%j is %s', (line, expected) => {
		expect(isChromeLine(line)).toBe(expected);
	});
});

describe('trailingChromeLength', () => {
	test.each([
		[['正文最后一句。', '分享', '收藏'], 2],
		// A section link belongs to the run when chrome surrounds it.
		[['正文最后一句。', '吉林新闻', '分享', '收藏'], 3],
		[['正文最后一句。', '分享', '收藏', '吉林新闻'], 3],
		// One known chrome line is not enough: a short closing line of the article survives.
		[['正文最后一句。', '谢谢大家', '分享'], 0],
		[['正文最后一句。', '谢谢大家'], 0],
		// Short lines of the article above the chrome stay.
		[['正文最后一句。', '（完）', '点赞', '在看', '转发'], 3],
		// A sentence ends the run.
		[['分享', '收藏', '这是一句话。', '点赞'], 0],
		[[], 0],
	])('%j ends in %i chrome lines', (lines, length) => {
		expect(trailingChromeLength(lines)).toBe(length);
	});
});
