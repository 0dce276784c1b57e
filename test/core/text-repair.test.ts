import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {sanitize} from '../../source/core/text/sanitize.js';
import {joinCjkSpaces} from '../../source/core/pipeline/join-cjk-spaces.js';
import {stripAnnotations} from '../../source/core/pipeline/strip-annotations.js';
import {widenPunctuation} from '../../source/core/pipeline/plain-text/widen-punctuation.js';
import {parseDate} from '../../source/core/pipeline/metadata/parse-date.js';
import {isXmlFeed, sniffMarkup} from '../../source/core/pipeline/sniff-markup.js';
import {isByline, isCaption, isDateline, isPageNumber, looksLikeHeading, numberedHeadingLevel} from '../../source/core/pipeline/plain-text/heading-rules.js';

const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

describe('sanitize', () => {
	test.each([
		['\u001B[31m红\u001B[0m字', '红字'],
		['标题\u001B]0;pwned\u0007正文', '标题正文'],
		['剪贴\u001B]52;c;cm0gLXJm\u001B\\板', '剪贴板'],
		['响\u0007铃\b\b退', '响铃退'],
		['一\r\n二\r三', '一\n二\n三'],
		['\u202Eabc\u202C和\u2066x\u2069', 'abc和x'],
		['C1\u0085和\u009B31m', 'C1和'],
		['tab\tstays', 'tab\tstays'],
		// Emoji sequences terminals measure differently show as their first emoji; ZWJ in Indic text stays.
		['家庭👨‍👩‍👧‍👦彩虹🏳️‍🌈赞👍🏽程序员👩🏽‍💻', '家庭👨彩虹🏳️赞👍程序员👩'],
		['🇨🇳❤️1️⃣🏽क्‍ष', '🇨🇳❤️1️⃣🏽क्‍ष'],
	])('%j → %j', (input, expected) => {
		expect(sanitize(input)).toBe(expected);
	});

	test('no control character survives any input, and sanitizing twice changes nothing', () => {
		const pieces = fc.constantFrom('\u001B', '[', ']', '0', ';', 'm', '\u0007', '\u009B', '\u202E', '\u2066', '\r', '\n', '\t', '\u007F', '汉', '字', 'a', '\\', 'P');
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 40}), (parts) => {
				const once = sanitize(parts.join(''));
				expect(once).not.toMatch(control);
				expect(sanitize(once)).toBe(once);
			}),
		);
	});
});

describe('joinCjkSpaces', () => {
	test.each([
		['已 经驻守', '已经驻守'],
		['全市 1669 个党组织', '全市1669个党组织'],
		['微信、QQ 等 online tools', '微信、QQ 等 online tools'],
		['三级联动齐战疫 众志成城践初心', '三级联动齐战疫 众志成城践初心'],
		['闻令即动,坚决扛起疫情防控政治责 任', '闻令即动,坚决扛起疫情防控政治责任'],
		['主办 中共吉林市委组织部', '主办 中共吉林市委组织部'],
		['这是一个很长的句子, 中间有 空格也要去掉，因为它是正文。', '这是一个很长的句子,中间有空格也要去掉，因为它是正文。'],
		['严格要求,确保排查工作无死角,在规 定时限内完成任务', '严格要求,确保排查工作无死角,在规定时限内完成任务'],
		['白衣作战袍 手足情更浓', '白衣作战袍 手足情更浓'],
	])('%j → %j', (input, expected) => {
		expect(joinCjkSpaces(input)).toBe(expected);
	});
});

describe('stripAnnotations', () => {
	test.each([
		['發(fā)揮模范', '發揮模范'],
		['堅(jiān)守一線', '堅守一線'],
		['做好安撫?!?/span>', '做好安撫\uFFFD'],
		['中文(pdf)文件', '中文(pdf)文件'],
		['(記者 劉煥輝)', '(記者 劉煥輝)'],
		['<p>段落</p>', '<p>段落</p>'],
		['因?yàn)橐咔榘l(fā)生後口罩', '因\uFFFD生後口罩'],
		['榘l(fā)生', '\uFFFD生'],
		['協助當?shù)孛湃', '協助當\uFFFD孛湃'],
		['PDF(pdf)文件', 'PDF(pdf)文件'],
	])('%j → %j', (input, expected) => {
		expect(stripAnnotations(input)).toBe(expected);
	});
});

describe('parseDate', () => {
	test.each([
		['2022.04.13', '2022-04-13'],
		['2022年3月25日 10:20', '2022-03-25'],
		['Fri, 25 Mar 2022 12:59:12 GMT', '2022-03-25'],
		['2021-07-01', '2021-07-01'],
		['2022-02-30', undefined],
		['2020年6月', undefined],
		['5月9日', undefined],
	])('%j → %j', (input, expected) => {
		expect(parseDate(input)).toBe(expected);
	});
});

describe('sniffMarkup', () => {
	test.each([
		['<div><p>一</p><p>二</p><p>三</p></div>', 'html'],
		['<!DOCTYPE html><title>x</title>', 'html'],
		['# 标题\n\n正文', 'markdown'],
		['# Copyright (C) 2004 Free Software Foundation\n# This file is part of GnuPG.\n#\n# GnuPG is free software.\n\n.gpg.edit.help\n帮助文本。', 'text'],
		['#!/bin/sh\n# 注释\necho 你好', 'text'],
		['说明\n\n```\ncode\n```\n', 'markdown'],
		['- 04 信念至上\n- 07 以硬核作风\n正文', 'text'],
		['做好安撫?!?/span>\n下一段', 'text'],
		['普通的一段话。', 'text'],
		['# 说明\n\n页面的 `<html>` 元素和 `<body>` 元素都保留。\n', 'markdown'],
		['说明\n\n```html\n<!DOCTYPE html>\n<html><body><p>例子</p></body></html>\n```\n\n正文。\n', 'markdown'],
		['<p align="center"><img src="logo.png"></p>\n<div align="center"><br></div>\n\n# 标题\n\n正文一段。\n', 'markdown'],
		['<p>一</p><p>二</p><p>三 `代码`</p>', 'html'],
	])('%j is %s', (input, expected) => {
		expect(sniffMarkup(input)).toBe(expected);
	});
});

describe('isXmlFeed', () => {
	// A real page (a news site's) opens with a comment and holds a run of them further on: as one pattern,
	// the test took twice as long for each comment more, and this one never ended.
	const commentedPage = `<!--http://news.example.cn/1.htm-->\n<html><body><p>正文</p>${'<!--广告位-->'.repeat(200)}</body></html>`;
	test.each([
		['<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>', true],
		['<!-- 生成于 2024 --><?xml-stylesheet href="feed.xsl"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', true],
		['\uFEFF  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', true],
		['<RSS>', true],
		[commentedPage, false],
		['<!-- 没有结束的注释 <rss>', false],
		['<?xml version="1.0"', false],
		['<rssfeed>', false],
		['<p>关于 <rss> 的说明</p>', false],
		['', false],
	])('%j: %s', (text, expected) => {
		expect(isXmlFeed(text)).toBe(expected);
	});

	test('a commented page sniffs as a page', () => {
		expect(sniffMarkup(commentedPage)).toBe('html');
	});
});

describe('heading rules', () => {
	test.each([
		['第三章 总则', 1],
		['第二节 适用范围', 2],
		['第十条', 3],
		['一、提高思想认识', 1],
		['（二）强化值班值守', 2],
		['1. 适用范围', 3],
		['2022年的工作', 0],
		['1.5倍', 0],
	])('numbered level of %j is %i', (line, level) => {
		expect(numberedHeadingLevel(line)).toBe(level);
	});

	test.each([
		[isDateline, '长春普阳街道——', true],
		[isDateline, '长春——驻村干部', false],
		[isByline, '(記者 劉煥輝)', true],
		[isByline, '本报记者 张鹤', true],
		[isByline, '文／王晓燕', true],
		[isByline, '文明城市创建工作', false],
		[isByline, '本報記者 王小明', true],
		[isByline, '本刊编辑 李华', true],
		[isByline, '摄影 张三', true],
		[isByline, '攝：李四', true],
		[isByline, '摄影技巧十讲：构图与用光', false],
		[isCaption, '隋庆(左一)带领队员开展信息核查工作', true],
		[isPageNumber, '—13—', true],
		[isPageNumber, '01', true],
		[isPageNumber, '2022年', false],
		[looksLikeHeading, '一个支部就是一座堡垒', true],
		[looksLikeHeading, '——全市组织部门抗击疫情在行动', false],
		[looksLikeHeading, '曙光已现,终见希望,江城必胜。', false],
	] as const)('%o(%j) is %s', (rule, line, expected) => {
		expect(rule(line)).toBe(expected);
	});
});

test('a number between phrases of a short line is not a phrase of its own', () => {
	expect(joinCjkSpaces('一声令下,全市 1669 个党组织迅速进入"战时"状态')).toBe('一声令下,全市1669个党组织迅速进入"战时"状态');
});

describe('widenPunctuation', () => {
	test.each([
		['5月11日,市委常委(扩大)会议暨', '5月11日，市委常委（扩大）会议暨'],
		['全市1669个党组织迅速进入"战时"状态', '全市1669个党组织迅速进入“战时”状态'],
		['你们都不要命了吗?全村上下', '你们都不要命了吗？全村上下'],
		['一定能飘得更红!"', '一定能飘得更红！"'],
		['防控;责任:落实', '防控；责任：落实'],
		['174户,375人', '174户,375人'],
		['version 1.7 (beta), ok: yes?', 'version 1.7 (beta), ok: yes?'],
		['用 "UTF-16" 编码', '用 "UTF-16" 编码'],
	])('%j → %j', (input, expected) => {
		expect(widenPunctuation(input)).toBe(expected);
	});

	test('only punctuation changes, one character for one', () => {
		const pieces = fc.constantFrom('中', '文', 'a', 'b', '1', ',', ';', ':', '?', '!', '(', ')', '"', ' ', '“', '”', '\n');
		const bare = (text: string) => text.replace(/[,;:?!()"，；：？！（）“”]/gu, '');
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 40}), (parts) => {
				const text = parts.join('');
				const once = widenPunctuation(text);
				expect(bare(once)).toBe(bare(text));
				expect(once.length).toBe(text.length);
			}),
		);
	});

	test('the same as the rules written as look-behind patterns, on any mix of marks', () => {
		// The rules as first written: clear, but a look-behind is tried at every character of a 50 MB text.
		const han = String.raw`\p{Script=Han}`;
		const widths: Record<string, string> = {',': '，', ';': '；', ':': '：', '?': '？', '!': '！'};
		const reference = (text: string) => text
			.replace(new RegExp(String.raw`"([^"\n]{0,60}${han}[^"\n]{0,60}?)"`, 'gu'), '“$1”')
			.replace(new RegExp(String.raw`(?<=[${han}])\(([^()\n]{0,60})\)|\(([^()\n]{0,60})\)(?=[${han}])|\(([^()\n]*${han}[^()\n]*)\)`, 'gu'), (_match, after?: string, before?: string, inside?: string) => `（${after ?? before ?? inside ?? ''}）`)
			.replace(new RegExp(String.raw`(?<=[${han}”’）])[,;:](?=\s*[${han}“‘（])`, 'gu'), (mark) => widths[mark]!)
			.replace(new RegExp(String.raw`(?<=[${han}”’）])[?!](?![A-Za-z0-9])`, 'gu'), (mark) => widths[mark]!);
		const pieces = fc.constantFrom('中', '𠀀', 'a', '1', ',', ';', ':', '?', '!', '(', ')', '"', ' ', '“', '”', '）', '（', '\n', 'x'.repeat(61));
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 40}), (parts) => {
				const text = parts.join('');
				expect(widenPunctuation(text)).toBe(reference(text));
			}),
			{numRuns: 2000},
		);
	});
});
