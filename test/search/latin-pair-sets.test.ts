import fc from 'fast-check';
import {expect, test} from 'vitest';
import {IndexDataBuilder} from '../../source/core/search/document-index-data.js';
import {latinPairsOf, latinPairWords} from '../../source/core/search/index-data-shape.js';
import {LatinPairSets} from '../../source/core/search/latin-pair-sets.js';
import type {Document} from '../../source/core/document.js';

const pairName = (bit: number) => [Math.floor(bit / 36), bit % 36].map((symbol) => (symbol < 10 ? String(symbol) : String.fromCharCode(0x61 + symbol - 10))).join('');

test.each([
	{text: 'covid-19', pairs: ['co', 'ov', 'vi', 'id', '19']},
	{text: '驻村ab干部', pairs: ['ab']},
	{text: 'a b', pairs: []},
	{text: 'aaa', pairs: ['aa']},
	{text: 'x\ny', pairs: []},
	{text: '第2024年', pairs: ['20', '02', '24']},
])('$text holds the Latin pairs $pairs', ({text, pairs}) => {
	expect(latinPairsOf(text).map((bit) => pairName(bit)).sort()).toEqual([...pairs].sort());
});

const latinish = fc.array(fc.constantFrom('a', 'b', 'z', '0', '9', '-', ' ', '驻', '村', '\n', 'é'), {maxLength: 60}).map((chars) => chars.join(''));

function documentOf(text: string): Document {
	const [title = '', ...lines] = text.split('\n');
	return {id: 'd', path: 'd', title, date: null, author: null, source: null, format: 'text', encoding: 'utf-8', script: 'unknown', blocks: lines.map((line) => ({kind: 'paragraph', text: line})), sections: [], chars: 0} as unknown as Document;
}

test('a document is marked with exactly the Latin pairs of its folded text, none across a line', () => {
	const builder = new IndexDataBuilder();
	fc.assert(
		fc.property(latinish, (text) => {
			const data = builder.build(documentOf(text));
			expect(data.latinPairs.length).toBe(latinPairWords);
			const marked = Array.from({length: latinPairWords * 32}, (_, bit) => bit).filter((bit) => ((data.latinPairs[bit >>> 5]! >>> (bit & 31)) & 1) === 1);
			expect(marked).toEqual(latinPairsOf(data.text));
		}),
		{numRuns: 200},
	);
});

test('narrowing keeps every document that holds the term and drops those lacking one of its pairs', () => {
	const builder = new IndexDataBuilder();
	fc.assert(
		fc.property(fc.array(latinish, {maxLength: 12}), fc.array(fc.constantFrom('a', 'b', 'z', '0', '-', '驻'), {minLength: 1, maxLength: 4}), (texts, termChars) => {
			const term = termChars.join('');
			const sets = new LatinPairSets();
			const folded = texts.map((text, ordinal) => {
				const data = builder.build(documentOf(text));
				sets.addDocument(ordinal, data.latinPairs);
				return data.text;
			});
			const marks = new Uint8Array(texts.length).fill(1);
			sets.narrow(marks, term);
			for (const [ordinal, text] of folded.entries()) {
				const holdsPairs = latinPairsOf(term).every((bit) => latinPairsOf(text).includes(bit));
				expect(marks[ordinal]).toBe(holdsPairs ? 1 : 0);
				if (text.includes(term)) {
					expect(marks[ordinal]).toBe(1);
				}
			}
		}),
		{numRuns: 150},
	);
});

test('documents are added in order, past the first buffer', () => {
	const sets = new LatinPairSets();
	const row = new Uint32Array(latinPairWords);
	for (let ordinal = 0; ordinal < 600; ordinal++) {
		sets.addDocument(ordinal, ordinal === 599 ? Uint32Array.from(row, (_, index) => (index === 0 ? 1 : 0)) : row);
	}

	expect(() => sets.addDocument(7, row)).toThrow(RangeError);
	const marks = new Uint8Array(600).fill(1);
	sets.narrow(marks, '00');
	expect([...marks.keys()].filter((ordinal) => marks[ordinal] === 1)).toEqual([599]);
});
