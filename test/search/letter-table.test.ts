import {expect, test} from 'vitest';
import {IndexDataBuilder} from '../../source/core/search/document-index-data.js';
import {bitCount, bitmapWords} from '../../source/core/search/index-data-shape.js';
import {listEndField, listStartField, placeFields, slabField, wordField, LetterTable} from '../../source/core/search/letter-table.js';
import {makeDocument} from '../state/fixtures.js';

// Documents of different lengths and letters: some letters common (bitmaps), some rare (lists), some absent.
const texts = ['驻村干部', '的的的的是是在在中中长长行行', '阿', `${'的'.repeat(300)}驻`, 'no Chinese at all', `${'长行'.repeat(40)}村干部`];

test('every document keeps its own bitmaps and list bounds, across the table growing past its first 64 documents', () => {
	const builder = new IndexDataBuilder();
	const table = new LetterTable();
	const built = Array.from({length: 200}, (_, ordinal) => builder.build(makeDocument(`标题${ordinal}`, [texts[ordinal % texts.length]!.repeat(1 + (ordinal % 7))])));
	for (const [ordinal, data] of built.entries()) {
		table.add(ordinal, data);
	}

	for (const [ordinal, data] of built.entries()) {
		const words = bitmapWords(data.text.length);
		expect(table.words[ordinal]).toBe(words);
		let bitmapsSoFar = 0;
		let listsSoFar = 0;
		for (let letter = 0; letter < 26; letter++) {
			const bit = 1 << letter;
			const place = table.places[letter]!.subarray(ordinal * placeFields, (ordinal + 1) * placeFields);
			if ((data.listed & bit) !== 0) {
				expect(place[slabField]).toBe(-1);
				expect([place[listStartField], place[listEndField]]).toEqual([listsSoFar === 0 ? 0 : data.listEnds[listsSoFar - 1], data.listEnds[listsSoFar]]);
				listsSoFar++;
			} else if ((data.present & bit) === 0) {
				expect(place[slabField]).toBe(-1);
				expect(place[listEndField]! - place[listStartField]!).toBe(0);
			} else {
				const slab = table.bitmaps[letter]![place[slabField]!]!;
				const copy = slab.subarray(place[wordField], place[wordField]! + words);
				expect([...copy]).toEqual([...data.bitmaps.subarray(bitmapsSoFar * words, (bitmapsSoFar + 1) * words)]);
				bitmapsSoFar++;
			}
		}

		expect(bitmapsSoFar).toBe(bitCount(data.present & ~data.listed));
	}
});
