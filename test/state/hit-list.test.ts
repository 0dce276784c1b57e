import fc from 'fast-check';
import {expect, test} from 'vitest';
import {headStart, textOffsetOf} from '../../source/core/document-offset.js';
import {locateHit, SearchIndex} from '../../source/core/search/index.js';
import {hitList, noHits} from '../../source/state/hit-list.js';
import {documents} from './fixtures.js';

const index = new SearchIndex();
for (const document of documents) {
	index.add(document.key, document);
}

/** Every hit located at once, the way the list must agree with. */
function locatedAll(query: string) {
	return index.search(query).documents.flatMap((found) => {
		const entry = index.entry(found.key)!;
		const hits = [];
		for (let at = 0; at < found.ranges.length; at += 2) {
			const {field, block, start, end} = locateHit(entry, found.ranges[at]!, found.ranges[at + 1]!);
			hits.push({key: found.document.key, kind: found.kind, field, block, start, end, offset: block < 0 ? headStart : textOffsetOf(found.document, {block, offset: start})});
		}

		return hits;
	});
}

test.each(['疫', '干部', '驻村', 'zc', '火星'])('hits of %s: the lazy list gives each hit, a page or a document\'s as locating them all would', (query) => {
	const expected = locatedAll(query);
	const list = () => hitList(index, locateHit, index.search(query).documents);
	expect(list().length).toBe(expected.length);
	expect(list().slice(0, expected.length + 5)).toEqual(expected);
	fc.assert(
		fc.property(fc.integer({min: -2, max: expected.length + 2}), fc.integer({min: 0, max: 12}), (start, size) => {
			// A fresh list each time: pages asked in any order locate the same hits.
			const hits = list();
			expect(hits.at(start)).toEqual(start >= 0 ? expected[start] : undefined);
			expect(hits.slice(start, start + size)).toEqual(expected.slice(Math.max(0, start), Math.max(0, start + size)));
		}),
		{numRuns: 40},
	);
	// One list asked for each document in turn, then back, and each twice in a row, as the reader asks.
	const shared = list();
	for (const document of [...documents, ...documents.toReversed()].flatMap((document) => [document, document])) {
		expect(shared.inDocument(document.key)).toEqual(expected.filter((hit) => hit.key === document.key));
	}
});

test('no hits', () => {
	expect(noHits.length).toBe(0);
	expect(noHits.at(0)).toBeUndefined();
	expect(noHits.slice(0, 10)).toEqual([]);
});
