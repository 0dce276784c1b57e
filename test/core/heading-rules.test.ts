import {describe, expect, test} from 'vitest';
import {isCaption, isDateline, isEchoOf, isPageNumber, looksLikeHeading, numberedHeadingLevel} from '../../source/core/pipeline/plain-text/heading-rules.js';
import {markStrongHeadings} from '../../source/core/pipeline/plain-text/mark-strong-headings.js';
import type {TextUnit} from '../../source/core/text/text-units.js';

const line = (text: string, extra: Partial<TextUnit> = {}): TextUnit => ({text, role: 'line', level: 0, indent: 0, ...extra});

describe('looksLikeHeading', () => {
	test.each([
		['一个支部就是一座堡垒', true],
		['疫情防控', true],
		// At most 32 characters.
		[`${'一'.repeat(30)}堡垒`, true],
		// Too long, too short, or no Chinese.
		[`${'一'.repeat(31)}堡垒`, false],
		['堡垒', false],
		['Chapter One', false],
		// Sentence punctuation anywhere, or a clause left open at the end.
		['曙光已现,终见希望,江城必胜。', false],
		['坚持人民至上；生命至上', false],
		['为了打赢这场战争，', false],
		['他们的回答是：', false],
		// Subtitles, bracketed notes, credits, captions and page numbers are not headings.
		['——全市组织部门抗击疫情在行动', false],
		['（记者 刘焕辉）', false],
		['【编者按】', false],
		['本报记者 张鹤', false],
		['隋庆(左一)带领队员开展信息核查', false],
	])('%j is %s', (text, expected) => {
		expect(looksLikeHeading(text)).toBe(expected);
	});
});

describe('isEchoOf: a caption OCR read twice', () => {
	test.each([
		['a garbled copy of the next line\'s start', '丰满区华西社区临时党总支部公党员 社区党员生', '丰满区华西社区临时党总支部分党员、社区党员志愿者林学院小区疫情防控卡点重温入党誓词', true],
		['a heading the paragraph repeats exactly', '疫情就是命令', '疫情就是命令，防控就是责任。', false],
		['a heading over a paragraph on its subject', '筑牢第一道屏障', '乌拉街中队辖区地处吉林市区和舒兰交界，是第一道屏障。', false],
		['a heading that shares a few words', '党员带头，织密红色安全网', '自蛟河市从严强化疫情管控措施实施以来，党员带头织密安全网。', false],
		['too short to tell', '社区', '社区党员志愿者', false],
	])('%s', (_case, line, next, expected) => {
		expect(isEchoOf(line, next)).toBe(expected);
	});
});

describe('small rules', () => {
	test.each([
		[numberedHeadingLevel, '第一篇 总论', 1],
		[numberedHeadingLevel, '第十二章', 1],
		[numberedHeadingLevel, '(三)加强宣传', 2],
		[numberedHeadingLevel, '十、附则', 1],
		[numberedHeadingLevel, '12.完善制度', 3],
		[numberedHeadingLevel, '123. 不是标题', 0],
		[numberedHeadingLevel, '第一时间赶到现场', 0],
		[isDateline, '吉林市——', true],
		[isDateline, '长春普阳街道--', true],
		[isDateline, '长——', false],
		[isDateline, '长春普阳街道办事处某某社区委员会——', false],
		[isCaption, '图为志愿者(右二)在登记', true],
		[isCaption, '右一是我的同事', false],
		[isPageNumber, '- 7 -', true],
		[isPageNumber, '第 3 页', true],
		[isPageNumber, '3/12', true],
		[isPageNumber, '12345', false],
	] as const)('%o(%j) is %s', (rule, text, expected) => {
		expect((rule as (line: string) => unknown)(text)).toBe(expected);
	});
});

describe('markStrongHeadings', () => {
	test.each([
		['a numbered heading', [line('一、提高思想认识')], [['heading', 1]]],
		['a section number', [line('第二节 适用范围')], [['heading', 2]]],
		['a dateline', [line('长春普阳街道——')], [['heading', 1]]],
		['a numbered line that runs on as a sentence stays a line', [line('一、提高思想认识，')], [['line', 0]]],
		['a numbered line longer than a heading stays a line', [line(`一、${'认'.repeat(31)}`)], [['line', 0]]],
		['a numbered line as long as a heading is one', [line(`一、${'认'.repeat(30)}`)], [['heading', 1]]],
		['typed steps that follow each other stay lines', [line('1. 打开文件', {marker: '1.'}), line('2. 保存文件', {marker: '2.'})], [['line', 0], ['line', 0]]],
		['a step that reads on after a colon stays a line', [line('1. 请按： x', {marker: '1.'})], [['line', 0]]],
		['a unit that is no line is left alone', [line('一、目录', {role: 'toc'})], [['toc', 0]]],
	] as const)('%s', (_case, units, expected) => {
		expect(markStrongHeadings(units).map((unit) => [unit.role, unit.level])).toEqual(expected);
	});
});
