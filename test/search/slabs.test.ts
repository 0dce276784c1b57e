import fc from 'fast-check';
import {expect, test} from 'vitest';
import {Slabs} from '../../source/core/search/slabs.js';

test('copies keep their contents, share slabs in order, and never overlap', () => {
	fc.assert(
		fc.property(fc.array(fc.array(fc.nat(), {maxLength: 40}), {maxLength: 60}), (arrays) => {
			const slabs = new Slabs<Uint32Array>((length) => new Uint32Array(length), 64);
			const copies = arrays.map((values) => slabs.copy(Uint32Array.from(values)));
			for (const [index, copy] of copies.entries()) {
				expect([...copy]).toEqual(arrays[index]!.map((value) => value >>> 0));
			}

			// Writing one copy leaves every other as it was.
			for (const [index, copy] of copies.entries()) {
				copy.fill(index);
			}

			expect(copies.every((copy, index) => copy.every((value) => value === index))).toBe(true);
			const small = copies.filter((copy) => copy.length > 0 && copy.length <= 16);
			for (let index = 1; index < small.length; index++) {
				const [previous, current] = [small[index - 1]!, small[index]!];
				// The next copy follows the previous one in its slab, or starts a new slab.
				expect(current.buffer !== previous.buffer || current.byteOffset === previous.byteOffset + previous.byteLength).toBe(true);
			}
		}),
		{numRuns: 200},
	);
});

test('an array larger than a quarter of a slab keeps its own buffer', () => {
	const slabs = new Slabs<Int32Array>((length) => new Int32Array(length), 64);
	const large = new Int32Array(17);
	expect(slabs.copy(large)).toBe(large);
	const small = new Int32Array(16).fill(3);
	const copy = slabs.copy(small);
	expect(copy).not.toBe(small);
	expect(copy.buffer.byteLength).toBe(64 * 4);
	expect([...copy]).toEqual([...small]);
});

test('placing a stretch of an array says which slab and where, numbering slabs as they are made', () => {
	const slabs = new Slabs<Uint32Array>((length) => new Uint32Array(length), 8);
	const source = Uint32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	const placed = [[0, 2], [2, 2], [4, 2], [6, 2], [8, 2]].map(([start, length]) => {
		const offset = slabs.place(source, start!, length!);
		return {slab: slabs.placedIn, offset, words: [...slabs.all[slabs.placedIn]!.subarray(offset, offset + length!)]};
	});
	expect(placed).toEqual([
		{slab: 0, offset: 0, words: [1, 2]},
		{slab: 0, offset: 2, words: [3, 4]},
		{slab: 0, offset: 4, words: [5, 6]},
		{slab: 0, offset: 6, words: [7, 8]},
		{slab: 1, offset: 0, words: [9, 10]},
	]);
	// More than a quarter of a slab is a slab of its own, between the others, and filling goes on where it was.
	expect(slabs.place(source, 0, 3)).toBe(0);
	expect(slabs.placedIn).toBe(2);
	expect([...slabs.all[2]!]).toEqual([1, 2, 3]);
	expect(slabs.place(source, 0, 2)).toBe(2);
	expect(slabs.placedIn).toBe(1);
});
