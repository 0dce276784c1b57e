import fc from 'fast-check';
import {expect, test} from 'vitest';
import {breaksWord, countBigrams} from '../../source/core/text/bigram-counts.js';

/** The counts by the plain definition: every adjacent pair of basic-plane Han characters. */
function reference(texts: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (let index = 1; index < text.length; index++) {
			const pair = text.slice(index - 1, index + 1);
			if (/^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]{2}$/u.test(pair)) {
				counts.set(pair, (counts.get(pair) ?? 0) + 1);
			}
		}
	}

	return counts;
}

// Few distinct characters, so that pairs repeat; enough texts to make the table grow several times.
const han = fc.constantFrom(...'工作吉林省市场监督管理厅驻英安镇西郊村第一书记張洪岩眼眶湿潤㐀䶿豈', 'a', '，', ' ', '😀');
const pairRich = fc.array(fc.array(han, {maxLength: 200}).map(units => units.join('')), {maxLength: 60});

test('every pair of adjacent Han characters is counted exactly, and no other pair', () => {
	fc.assert(fc.property(pairRich, fc.array(fc.tuple(han, han), {maxLength: 20}), (texts, probes) => {
		const counts = countBigrams(texts);
		const expected = reference(texts);
		for (const [pair, count] of expected) {
			expect(counts.count(pair.charCodeAt(0), pair.charCodeAt(1))).toBe(count);
		}

		for (const [first, second] of probes) {
			expect(counts.count(first.charCodeAt(0), second.charCodeAt(0))).toBe(expected.get(first + second) ?? 0);
		}
	}));
});

test('thousands of distinct pairs survive the table growing', () => {
	const text = Array.from({length: 20_000}, (_, index) => String.fromCharCode(0x4E_00 + index)).join('');
	const counts = countBigrams([text, text]);
	expect(counts.count(0x4E_00, 0x4E_01)).toBe(2);
	expect(counts.count(0x4E_00 + 19_998, 0x4E_00 + 19_999)).toBe(2);
	expect(counts.count(0x4E_01, 0x4E_00)).toBe(0);
});

test.each([
	['工作 said three times', ['工作', '工作', '工作'], '工', '作', true],
	['a pair seen twice is not enough', ['工作', '工作'], '工', '作', false],
	['a pair never seen', ['工作', '工作', '工作'], '离弦', '石可破也', false],
	['an empty side', ['工作', '工作', '工作'], '', '作', false],
])('breaksWord: %s', (_name, texts, before, after, expected) => {
	expect(breaksWord(before, after, countBigrams(texts))).toBe(expected);
});
