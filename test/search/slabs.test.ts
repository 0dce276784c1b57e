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
