import fc from 'fast-check';
import {expect, test} from 'vitest';
import {SearchIndex} from '../../source/core/search/index.js';
import {PinyinReadings} from '../../source/core/search/pinyin-readings.js';
import {makeDocument} from '../state/fixtures.js';

// Characters with their initials: 长 (chang, zhang) and 行 (xing, hang) have two. Some are common
// in a generated text, some rare, so a document keeps some letters as bitmaps and others as lists.
const alphabet = ['的', '是', '长', '行', '在', '中', '村', '干', '部', '驻', '阿', '。'];
const readings = new PinyinReadings();

/** Where an initials query matches, the slow way: every position, every character's readings. */
function naiveStarts(text: string, query: string): number[] {
	const starts: number[] = [];
	for (let start = 0; start + query.length <= text.length; start++) {
		const matches = [...query].every((letter, index) => readings.readingsOf(text.charCodeAt(start + index)).some((reading) => reading.startsWith(letter)));
		if (matches) {
			starts.push(start);
		}
	}

	return starts;
}

test('pinyin initials match exactly where every character has a reading with that letter, in short and long texts alike', () => {
	// Weights per mille: 的 is everywhere, 阿 (the only `a`) and 驻 are rare enough in a long text to be lists.
	const weights = [300, 200, 100, 100, 100, 80, 50, 30, 20, 2, 1, 17];
	const charOf = (pick: number) => {
		let rest = pick;
		const found = weights.findIndex((weight) => (rest -= weight) < 0);
		return alphabet[found === -1 ? alphabet.length - 1 : found]!;
	};

	const picks = fc.oneof(fc.array(fc.nat({max: 999}), {maxLength: 60}), fc.array(fc.nat({max: 999}), {minLength: 1500, maxLength: 2500}));
	const text = picks.map((chosen) => chosen.map((pick) => charOf(pick)).join(''));
	// No reading starts with i: a query with it has no initials to match (`jiben` is full pinyin only).
	const query = fc.array(fc.constantFrom('d', 's', 'c', 'z', 'x', 'h', 'g', 'b', 'a', 'a', 'i'), {minLength: 2, maxLength: 4}).map((letters) => letters.join(''));
	fc.assert(
		fc.property(fc.array(text, {minLength: 1, maxLength: 4}), query, (texts, typed) => {
			const index = new SearchIndex();
			const documents = texts.map((body, at) => makeDocument(`标题${at}`, [body]));
			for (const document of documents) {
				index.add(document.path, document);
			}

			const found = new Map(index.search(typed).documents.map((hits) => [hits.key, hits.ranges]));
			for (const document of documents) {
				const entry = index.entry(document.path)!;
				const expected = naiveStarts(entry.text, typed);
				// Hits as long as the query are its initials; shorter ones are full pinyin, which a letter
				// that starts a syllable may also be (azh: 阿中 reads a zhong). Of two hits at one start the longer is kept.
				const ranges = found.get(document.path) ?? [];
				const starts = ranges.filter((start, index) => index % 2 === 0 && ranges[index + 1]! - start === typed.length);
				expect(starts).toEqual(expected);
			}
		}),
		{numRuns: 60},
	);
	// About a second alone; a busy machine running the other test files beside it once took 37 s.
}, 120_000);

test('letters that begin a syllable may match as full pinyin, not as initials: azh finds 阿中 (a zhong), two characters', () => {
	const index = new SearchIndex();
	const document = makeDocument('标题', [`${'的'.repeat(40)}阿中${'的'.repeat(40)}`]);
	index.add(document.path, document);
	const [hits] = index.search('azh').documents;
	const [start = -1, end = -1] = hits?.ranges ?? [];
	expect(hits?.ranges).toHaveLength(2);
	expect(index.entry(document.path)!.text.slice(start, end)).toBe('阿中');
});

test('a term read as initials only when every letter starts some reading: no character is read i…, u… or v…', () => {
	const index = new SearchIndex();
	const document = makeDocument('标题', ['基本的驻村干部']);
	index.add(document.path, document);
	const found = (query: string) => index.search(query).documents.flatMap((hits) => hits.ranges);
	// jb as initials, jiben as full pinyin: 基本, after the title's line.
	expect(found('jb')).toEqual([3, 5]);
	expect(found('jiben')).toEqual([3, 5]);
	// Letters of i, u, v never begin a syllable: as initials nothing matches.
	expect(found('zi')).toEqual([]);
	expect(new PinyinReadings().initials).toBe(0);
	const readings = new PinyinReadings();
	readings.initialMask('长'.charCodeAt(0));
	expect(readings.initials).toBe((1 << 2) | (1 << 25));
});
