import {describe, expect, test} from 'vitest';
import {processDocument} from '../../source/core/pipeline/process-document.js';
import {maxSentenceTitleWidth} from '../../source/core/pipeline/line-lengths.js';
import {withoutLetterSpacing} from '../../source/core/text/letter-spacing.js';

const read = (text: string, path = '/docs/说明.txt') => processDocument({id: 'x', path, text, encoding: 'utf-8'});
const long = '这'.repeat(maxSentenceTitleWidth / 2);

describe('a plain text\'s title', () => {
	test.each([
		['a title line', '社区图书馆延长开放时间\n\n社区图书馆从下月起延长开放时间，方便居民借阅。\n', '社区图书馆延长开放时间'],
		['no title line: the first sentence, its full stop dropped', '今天天气很好。我们一起去公园散步，看到了很多花。\n', '今天天气很好'],
		['a question keeps its mark', '你今天去公园了吗？我们一起去公园散步，看到了很多花。\n', '你今天去公园了吗？'],
		['closing quotes go with the sentence', '他说：“明天见！”然后就走了，留下我们在公园里。\n', '他说：“明天见！”'],
		['a hard-wrapped first sentence is joined, not cut at the line', '今天天气很好，\n我们一起去公园散步，\n看到了很多花。\n', '今天天气很好，我们一起去公园散步，看到了很多花'],
		[`a first sentence as wide as ${maxSentenceTitleWidth} columns`, `${long.slice(1)}好。后面还有很多很多话。\n`, `${long.slice(1)}好`],
		[`a first sentence wider than ${maxSentenceTitleWidth} columns: the file name`, `${long}，长得不像标题。后面还有话。\n`, '说明'],
		['a short title laid out alone', '通知\n\n各单位：请于本周五前报送材料。\n', '通知'],
		['no sentence end in the opening paragraph: the file name', '今天天气很好，\n我们一起去公园散步，\n\n看到了很多花。\n', '说明'],
		['a Latin sentence ends at a full stop before a space', 'This is a note. It has two sentences, and no title line at all; really.\n', 'This is a note'],
		['a Latin line that runs on into the next is no title line', 'This is a note about the\nweather today. It rained all day long and we stayed home.\n', 'This is a note about the weather today'],
		['a file name keeps its dots but not its extension', '今天天气很好，\n我们一起去公园散步，\n', '说明'],
		['a Chinese line that stops on a particle runs on: the first sentence', '今天我们要讨论的是中文文本处理的\n几个问题。后面还有很多话，这里不再一一说明了。\n', '今天我们要讨论的是中文文本处理的几个问题'],
		['a line that opens with a clause of time runs on', '疫情爆发以来，红旗村结合党员\n设岗定责。全村党员主动认领责任区域和岗位。\n', '疫情爆发以来，红旗村结合党员设岗定责'],
		['a hard-wrapped first line as wide as the next runs on', '在这个项目里我们用了一种新方法来处理\n大量中文文本数据，取得了不错的效果，\n也发现了一些问题。\n', '说明'],
		['a title line over a body that starts a new sentence', '社区图书馆延长开放时间\n社区图书馆从下月起延长开放时间，方便居民借阅。\n', '社区图书馆延长开放时间'],
		['a title line as wide as a body line that ends its paragraph', '关于延长社区图书馆开放时间的通知\n各位居民：图书馆下月起延长开放。\n', '关于延长社区图书馆开放时间的通知'],
	])('%s', (_, text, title) => {
		expect(read(text).title).toBe(title);
	});

	test.each([
		['/docs/help.zh_CN.txt', 'help.zh_CN'],
		['/docs/读我', '读我'],
		['C:\\文档\\通知.TXT', '通知'],
	])('falls back to the file name %j without its extension', (path, title) => {
		expect(read('从前有座山，山里有座庙，\n庙里有个老和尚，\n', path).title).toBe(title);
	});

	test('standard input has no file name: untitled', () => {
		expect(read('从前有座山，山里有座庙，\n庙里有个老和尚，\n', '-').title).toBe('(untitled)');
	});

	test.each([
		['今天我们要讨论的是中文文本处理的\n几个问题。后面还有很多话，这里不再一一说明了。\n', '今天我们要讨论的是中文文本处理的几个问题。后面还有很多话，这里不再一一说明了。'],
		['在这个项目里我们用了一种新方法来处理\n大量中文文本数据，取得了不错的效果，\n也发现了一些问题。\n', '在这个项目里我们用了一种新方法来处理大量中文文本数据，取得了不错的效果，也发现了一些问题。'],
	])('a first line that runs on stays in its paragraph (%j)', (text, paragraph) => {
		expect(read(text).blocks.map((block) => block.text)).toEqual([paragraph]);
	});

	test('a title made from the first sentence leaves the sentence in the text', () => {
		const document = read('今天天气很好。我们一起去公园散步，看到了很多花。\n');
		expect(document.blocks.map((block) => block.text).join('')).toBe('今天天气很好。我们一起去公园散步，看到了很多花。');
	});

	test.each([
		'今天天气很好，\n我们一起去公园散步，看到了很多花。\n',
		'春天来了、\n夏天也来了，到处都是花。\n',
		'今天天气很好，我们一起去公园散步，看到了很多花，还有很多人在那里跳舞唱歌，热闹极了。\n',
	])('is never a fragment ending in a clause mark or cut mid-word (%j)', (text) => {
		const {title} = read(text);
		expect(title).not.toMatch(/[，、,；;…]$/u);
		expect(text.replace(/\n/gu, '').startsWith(title) || title === '说明').toBe(true);
	});
});

describe('a letter-spaced title or heading', () => {
	test.each([
		['研 究 与 交 流', '研究与交流'],
		['目　　录', '目录'],
		['第 一 章', '第一章'],
		['甲\t乙', '甲\t乙'],
		['用 UTF-16 编码', '用 UTF-16 编码'],
		['中文 标题', '中文 标题'],
		['Hello World', 'Hello World'],
		['a b c', 'a b c'],
		['研 究 与 交 流 2024', '研 究 与 交 流 2024'],
		['《 研 究 》', '《 研 究 》'],
		['研究与交流', '研究与交流'],
	])('%j reads %j', (text, expected) => {
		expect(withoutLetterSpacing(text)).toBe(expected);
	});

	test('loses its spaces as the title and as a heading, not in the text', () => {
		const document = read('研 究 与 交 流\n\n这是一份关于研究与交流的说明，内容足够长。\n\n目　　录\n\n一 二 三 四 五 是正文里的数字。\n');
		expect(document.title).toBe('研究与交流');
		expect(document.sections.map((section) => section.title)).toEqual(['目录']);
		expect(document.blocks.map((block) => block.text)).toContain('一 二 三 四 五 是正文里的数字。');
	});
});
