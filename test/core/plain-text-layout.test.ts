import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {Block} from '../../source/core/document.js';
import {findWrapWidth} from '../../source/core/pipeline/plain-text/find-wrap-width.js';
import {isLayoutLine, isSampleLine} from '../../source/core/pipeline/plain-text/is-layout-line.js';
import {looksScanned} from '../../source/core/pipeline/plain-text/looks-scanned.js';
import {textToBlocks} from '../../source/core/pipeline/plain-text/text-to-blocks.js';
import {expandTabs, indentColumns, lineColumns} from '../../source/core/text/line-columns.js';

const shown = (block: Block) => (block.kind === 'list-item' ? `${block.marker} ${block.text}` : block.text);
const kinds = (text: string) => textToBlocks(text).blocks.map((block) => [block.kind, shown(block)]);

// A paragraph hard-wrapped at 60 columns (30 Chinese characters a line), as old text files are.
const wrapped = [
	'这是一段按固定宽度折行的文字，每一行到了宽度就断开，不管句子有没',
	'有结束。读的人看到的应该是一整段，而不是几个碎片，也不应该把第一',
	'行当成标题。第二句话也在这里继续写下去，直到这一段真正地结束为止',
	'，然后才换到下一段。',
	'',
	'第二段也是这样写的，同样按照固定的宽度断开，中间没有空行，一直写',
	'到这一段的最后一句话。',
].join('\n');

describe('line columns', () => {
	test.each([
		['abc', 3, 0, 'abc'],
		['中文', 4, 0, '中文'],
		['\tk', 9, 8, '        k'],
		['k\t\t提示', 20, 0, 'k               提示'],
		['\u3000\u3000段落', 8, 4, '\u3000\u3000段落'],
	])('%j: %i columns, indent %i, tabs expanded %j', (line, columns, indent, expanded) => {
		expect(lineColumns(line)).toBe(columns);
		expect(indentColumns(line)).toBe(indent);
		expect(expandTabs(line)).toBe(expanded);
	});
});

describe('findWrapWidth', () => {
	test.each([
		[wrapped.split('\n'), 64],
		[['短行。', '另一行。'], undefined],
		[['一行就是一段，很长很长的一段话'.repeat(12), '第二段也是一行'.repeat(20), '第三段'.repeat(30)], undefined],
	])('%#: %s', (lines, width) => {
		const found = findWrapWidth(lines);
		expect(width === undefined ? found : found !== undefined && found >= width - 6 && found <= width).toBe(width === undefined ? undefined : true);
	});
});

describe('layout lines', () => {
	test.each([
		['\t     k\t\t    提示： h 的键位于左边。', true],
		['       < h\t l >\t\t   l 的键位于右边', true],
		['\t     ^', true],
		['\t     v', true],
		['+------+------+', true],
		['        01', false],
		['.', false],
		['  1. 请随意在屏幕内移动光标，直至您觉得舒服为止。', false],
		['     Vim 是一个具有很多命令的功能非常强大的编辑器。', false],
	])('%j is laid out: %s', (line, expected) => {
		expect(isLayoutLine(line)).toBe(expected);
	});

	test.each([
		['     vimtutor <回车>', '  3. 请输入能够带您回到本教程的命令，那就是：', true],
		['     vimtutor <回车>', '  3. 请输入能够带您回到本教程的命令。', false],
		['     这种方式的退出编辑器会丢弃您的改动', '  2. 然后输入：', false],
		['vimtutor <回车>', '  3. 那就是：', false],
	])('%j after %j is a sample: %s', (line, introduction, expected) => {
		expect(isSampleLine(line, introduction)).toBe(expected);
	});
});

describe('typed plain text', () => {
	test('hard-wrapped paragraphs are joined; the first line is no title', () => {
		const {title, blocks} = textToBlocks(wrapped);
		expect(blocks.map((block) => block.text)).toEqual([wrapped.split('\n\n')[0]!.replaceAll('\n', ''), wrapped.split('\n\n')[1]!.replaceAll('\n', '')]);
		// Its first sentence, 35 characters across three lines, is too long for a title: the file name is.
		expect(title).toBeUndefined();
	});

	test.each([
		['========\n   使用手册   \n========\n\n正文第一段，讲述如何使用。\n\n~~~~~~~~\n\t\t第一节：安装\n\n安装的步骤如下。\n', [['paragraph', '正文第一段，讲述如何使用。'], ['heading', '第一节：安装'], ['paragraph', '安装的步骤如下。']]],
		['开头。\n\n  1. 第一步，打开文件。\n\n  2. 第二步，保存文件。\n', [['paragraph', '开头。'], ['list-item', '1. 第一步，打开文件。'], ['list-item', '2. 第二步，保存文件。']]],
		['开头。\n\n  1. 第一步\n  2. 第二步\n', [['paragraph', '开头。'], ['list-item', '1. 第一步'], ['list-item', '2. 第二步']]],
		['开头。\n\t     ^\n\t     k\t\t提示\n       < h\t l >\n\t     v\n结尾。', [['paragraph', '开头。'], ['code', '      ^\n      k          提示\n< h       l >\n      v'], ['paragraph', '结尾。']]],
		['开头。\n\n  3. 请输入命令，那就是：\n     vimtutor <回车>\n\n结尾。', [['paragraph', '开头。'], ['list-item', '3. 请输入命令，那就是：'], ['code', 'vimtutor <回车>'], ['paragraph', '结尾。']]],
		['开头。\n---> 第一行练习\n---> 第二行练习\n', [['paragraph', '开头。'], ['paragraph', '---> 第一行练习'], ['paragraph', '---> 第二行练习']]],
		['开头。\n\n这一行没有写完就空了一行\n\n所以下一行另起一段。', [['paragraph', '开头。'], ['heading', '这一行没有写完就空了一行'], ['paragraph', '所以下一行另起一段。']]],
		['开头。\n\n这一行写到一半，\n\n空行之后仍是新的一段。', [['paragraph', '开头。'], ['paragraph', '这一行写到一半，'], ['paragraph', '空行之后仍是新的一段。']]],
	])('%j', (text, expected) => {
		expect(kinds(text)).toEqual(expected);
	});

	test('no non-white-space character of typed text is lost or reordered, laid out or not', () => {
		const pieces = fc.constantFrom('中文', '汉字', '请', '1. ', '3', 'UTF-16', 'hello', ',', '，', '。', '：', ' ', '   ', '\t', '\n', '\n\n', '\n\t     ', '\n  2. ', '\u3000\u3000', '^', '<ESC>', '---> ', '很长的一句话写到这里'.repeat(3));
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 50}), (parts) => {
				const text = `开头是一个完整的句子。\n${parts.join('')}`;
				fc.pre(!looksScanned(text));
				const {blocks} = textToBlocks(text);
				expect(blocks.map((block) => shown(block)).join('').replace(/\s+/gu, '')).toBe(text.replace(/\s+/gu, ''));
			}),
			{numRuns: 300},
		);
	});
});
