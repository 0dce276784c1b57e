import fc from 'fast-check';
import {expect, test} from 'vitest';
import {foldText} from '../../source/core/search/fold.js';
import {PinyinReadings} from '../../source/core/search/pinyin-readings.js';

test.each([
	['圖書館', '图书馆'],
	['後來發展', '后来发展'],
	['ＡＢＣ１２３！', 'abc123!'],
	['全角\u3000空格', '全角 空格'],
	['COVID-19 Vaccine', 'covid-19 vaccine'],
	['Zhù Cūn Gàn Bù', 'zhu cun gan bu'],
	['lǚ nǘ', 'lu nu'],
	['图书馆 abc', '图书馆 abc'],
	['𠮷祥', '𠮷祥'],
])('folds %j to %j', (text, folded) => {
	expect(foldText(text)).toBe(folded);
});

test('folding keeps every offset: one code unit for one', () => {
	fc.assert(
		fc.property(fc.string({unit: 'grapheme', maxLength: 40}), (text) => {
			expect(foldText(text)).toHaveLength(text.length);
		}),
	);
	fc.assert(
		fc.property(fc.array(fc.integer({min: 0x4E_00, max: 0x9F_FF}), {maxLength: 30}), (codes) => {
			const text = String.fromCharCode(...codes);
			expect(foldText(text)).toHaveLength(text.length);
		}),
	);
});

test('folding is idempotent', () => {
	fc.assert(
		fc.property(fc.string({unit: 'grapheme', maxLength: 40}), (text) => {
			expect(foldText(foldText(text))).toBe(foldText(text));
		}),
	);
});

test.each([
	['长', ['chang', 'zhang']],
	['行', ['xing', 'hang']],
	['重', ['zhong', 'chong']],
	['乐', ['le', 'yue']],
	['女', ['nv', 'nu']],
	['村', ['cun']],
])('%s reads as %j, among others', (char, expected) => {
	const readings = new PinyinReadings();
	expect(readings.readingsOf(char.charCodeAt(0))).toEqual(expect.arrayContaining(expected));
	const mask = readings.initialMask(char.charCodeAt(0));
	for (const reading of expected) {
		expect(mask & (1 << (reading.charCodeAt(0) - 0x61))).not.toBe(0);
	}
});

test('characters without pinyin have no readings', () => {
	const readings = new PinyinReadings();
	for (const char of ['a', '，', '1', ' ']) {
		expect(readings.readingsOf(char.charCodeAt(0))).toEqual([]);
		expect(readings.initialMask(char.charCodeAt(0))).toBe(0);
	}
});
