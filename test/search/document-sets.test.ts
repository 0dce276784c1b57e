import fc from 'fast-check';
import {expect, test} from 'vitest';
import {holdingAll, holdingMany, holdingOneOfEach} from '../../source/core/search/candidates.js';
import {DocumentSets} from '../../source/core/search/document-sets.js';

/** Documents as the distinct code units each holds, from a small alphabet so that they overlap; more than 32, so rows take several words. */
const collection = fc.array(fc.uniqueArray(fc.integer({min: 0, max: 40}), {maxLength: 8}), {maxLength: 300});

function setsOf(documents: ReadonlyArray<readonly number[]>): DocumentSets {
	const sets = new DocumentSets();
	for (const [ordinal, codes] of documents.entries()) {
		sets.addDocument(ordinal, Uint32Array.from(codes.flatMap((code) => [code, 1])));
	}

	return sets;
}

const marked = (documents: ReadonlyArray<readonly number[]>, keep: (codes: readonly number[]) => boolean) => documents.map((codes) => (keep(codes) ? 1 : 0));

test('each document holds exactly its code units, those first seen in later documents included', () => {
	fc.assert(
		fc.property(collection, (documents) => {
			const sets = setsOf(documents);
			for (let code = 0; code <= 42; code++) {
				const holding = documents.flatMap((codes, ordinal) => (codes.includes(code) ? [ordinal] : []));
				expect(sets.count(code)).toBe(holding.length);
				const ordinals = Array.from({length: documents.length + 40}, (_, ordinal) => ordinal);
				expect(ordinals.filter((ordinal) => sets.has(code, ordinal))).toEqual(holding);
			}
		}),
		{numRuns: 150},
	);
});

test('candidates: all of the code units, one of each group, at least n of them — as a scan of every document would find', () => {
	const query = fc.array(fc.integer({min: 0, max: 42}), {minLength: 1, maxLength: 4});
	fc.assert(
		fc.property(collection, query, query, fc.integer({min: 1, max: 4}), (documents, first, second, wanted) => {
			const sets = setsOf(documents);
			const size = documents.length;
			expect([...holdingAll(sets, size, first)]).toEqual(marked(documents, (codes) => first.every((code) => codes.includes(code))));
			expect([...holdingOneOfEach(sets, size, [first, second])]).toEqual(marked(documents, (codes) => first.some((code) => codes.includes(code)) && second.some((code) => codes.includes(code))));
			const distinct = [...new Set(first)];
			expect([...holdingMany(sets, size, first, wanted)]).toEqual(marked(documents, (codes) => distinct.filter((code) => codes.includes(code)).length >= wanted));
		}),
		{numRuns: 150},
	);
});

test('occurrences of each code unit are summed over the documents added', () => {
	const sets = new DocumentSets();
	sets.addDocument(0, Uint32Array.from([0x4e_00, 3, 0x89_81, 1]));
	sets.addDocument(1, Uint32Array.from([0x89_81, 4, 0x4e_0b, 2]));
	expect([0x4e_00, 0x89_81, 0x4e_0b, 0x4e_8c].map((code) => sets.occurrencesOf(code))).toEqual([3, 5, 2, 0]);
});
