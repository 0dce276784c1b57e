import {describe, expect, test} from 'vitest';
import {htmlToBlocks} from '../../source/core/pipeline/html-to-blocks.js';
import {isChromeLine} from '../../source/core/pipeline/page-chrome.js';

const texts = (html: string) => htmlToBlocks(html).blocks.map((block) => block.text);

describe('deep nesting', () => {
	test.each([
		['unclosed divs', '<html><body>' + '<div>'.repeat(3000) + '深层未闭合', '深层未闭合'],
		['nested list items', '<html><body>' + '<ul><li>'.repeat(3000) + '深层列表', '深层列表'],
		['100,000 levels', '<html><body>' + '<div>'.repeat(100_000) + '十万层', '十万层'],
		['100,000 inline levels', '<p>' + '<span>'.repeat(100_000) + '行内十万层', '行内十万层'],
	])('%s keep their text', (_name, html, text) => {
		expect(texts(html)).toEqual([text]);
	});

	test('a deeply nested title and heading are found', () => {
		const content = htmlToBlocks('<html><head>' + '<div>'.repeat(50_000) + '<title>深处标题</title></head><body>' + '<div>'.repeat(50_000) + '<h2>小节</h2>正文');
		expect(content.title).toBe('深处标题');
		expect(content.blocks[0]).toEqual({kind: 'heading', level: 2, text: '小节'});
	});
});

describe('page chrome', () => {
	test.each([
		['has-sidebar on body', '<body class="has-sidebar">'],
		['mdBook on html', '<html class="light sidebar-visible"><body>'],
		['nav-open on a wrapper', '<body><div class="page nav-open">'],
		['a page-wide form', '<body><form id="form1">'],
		['menu-open on the article', '<body><article class="menu-open">'],
	])('a class describing the page (%s) never removes the article', (_name, start) => {
		const html = `<html><head><title>页面标题</title></head>${start}<h1>正文标题</h1><p>这是第一段正文，内容足够长。</p><p>这是第二段正文，也要留下。</p>`;
		expect(texts(html)).toEqual(['正文标题', '这是第一段正文，内容足够长。', '这是第二段正文，也要留下。']);
	});

	test('navigation, share bars and footers around the article are dropped and counted', () => {
		const html = '<body><nav>首页 新闻</nav><div class="share-bar">分享到</div><article><p>这是正文的第一段，讲了很多事情，足够长。</p><p>第二段同样是正文内容。</p></article><footer>版权所有</footer></body>';
		const content = htmlToBlocks(html);
		expect(content.blocks.map((block) => block.text)).toEqual(['这是正文的第一段，讲了很多事情，足够长。', '第二段同样是正文内容。']);
		expect(content.droppedChrome).toBe(3);
	});

	test.each([
		['今日推荐', true],
		['【今日推荐】', true],
		['版权所有 © 2020 某某日报社', true],
		['责任编辑：王小明', true],
		['这篇文章是今日推荐的内容之一，讲述了农民丰收的故事，值得一读再读，很多读者都很喜欢它。', false],
		['版权所有者与出版社之间的纠纷持续了很多年，双方在法庭上各执一词，直到去年才以和解告终，此后双方的合作也逐渐恢复了正常，读者也终于能再次买到这本书了。', false],
		['相关推荐算法的原理其实很简单，就是把相似的内容放在一起。', false],
		// Separators, bullets and every kind of space are not counted as text, however many.
		['  •  分　享  ：', true],
		['分\u2003享\u00A0到\uFEFF', true],
		[`${' ｜ '.repeat(40)}返回顶部${' / '.repeat(40)}`, true],
		['分享到微信', false],
	])('isChromeLine(%j) is %s: chrome is a whole short line', (line, expected) => {
		expect(isChromeLine(line)).toBe(expected);
	});
});

describe('structure', () => {
	test('code is verbatim: indentation, spaces and line breaks kept', () => {
		const code = 'if (x) {\n    return convert("香蕉 蘋果 梨");\n}';
		expect(htmlToBlocks(`<p>前文</p><pre><code>${code}\n</code></pre>`).blocks[1]).toEqual({kind: 'code', text: code});
	});

	test('lists keep markers, numbers from `start`, nesting depth, and text after a nested list', () => {
		const html = '<ol start="3"><li>三<ul><li>子项</li></ul>后文</li><li>四</li></ol>';
		expect(htmlToBlocks(html).blocks).toEqual([
			{kind: 'list-item', marker: '3.', depth: 0, text: '三'},
			{kind: 'list-item', marker: '•', depth: 1, text: '子项'},
			{kind: 'list-item', marker: '', depth: 0, text: '后文'},
			{kind: 'list-item', marker: '4.', depth: 0, text: '四'},
		]);
	});

	test('a data table keeps its rows and header; a layout table is read as text', () => {
		const data = '<table><thead><tr><th>名称</th><th>数量</th></tr></thead><tbody><tr><td>苹果</td><td>3</td></tr></tbody></table>';
		expect(htmlToBlocks(data).blocks).toEqual([{kind: 'table', rows: [['名称', '数量'], ['苹果', '3']], header: true, text: '名称\t数量\n苹果\t3'}]);
		const layout = '<table><tr><td><p>第一段正文。</p><p>第二段正文。</p></td></tr></table>';
		expect(texts(layout)).toEqual(['第一段正文。', '第二段正文。']);
	});

	test('quotes, rules and the spaces an author typed', () => {
		const html = '<blockquote><p>引用的话</p></blockquote><hr><p>数字 3 个，用 UTF-16 大端\n编码，<code>香蕉 蘋果 梨</code>。速度, 我們</p>';
		expect(htmlToBlocks(html).blocks).toEqual([
			{kind: 'quote', text: '引用的话'},
			{kind: 'rule', text: ''},
			{kind: 'paragraph', text: '数字 3 个，用 UTF-16 大端编码，香蕉 蘋果 梨。速度, 我們'},
		]);
	});
});
