import {describe, expect, test} from 'vitest';
import {formatList} from '../../source/cli/batch/format-list.js';
import {textWidth} from '../../source/core/layout/text-width.js';
import {displayName} from '../../source/core/text/display-name.js';
import {en} from '../../source/state/messages/en.js';
import {makeDocument} from '../state/fixtures.js';

describe('formatList', () => {
	test('number columns are as wide as their widest value, never cut', () => {
		const headings = Array.from({length: 28_892}, (_, index) => `# 第${index}节`);
		const big = {...makeDocument('大文件', headings), chars: 17_488_441};
		const small = makeDocument('小文件', ['一段。']);
		const [header = '', smallRow = '', bigRow = ''] = formatList([small, big], Number.POSITIVE_INFINITY, 'narrow', en);
		expect(bigRow).toContain('  28892  ');
		expect(bigRow).toContain('17488441');
		// Right-aligned: every row's character count ends in the same column as the header's.
		const end = (row: string, value: string, title: string) => textWidth(row.slice(0, row.indexOf(`${value}  ${title}`) + value.length));
		expect(end(smallRow, String(small.chars), '小文件')).toBe(end(bigRow, '17488441', '大文件'));
		expect(end(header, 'chars', 'title')).toBe(end(bigRow, '17488441', '大文件'));
	});

	test('a file name with a newline or an escape sequence stays on its row, without the escape', () => {
		const evil = makeDocument('标题', ['一段。'], {id: 'evil\u001B]52;c;aGFjaw==\u0007\nname.txt'});
		const lines = formatList([evil], Number.POSITIVE_INFINITY, 'narrow', en);
		expect(lines).toHaveLength(2);
		expect(lines.join('\n').split('\n')).toHaveLength(2);
		expect(lines[1]).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
		expect(lines[1]).toContain('evil?name.txt');
	});
});

describe('displayName', () => {
	test.each([
		['plain 文件.txt', 'plain 文件.txt'],
		['a\nb', 'a?b'],
		['tab\there', 'tab?here'],
		['a\r\nb', 'a?b'],
		['x\u001B]52;c;eA==\u0007y', 'xy'],
		['\u009B31m red', ' red'],
		['rtl\u202Eexe.txt', 'rtlexe.txt'],
		['line\u2028sep', 'line?sep'],
	])('%j shows as %j', (name, shown) => {
		expect(displayName(name)).toBe(shown);
	});
});
