import fc from 'fast-check';
import {expect, test} from 'vitest';
import {DocumentSets} from '../../source/core/search/document-sets.js';
import {exactNeedle, findExact, noRanges, ScanStops} from '../../source/core/search/scan-stops.js';

/** Code units as pairs of unit and count, as a document's index data gives them. */
function counted(text: string): Uint32Array {
	const counts = new Map<number, number>();
	for (let index = 0; index < text.length; index++) {
		counts.set(text.charCodeAt(index), (counts.get(text.charCodeAt(index)) ?? 0) + 1);
	}

	return Uint32Array.from([...counts].flat());
}

/** Scan stops over a text, counted as an index counts its documents' code units. */
function stopsOver(text: string): ScanStops {
	const sets = new DocumentSets();
	sets.addDocument(0, counted(text));
	return new ScanStops(sets);
}

function plainScan(text: string, needle: string): number[] {
	const ranges: number[] = [];
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
		ranges.push(at, at + needle.length);
	}

	return ranges;
}

// Characters whose search bytes collide (一 丁 下 上 all hold 0x4E) beside ones that do not, and a surrogate pair.
const alphabet = fc.constantFrom('一', '丁', '下', '上', '要', '主', 'a', 'b', '\n', '𠀀');

test('a scan from any offset of the needle finds exactly what a plain scan finds, overlaps included', () => {
	fc.assert(
		fc.property(fc.array(alphabet, {maxLength: 80}), fc.array(alphabet, {minLength: 1, maxLength: 5}), (textChars, needleChars) => {
			const text = textChars.join('');
			const needle = needleChars.join('');
			for (let from = 0; from < needle.length; from++) {
				expect(findExact(text, exactNeedle(needle, from))).toEqual(plainScan(text, needle));
			}
		}),
		{numRuns: 300},
	);
	expect(findExact('下一下一一', exactNeedle('一一', 1))).toEqual([3, 5]);
	// No find: the one shared, frozen empty list.
	expect(findExact('下一', exactNeedle('一一', 1))).toBe(noRanges);
	expect(Object.isFrozen(noRanges)).toBe(true);
});

test.each([
	// 主 and 一 stop the scan at every U+4Exx character, a tenth of Chinese text; 要 at few.
	{needle: '主要', from: 1, why: 'the first character shares its byte with common ones'},
	{needle: '要主', from: 0, why: 'the first character is already the cheapest'},
	{needle: '下一', from: 0, why: 'a tie keeps the first'},
	{needle: '一上下不与且要', from: 0, why: 'a needle of 7 or more keeps a tail of 7 for Boyer-Moore-Horspool'},
	{needle: '一要上下不与且世', from: 1, why: 'the tail from offset 1 still has 7'},
])('$needle is scanned from $from: $why', ({needle, from}) => {
	const stops = stopsOver('一上下不与且世业东丢两个中丰串临为主丽举么义之乌乎乏乐乔乘九也习乡书买乱了予争事二于云互五井亚些'.repeat(20) + '要');
	expect(stops.scanFrom(needle)).toBe(from);
});

test('a tail found too often costs more than the stops it saves', () => {
	// 要 (byte 0x89) stops little, but is itself most of the text: every find returns to the caller.
	const stops = stopsOver('一上下不与且'.repeat(10) + '要'.repeat(200));
	expect(stops.scanFrom('主要')).toBe(0);
});

test('the share of code units that stop a scan: those holding the searched byte, high or low', () => {
	expect(new ScanStops(new DocumentSets()).stopShare('一', 0)).toBe(0);
	// 一 and 下 both hold byte 0x4E; 要 holds 0x89 and 0x81.
	const stops = stopsOver('一一下要');
	expect(stops.stopShare('下一', 0)).toBe(3 / 4);
	expect(stops.stopShare('下一', 1)).toBe(3 / 4);
	expect(stops.stopShare('主要', 1)).toBe(1 / 4);
});

test('stops are counted again once more documents are added', () => {
	const sets = new DocumentSets();
	sets.addDocument(0, counted('一上下不与且'.repeat(10) + '要'));
	const stops = new ScanStops(sets);
	expect(stops.scanFrom('主要')).toBe(1);
	sets.addDocument(1, counted('要'.repeat(400)));
	expect(stops.scanFrom('主要')).toBe(0);
});
