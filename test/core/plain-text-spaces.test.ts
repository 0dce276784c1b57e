import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {looksScanned} from '../../source/core/pipeline/plain-text/looks-scanned.js';
import {textToBlocks} from '../../source/core/pipeline/plain-text/text-to-blocks.js';
import {joinWrapped} from '../../source/core/text/join-wrapped.js';

const ocrParagraph = '曾经,共产党员这个特殊群像,一次次 在关键时刻经受考验、展现担当,一次次团 结带领广大人民群众力挽狂澜、披荆斩棘。';
const paragraphs = (text: string) => textToBlocks(text).blocks.map((block) => (block.kind === 'list-item' ? `${block.marker} ${block.text}` : block.text));
const visible = (text: string) => text.replace(/\s+/gu, '');

describe('looksScanned', () => {
	test.each([
		[ocrParagraph, true],
		['5月11日,市委常委(扩大)会议暨疫 情防控工作领导小组会议以视频会议形式在舒兰召开,已 经驻守。', true],
		['主办 中共吉林市委组织部\n编辑 市委组织部研究室\n' + '这是一段作者写的正文，没有多余的空格，读起来很顺畅。'.repeat(4), false],
		['欢     迎     阅     读   《 V I M  教  程 》\n\n这是正文，讲述如何使用编辑器。', false],
		['1. 请随意在屏幕内移动光标，直至您觉得舒服为止。\n2. 按下下行键(j)，直到出现光标重复下行。', false],
		['本文用 UTF-16 大端编码，数字 3 个，速度, 我們都知道。', false],
		["console.log(converter('香蕉 蘋果 梨')); // output: banana apple pear\n".repeat(3) + '转换后的结果。', false],
		['', false],
	])('%j → %s', (text, expected) => {
		expect(looksScanned(text)).toBe(expected);
	});
});

describe('spaces in born-digital text are text', () => {
	test.each([
		['开头。\n1. 请随意在屏幕内移动光标。', '1. 请随意在屏幕内移动光标。'],
		['开头。\n用 UTF-16 大端编码的文本。', '用 UTF-16 大端编码的文本。'],
		['开头。\n这里有数字 3 个，还有速度, 我們都知道。', '这里有数字 3 个，还有速度, 我們都知道。'],
		['开头。\n按下 h、j、k、l 键来移动光标。', '按下 h、j、k、l 键来移动光标。'],
	])('%j keeps %j', (text, expected) => {
		expect(paragraphs(text)).toContain(expected);
	});

	test('an OCR\'d document loses the spaces OCR put inside words', () => {
		const text = `${ocrParagraph}\n${ocrParagraph}`;
		expect(paragraphs(text).join('')).toContain('一次次在关键时刻经受考验');
		expect(paragraphs(text).join('')).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
	});

	test('no non-white-space character of born-digital text is lost or reordered', () => {
		const pieces = fc.constantFrom('中文', '汉字', '请', '1.', '3', 'UTF-16', 'hello', 'world', ',', '，', '。', '：', ' ', '  ', '\t', '\n', '\n\n', '\u3000\u3000', '(x)', '"引号"', '<ESC>');
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 60}), (parts) => {
				const text = `开头是一个完整的句子。\n${parts.join('')}`;
				fc.pre(!looksScanned(text));
				expect(visible(paragraphs(text).join(''))).toBe(visible(text));
			}),
		);
	});
});

describe('joinWrapped', () => {
	test.each([
		['很容易地将', '当作', '很容易地将当作'],
		['hello', 'world', 'hello world'],
		['Vim', '是一个', 'Vim是一个'],
		['version 1.7', 'of Vim', 'version 1.7 of Vim'],
		['a word', ', then', 'a word, then'],
		['see (', 'below)', 'see (below)'],
		['', 'alone', 'alone'],
	])('%j + %j → %j', (before, after, expected) => {
		expect(joinWrapped(before, after)).toBe(expected);
	});
});

describe('paragraph starts', () => {
	const unfinished = '这一段的第一行写得很长很长很长很长，文字一直写到了这一行的行尾还没有结束的地方';
	test.each([
		[`开头。\n\u3000\u3000${unfinished}\n\u3000\u3000这是第二段的开始，另起一段。`, 3],
		[`开头。\n\u3000\u3000${unfinished}\n这是同一段的下一行，接着写完。`, 2],
		[`开头。\n${unfinished}\n这是同一段的下一行，接着写完。`, 2],
	])('%j has %i paragraphs', (text, count) => {
		expect(textToBlocks(text).blocks.length).toBe(count);
	});
});
