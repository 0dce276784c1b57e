import fc from 'fast-check';
import {expect, test} from 'vitest';
import {foldText, SearchIndex} from '../../source/core/search/index.js';
import {makeDocument} from '../state/fixtures.js';

/** Every occurrence, overlaps included, the slow way. */
function naive(text: string, needle: string): number[] {
	const ranges: number[] = [];
	for (let start = 0; start + needle.length <= text.length; start++) {
		if (text.startsWith(needle, start)) {
			ranges.push(start, start + needle.length);
		}
	}

	return ranges;
}

// U+4E00–U+4EFF characters (one search byte for all: a scan for any of them stops everywhere),
// 长 read chang or zhang, a character with no reading and a Latin letter.
const alphabet = fc.constantFrom('一', '下', '上', '不', '与', '长', '长', '，', 'a');

test('terms whose scan would stop everywhere are found through the initials, exactly where a plain scan finds them', () => {
	fc.assert(
		fc.property(fc.array(fc.array(alphabet, {maxLength: 300}), {minLength: 1, maxLength: 3}), fc.array(alphabet, {minLength: 1, maxLength: 4}), (bodies, needleChars) => {
			const needle = needleChars.join('');
			const index = new SearchIndex();
			const documents = bodies.map((body, number) => makeDocument(`文${number}`, [body.join('')]));
			for (const document of documents) {
				index.add(document.path, document);
			}

			// `'` asks for the text itself: no pinyin, no near misses.
			const found = new Map(index.search(`'${needle}`).documents.map((hits) => [hits.key, hits.ranges]));
			for (const document of documents) {
				expect(found.get(document.path) ?? []).toEqual(naive(index.entry(document.path)!.text, foldText(needle)));
			}
		}),
		{numRuns: 150},
	);
});
