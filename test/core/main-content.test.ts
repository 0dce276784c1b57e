import {describe, expect, test} from 'vitest';
import {findArticle} from '../../source/core/pipeline/find-article.js';
import {htmlToBlocks} from '../../source/core/pipeline/html-to-blocks.js';
import {keptShare, mainContent} from '../../source/core/pipeline/main-content.js';
import {processDocument} from '../../source/core/pipeline/process-document.js';

const paragraph = (n: number) => `<p>这是正文的第${n}段，讲述了一个很长的故事，其中有许多细节，值得读者仔细阅读，并且思考其中的道理。</p>`;
const page = (body: string) => `<html><head><title>测试页面</title></head><body><div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>${body}<div class="footer">版权所有 某某网</div></body></html>`;
const texts = (html: string) => {
	const {blocks, extraction} = processDocument({id: 'x', path: 'x.html', text: html, encoding: 'utf-8'}, {findArticle});
	return {texts: blocks.map((block) => block.text), extraction};
};

describe('the article of a page', () => {
	test('a page that opens with a comment and holds a run of them is read, its article found (deciding whether it is a feed once backtracked for hours)', () => {
		const commented = `<!--http://news.example.cn/1.htm-->\n${page(`<div class="content"><h1>文章标题</h1>${paragraph(1)}${'<!--广告位-->'.repeat(100)}${paragraph(2)}</div>`)}`;
		const {texts: found, extraction} = texts(commented);
		expect(extraction).toBe('article');
		expect(found.join('\n')).toContain('这是正文的第2段');
	});

	test('structure inside the article comes through as it does without extraction', () => {
		const article = `<div class="content"><h1 id="t">文章标题</h1>${paragraph(1)}<table><thead><tr><th>名称</th><th>数量</th></tr></thead><tbody><tr><td>梨</td><td>2</td></tr></tbody></table>${paragraph(2)}<ol start="3"><li>第三项</li><li>第四项</li></ol><pre><code>if (x) {\n    return convert("香蕉 蘋果 梨");\n}</code></pre><blockquote><p>引用一句话。</p></blockquote><img src="a.png" alt="示意图"><p>见<a href="/b">附件</a>。</p>${paragraph(3)}</div>`;
		const found = findArticle(page(article));
		expect(htmlToBlocks(found.html!).blocks).toEqual(htmlToBlocks(article).blocks);
	});

	test('a short article is found over longer comments below it (Readability\'s own threshold would take the comments)', () => {
		const poem = '<div id="main"><h1>静夜思</h1><div>床前明月光<br>疑是地上霜<br>举头望明月<br>低头思故乡</div></div>';
		const comments = '<div class="comments"><p>评论：写得真好，我很喜欢这首诗，每次读都有新的感受，推荐大家都来读一读，真的非常不错。</p><p>评论二：小时候就会背了，现在读来依然感动，感谢分享这首经典的唐诗，希望多发一些类似的作品。</p></div>';
		expect(texts(page(poem + comments)).texts).toEqual(['床前明月光', '疑是地上霜', '举头望明月', '低头思故乡']);
	});

	test('the issue\'s minimal page (class has-sidebar on <body>) keeps its text', () => {
		const html = '<html><head><title>页面标题</title></head><body class="has-sidebar"><h1>正文标题</h1><p>这是第一段正文，内容足够长。</p></body></html>';
		expect(texts(html).texts).toEqual(['这是第一段正文，内容足够长。']);
	});
});

describe('the guard', () => {
	const body = page(`<div class="content">${paragraph(1)}${paragraph(2)}</div>`);
	const whole = htmlToBlocks(body);

	test.each([
		['Readability found nothing', {html: undefined, kept: 0, visible: 100}],
		[`the article holds less than ${keptShare * 100}% of the visible text`, {html: `<div>${paragraph(1)}</div>`, kept: 9, visible: 100}],
		['the page\'s visible text measured none (a document that is no HTML page) and the article holds little of its blocks', {html: `<div>${paragraph(1)}</div>`, kept: 5, visible: 0}],
	])('falls back to the body without navigation and footer when %s', (_name, article) => {
		const content = mainContent(whole, article);
		expect(content.extraction).toBe('fallback');
		expect(content.blocks.map((block) => block.text)).toEqual(whole.blocks.map((block) => block.text));
		expect(content.blocks.map((block) => block.text).join('')).not.toMatch(/首页|版权所有/u);
	});

	test('keeps an article that holds enough, counting the page\'s blocks it leaves out as chrome', () => {
		const content = mainContent(whole, {html: `<div>${paragraph(1)}</div>`, kept: 10, visible: 100});
		expect(content.extraction).toBe('article');
		expect(content.blocks).toHaveLength(1);
		expect(content.droppedChrome).toBe(whole.droppedChrome + 1);
	});

	test('a page nested deeper than real pages are (Readability\'s cost grows with the square of the depth) is read as its body', () => {
		const deep = page('<div>'.repeat(300) + paragraph(1));
		expect(findArticle(deep).html).toBeUndefined();
		expect(texts(deep)).toEqual({texts: [paragraph(1).slice(3, -4)], extraction: 'fallback'});
	});

	test('measures visible text outside links, navigation and hidden elements', () => {
		const found = findArticle(page(`<div hidden>${paragraph(9)}</div><div style="display: none">${paragraph(8)}</div><ul><li><a href="/x">相关新闻链接标题</a></li></ul><div class="content">${paragraph(1)}</div>`));
		const letters = (html: string) => html.replace(/<[^>]*>/g, '').match(/[\p{L}\p{N}]/gu)!.length;
		// The footer here is a <div class="footer">: only tags and hidden elements are left out of the measure.
		expect(found.visible).toBe(letters(paragraph(1)) + letters('版权所有 某某网'));
	});

	test('a text that is not a full page (Markdown, fragments with front matter) is not extracted', () => {
		const {extraction} = processDocument({id: 'x', path: 'x.md', text: '# 标题\n\n正文一段。\n', encoding: 'utf-8'}, {markdownToHtml: (markdown) => `<h1>标题</h1><p>${markdown.split('\n')[2]}</p>`});
		expect(extraction).toBe('none');
	});
});

describe('feeds', () => {
	const post = (n: number) => `<item><title>第${n}篇文章</title><link>http://example.cn/${n}</link><description><![CDATA[<p>这是第${n}篇博文的正文，<a href="/x">链接</a>之后还有很长的一段话，讲述作者这一周的见闻与感想。</p>]]></description></item>`;
	const feed = (prologue: string, items: string) => `${prologue}<rss version="2.0"><channel><title>某人的博客</title>${items}</channel></rss>`;
	const chinese = (texts: readonly string[]) => texts.join('').match(/\p{Script=Han}/gu)?.length ?? 0;

	test.each([
		['an RSS feed', feed('<?xml version="1.0" encoding="utf-8"?>\n', [1, 2, 3].map(post).join(''))],
		['one with a stylesheet instruction and a comment first', feed('<?xml version="1.0"?>\n<?xml-stylesheet href="a.css"?>\n<!--\nSource: x\n-->\n', [1, 2, 3].map(post).join(''))],
		['one cut short, its last section never closed', feed('<?xml version="1.0"?>', [1, 2].map(post).join('') + '<item><title>第3篇文章</title><description><![CDATA[<p>这是第3篇博文的正文，写到一半')],
	])('%s keeps every post\'s text (an HTML parser drops CDATA sections as comments; Readability kept one post)', (_name, text) => {
		const {texts: found, extraction} = texts(text);
		expect(extraction).toBe('none');
		for (const n of [1, 2, 3]) {
			expect(found.join('\n')).toContain(`这是第${n}篇博文的正文`);
		}

		const source = text.replace(/<[^>]*>|<!\[CDATA\[|\]\]>/g, '');
		expect(chinese(found)).toBeGreaterThanOrEqual(chinese([source]) - chinese(['某人的博客']));
	});
});
