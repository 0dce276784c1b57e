import {describe, expect, test} from 'vitest';
import {findTextTitle} from '../../source/core/pipeline/plain-text/find-text-title.js';
import {resolveTitle, withoutSiteName} from '../../source/core/pipeline/resolve-title.js';
import type {TextUnit} from '../../source/core/text/text-units.js';
import type {Block} from '../../source/core/document.js';
import {countBigrams} from '../../source/core/text/bigram-counts.js';

const units = (lines: readonly string[], role: TextUnit['role'] = 'line'): TextUnit[] => lines.map((text) => ({text, role, level: 0, indent: 0}));
// The title search as the pipeline calls it, with the text's character pairs.
const find = (found: readonly TextUnit[]) => findTextTitle(found, countBigrams(found.map((unit) => unit.text)));
const body = '驻村干部按时回村，引导村民暂停走亲访友，做好疫情防控工作。北乡义镇的驻村干部坚守岗位。';

describe('findTextTitle', () => {
	test.each([
		// The leading line that shares most of its wording with the body.
		[['北乡义镇驻村干部', body], '北乡义镇驻村干部', 0],
		[['某某县人民政府门户网站', '北乡义镇驻村干部坚守岗位', body], '北乡义镇驻村干部坚守岗位', 1],
		// Metadata, bylines, chrome and fragments are never the title.
		[['发布日期：2022-04-13', '驻村干部按时回村', body], '驻村干部按时回村', 1],
		[['本报记者 张鹤', '驻村干部按时回村', body], '驻村干部按时回村', 1],
		[['返回首页', '驻村干部按时回村', body], '驻村干部按时回村', 1],
		[['今天天气很好，', '我们一起去公园散步。'], '今天天气很好，我们一起去公园散步', -1],
		// A breadcrumb's last step.
		[['首页 > 新闻中心 > 驻村干部按时回村', body], '驻村干部按时回村', 0],
		// No short leading line: the first sentence when it is at most 50 columns wide, else none (the file name).
		[['驻村干部按时回村。', '引导村民暂停走亲访友。'], '驻村干部按时回村', -1],
		[[`${'一'.repeat(25)}。`], '一'.repeat(25), -1],
		[[`${'一'.repeat(26)}。`], undefined, undefined],
		[[body], undefined, undefined],
		[[], undefined, undefined],
	])('%j: %j', (lines, title, index) => {
		const found = find(units(lines));
		expect(found?.title).toBe(title);
		expect(found?.index).toBe(index);
	});

	test('a line cut at the wrap width is never the title', () => {
		const cut: TextUnit[] = [{text: '驻村干部按时回村引导村民', role: 'line', level: 0, indent: 0, full: true}, ...units(['暂停走亲访友。'])];
		expect(find(cut)).toEqual({title: '驻村干部按时回村引导村民暂停走亲访友', index: -1});
	});

	test('a line longer than a head line is no title', () => {
		expect(find(units(['驻'.repeat(61), body]))).toBeUndefined();
		expect(find(units(['驻'.repeat(60), body]))?.index).toBe(0);
	});

	test.each([
		[['《党员生活》编辑部', '2022年第5期', '目录'], '党员生活 2022年第5期'],
		[['党员生活', '2022年第5期', '目录'], '党员生活 2022年第5期'],
		[['《党员生活》编辑部'], '党员生活'],
	])('a magazine with a table of contents: %j is %j', (lines, title) => {
		const withToc = [...units(lines), ...units(['04 信念至上'], 'toc')];
		expect(find(withToc)?.title).toBe(title);
	});

	test('a masthead is a short line: a longer one above the issue names no magazine', () => {
		const long = '党员生活是全省党员的共同读物也是学习的好帮手';
		const withToc = [...units([long, '2022年第5期', '目录']), ...units(['04 信念至上'], 'toc')];
		expect(find(withToc)?.title).not.toBe(`${long} 2022年第5期`);
		expect(find([...units([long.slice(0, 20), '2022年第5期']), ...units(['04 信念至上'], 'toc')])?.title).toBe(`${long.slice(0, 20)} 2022年第5期`);
	});

	test('without a table of contents, an issue number makes no magazine title', () => {
		expect(find(units(['党员生活', '2022年第5期', body]))?.title).not.toContain('2022年第5期');
	});
});

describe('resolveTitle', () => {
	const blocks: Block[] = [{kind: 'paragraph', text: '原标题：抗疫一线：党旗飘扬'}];
	test.each([
		['front matter first', '前言', ['正文标题'], '前言'],
		['front matter with scraper underscores, restored from the body', '抗疫一线_党旗飘扬', [], '抗疫一线：党旗飘扬'],
		['underscores with no matching line become spaces', '抗疫_前线', [], '抗疫 前线'],
		['the first candidate that says something', undefined, [undefined, '  ', '正文标题'], '正文标题'],
		['else the file name', undefined, [], '说明'],
		['blank front matter is no title', '  ', ['正文标题'], '正文标题'],
	])('%s', (_case, field, candidates, title) => {
		expect(resolveTitle(field, candidates, blocks, '/docs/说明.txt')).toBe(title);
	});
});

describe('withoutSiteName', () => {
	test.each([
		['驻村干部按时回村 - 某某网', '驻村干部按时回村'],
		['驻村干部按时回村_新华网', '驻村干部按时回村'],
		['驻村干部按时回村｜人民日报', '驻村干部按时回村'],
		// What is left must still be a title.
		['抗疫 - 某某网', '抗疫 - 某某网'],
		['没有站名的标题', '没有站名的标题'],
	])('%j is %j', (title, expected) => {
		expect(withoutSiteName(title)).toBe(expected);
	});
});
