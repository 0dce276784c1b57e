import {describe, expect, test, vi} from 'vitest';
import stringWidth from 'string-width';
import {ClusterScanner} from '../../source/core/layout/grapheme-clusters.js';
import {
	columnsToIndexes,
	padToWidth,
	textWidth,
	truncateToWidth,
} from '../../source/core/layout/text-width.js';

const segmenter = new Intl.Segmenter();

function clusters(text: string): string[] {
	const scanner = new ClusterScanner(text);
	const result: string[] = [];
	let start = 0;
	for (let end = scanner.next(); end !== -1; end = scanner.next()) {
		result.push(text.slice(start, end));
		start = end;
	}

	return result;
}

describe('ClusterScanner', () => {
	test.each([
		['中文，English。'],
		['e\u0301tude 😀 👍🏽 ❤️ 👨‍👩‍👧 🇨🇳🇯🇵'],
		['ｶﾞｷﾞ か\u3099 한국어 ᄀᄀ가'],
		['a\r\nb\tc\u00ADd\u200Be'],
		['𠀀𠀁汉字\u0301'],
		['x'.repeat(300) + '\u0301'.repeat(600) + '中'],
	])('matches Intl.Segmenter on %j', text => {
		const expected = [...segmenter.segment(text)].map(({segment}) => segment);
		expect(clusters(text)).toEqual(expected);
	});

	test('segments emoji runs longer than a window', () => {
		const text = '👨‍👩‍👧🇨🇳'.repeat(200);
		const expected = [...segmenter.segment(text)].map(({segment}) => segment);
		expect(clusters(text)).toEqual(expected);
	});
});

describe('textWidth', () => {
	test.each([
		['', 'narrow', 0],
		['abc', 'narrow', 3],
		['中文', 'narrow', 4],
		['“你好”', 'narrow', 6],
		['“你好”', 'wide', 8],
		['ā', 'narrow', 1],
		['ā', 'wide', 2],
		['─│', 'wide', 4],
		['e\u0301', 'narrow', 1],
		['😀', 'narrow', 2],
		['❤️', 'narrow', 2],
		['soft\u00ADhyphen\u200B', 'narrow', 10],
		['a\tb', 'narrow', 5],
		['\t', 'narrow', 4],
		['，。', 'narrow', 4],
	] as const)('%j in %s mode is %i columns', (text, ambiguous, width) => {
		expect(textWidth(text, ambiguous)).toBe(width);
	});

	test('agrees with string-width on a mixed sentence', () => {
		const text = '驻村干部（2020年）说：“Hello, 世界！”😀…——ā';
		expect(textWidth(text)).toBe(stringWidth(text));
		expect(textWidth(text, 'wide')).toBe(stringWidth(text, {ambiguousIsNarrow: false}));
	});

	test('measures a long text cluster by cluster, never segmenting all of it at once', () => {
		// Intl.Segmenter (inside string-width) is quadratic on Node 20: count what it is given instead of timing it.
		const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
		const text = '疫情防控，人民战争。'.repeat(30_000) + '😀';
		expect(textWidth(text)).toBe(600_002);
		const segmented = segment.mock.calls.reduce((sum, [input]) => sum + String(input).length, 0);
		segment.mockRestore();
		expect(segmented).toBeLessThan(100);
	});
});

describe('truncateToWidth', () => {
	test.each([
		['中文字符', 8, 'narrow', '…', '中文字符'],
		['中文字符', 7, 'narrow', '…', '中文字…'],
		['中文字符', 6, 'narrow', '…', '中文…'],
		['中文字符', 6, 'wide', '…', '中文…'],
		['中文字符', 5, 'wide', '…', '中…'],
		['中文字符', 5, 'wide', '...', '中...'],
		['abc', 0, 'narrow', '…', ''],
		['中文', 1, 'wide', '…', ''],
		['a\tb', 3, 'narrow', '…', 'a …'],
	] as const)('%j to %i columns (%s) is %j', (text, width, ambiguous, ellipsis, expected) => {
		const result = truncateToWidth(text, width, ambiguous, ellipsis);
		expect(result).toBe(expected);
		expect(textWidth(result, ambiguous)).toBeLessThanOrEqual(width);
	});
});

describe('padToWidth', () => {
	test.each([
		['中文', 6, 'left', '中文  '],
		['中文', 6, 'right', '  中文'],
		['中文', 7, 'center', ' 中文  '],
		['中文字', 5, 'left', '中文…'],
	] as const)('%j to %i columns, %s', (text, width, align, expected) => {
		expect(padToWidth(text, width, 'narrow', align)).toBe(expected);
	});

	test('fills exactly when a wide character straddles the edge', () => {
		const result = padToWidth('中文字符', 4, 'narrow');
		expect(result).toBe('中… ');
		expect(textWidth(result)).toBe(4);
	});
});

describe('columnsToIndexes', () => {
	test.each([
		['中文abc', 2, 5, {start: 1, end: 3}],
		['中文abc', 1, 2, {start: 1, end: 1}],
		['中文abc', 0, 99, {start: 0, end: 5}],
	] as const)('%j columns [%i, %i)', (text, from, to, expected) => {
		expect(columnsToIndexes(text, from, to)).toEqual(expected);
	});
});

test.each(['narrow', 'wide'] as const)('%s widths agree with string-width on every code unit of the basic plane', (ambiguous) => {
	for (let unit = 0x20; unit < 0x1_00_00; unit++) {
		if (unit >= 0xD8_00 && unit <= 0xDF_FF) {
			continue;
		}

		const char = String.fromCharCode(unit);
		expect(textWidth(char, ambiguous), `U+${unit.toString(16)}`).toBe(stringWidth(char, {ambiguousIsNarrow: ambiguous === 'narrow'}));
	}
});
