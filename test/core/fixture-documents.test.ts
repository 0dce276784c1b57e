import {describe, expect, test} from 'vitest';
import {allText, loadFixture} from '../helpers/load-document.js';

const fixtures = Object.fromEntries(
	await Promise.all(['big5-article.txt', 'empty.txt', 'escapes.txt', 'gb18030-notice.txt', 'magazine-ocr.txt', 'post.md', 'traditional-pinyin.txt', 'utf16be-bom.txt', 'utf16le-bom.txt', 'utf16le-nobom.txt', 'web-page.html'].map(async (name) => [name, await loadFixture(name)] as const)),
);
const fixture = (name: string) => fixtures[name]!;
const titles = (name: string, level?: number) =>
	fixture(name)
		.sections.filter((section) => level === undefined || section.level === level)
		.map((section) => section.title);

describe('encodings', () => {
	test.each([
		['gb18030-notice.txt', 'gb18030', 'simplified'],
		['big5-article.txt', 'big5', 'traditional'],
		['utf16le-bom.txt', 'utf-16le', 'simplified'],
		['utf16be-bom.txt', 'utf-16be', 'simplified'],
		['utf16le-nobom.txt', 'utf-16le', 'simplified'],
	])('%s is read as %s, %s', (name, encoding, script) => {
		const document = fixture(name);
		expect(document.encoding).toBe(encoding);
		expect(document.script).toBe(script);
		expect(allText(document)).not.toContain('\uFFFD');
	});

	test('the three UTF-16 files give the same document', () => {
		const [le, be, nobom] = ['utf16le-bom.txt', 'utf16be-bom.txt', 'utf16le-nobom.txt'].map((name) => fixture(name));
		expect(be!.blocks).toEqual(le!.blocks);
		expect(nobom!.blocks).toEqual(le!.blocks);
		expect(le!.title).toBe('社区图书馆延长开放时间');
	});
});

describe('a GB18030 notice', () => {
	const document = fixture('gb18030-notice.txt');

	test('title, date, source and numbered headings with their levels', () => {
		expect(document.title).toBe('关于做好2023年汛期安全防范工作的通知');
		expect(document.date).toBe('2023-05-08');
		expect(document.source).toBe('某某县人民政府办公室');
		expect(titles('gb18030-notice.txt', 1)).toEqual(['一、提高思想认识，压实防汛责任', '二、加强隐患排查，抓好重点部位', '三、强化值班值守，做好应急准备']);
	});

	test('characters outside GBK survive', () => {
		expect(allText(document)).toContain('𠮷');
	});
});

describe('a Big5 article', () => {
	test('HKSCS characters survive and the reporter is the author', () => {
		const document = fixture('big5-article.txt');
		expect(allText(document)).toMatch(/㗎|嘅|啲/u);
		expect(document.author).toBe('陳嘉欣');
		expect(document.title).toBe('舊區重建步伐放緩　深水埗街坊憂租金再升');
	});
});

describe('an HTML page with navigation and a footer', () => {
	const document = fixture('web-page.html');

	test('the article, its headings and metadata', () => {
		expect(document.format).toBe('html');
		expect(document.title).toBe('春耕时节农机忙');
		expect(document.sections.map((section) => [section.level, section.title])).toEqual([
			[1, '智能农机唱主角'],
			[1, '服务队下乡保春耕'],
		]);
		expect(document.date).toBe('2024-03-28');
		expect(document.source).toBe('某某日报');
		expect(document.author).toBe('赵丽');
	});

	test('no navigation, breadcrumb, share bar, footer, script or style', () => {
		const text = allText(document);
		for (const chrome of ['首页', '经济', '正文', '分享到', '微博', '版权所有', '关于我们', 'dataLayer', 'font-family']) {
			expect(text, chrome).not.toContain(chrome);
		}

		expect(document.blocks).toContainEqual({kind: 'image', text: '[图片: 农机手驾驶拖拉机在田间作业]'});
		expect(text).toContain('现场解决农户遇到的问题……截至目前');
	});
});

describe('a Markdown post with front matter', () => {
	test('front matter fields and ## headings', () => {
		const document = fixture('post.md');
		expect(document.format).toBe('front-matter-markdown');
		expect(document.title).toBe('在大理的第一个雨季');
		expect(document.date).toBe('2021-07-01');
		expect(document.author).toBe('林小舟');
		expect(titles('post.md')).toEqual(['雨说来就来', '菜市场里的烟火气', '慢下来']);
		expect(allText(document)).not.toMatch(/^#|\*\*|\]\(/mu);
	});
});

describe('an OCR magazine with its own 目录', () => {
	const document = fixture('magazine-ocr.txt');

	test('articles from the contents, even when wrapped or spaced differently', () => {
		expect(document.title).toBe('城乡视界 2022年第6期');
		expect(titles('magazine-ocr.txt', 1)).toEqual(['守望一方山水', '驻村一线的那些日子', '石榴花开的村庄', '老支书的“账本”']);
		expect(titles('magazine-ocr.txt', 2)).toEqual(['一、初到白石村', '二、从一条路开始', '三、留下来的人']);
	});

	test('bylines, captions and page numbers are neither sections nor left as numbers', () => {
		const all = titles('magazine-ocr.txt').join('\n');
		expect(all).not.toMatch(/文／|摄影|图为|^\d+$/mu);
		expect(document.blocks.filter((block) => /^[—-]?\d+[—-]?$/u.test(block.text))).toEqual([]);
	});

	test('OCR spaces and hard line breaks inside sentences are joined', () => {
		const text = allText(document);
		expect(text).toContain('这条路已经通到了每家每户的门口');
		expect(text).toContain('本期我们走进三个普通的村庄');
		expect(text).toContain('心里不由得一沉。');
	});
});

describe('hostile and degenerate files', () => {
	test('escape sequences and controls never reach the terminal; the sentences do', () => {
		const text = allText(fixture('escapes.txt'));
		expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u);
		expect(text).not.toContain('pwned');
		expect(text).toContain('红色文字恢复正常');
		expect(text).toContain('最后一句话没有问题。');
	});

	test('pinyin annotations are removed from traditional text', () => {
		const document = fixture('traditional-pinyin.txt');
		expect(allText(document)).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)/u);
		expect(document.script).toBe('traditional');
	});

	test('an empty file is a document with no text, titled by its name', () => {
		const document = fixture('empty.txt');
		expect(document.chars).toBe(0);
		expect(document.title).toBe('empty');
		expect(document.sections).toEqual([]);
	});
});
