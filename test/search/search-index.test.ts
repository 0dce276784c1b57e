import Fuse from 'fuse.js';
import {describe, expect, test, vi} from 'vitest';
import type {Document} from '../../source/core/document.js';
import {foldText, locateHit, SearchIndex, type SearchResults} from '../../source/core/search/index.js';
import {makeDocument} from '../state/fixtures.js';

function indexOf(...documents: Document[]): SearchIndex {
	const index = new SearchIndex();
	for (const document of documents) {
		index.add(document.path, document);
	}

	return index;
}

/** The text of every hit, as written in the document, in result order. */
function hitTexts(index: SearchIndex, results: SearchResults): string[] {
	return results.documents.flatMap((hits) => {
		const entry = index.entry(hits.key)!;
		const texts: string[] = [];
		for (let at = 0; at < hits.ranges.length; at += 2) {
			const location = locateHit(entry, hits.ranges[at]!, hits.ranges[at + 1]!);
			const text = location.block === -1 ? hits.document.title : hits.document.blocks[location.block]!.text;
			texts.push(text.slice(location.start, location.end));
		}

		return texts;
	});
}

const village = makeDocument('驻村干部的一天', ['# 清晨', '驻村干部老李五点就起床了，他要去看看村里的图书馆。', '# 午后', '孩子们长大了，银行的贷款也批下来了。']);
const traditional = makeDocument('圖書館開放時間', ['本館自即日起延長開放時間。', '讀者可憑證件入館。'], {script: 'traditional'});
const latin = makeDocument('Vaccine notes', ['The COVID-19 vaccine rollout began in Ｊａｎｕａｒｙ.', '行动计划 was published later.']);

describe('exact and folded matches', () => {
	const index = indexOf(village, traditional, latin);
	test.each([
		['图书馆', ['圖書館', '图书馆']],
		['圖書館', ['圖書館', '图书馆']],
		['館', ['館', '館', '館', '馆']],
		['covid-19', ['COVID-19']],
		['january', ['Ｊａｎｕａｒｙ']],
		['ＣＯＶＩＤ', ['COVID']],
	])('%s finds %j, title hits first, offsets into the original text', (query, expected) => {
		expect(hitTexts(index, index.search(query))).toEqual(expected);
	});

	test('a title hit ranks its document above body hits', () => {
		const [first, second] = index.search('图书馆').documents;
		expect(first?.key).toBe(traditional.path);
		expect(first?.field).toBe('title');
		expect(second?.field).toBe('paragraph');
		expect(first!.score).toBeLessThan(second!.score);
	});

	test('a heading hit ranks above a body hit', () => {
		const body = makeDocument('甲', ['午后的阳光很好。']);
		const results = indexOf(body, village).search('午后');
		expect(results.documents.map((hits) => [hits.key, hits.field])).toEqual([[village.path, 'heading'], [body.path, 'paragraph']]);
	});

	test('counts hits and documents', () => {
		const results = index.search('館');
		expect(results.hitCount).toBe(4);
		expect(results.documents).toHaveLength(2);
		expect(results.searched).toBe(3);
	});

	test('no hit gives no documents', () => {
		expect(index.search('火星基地').documents).toEqual([]);
		expect(index.search('').documents).toEqual([]);
		expect(index.search('   ').documents).toEqual([]);
	});
});

describe('pinyin', () => {
	const index = indexOf(village, traditional, latin);
	test.each([
		['zcgb', '驻村干部'],
		['zhucun', '驻村'],
		['zhucungan', '驻村干'],
		['zhuc', '驻村'],
		['ZhùCūn', '驻村'],
		['zhangda', '长大'],
		['yinhang', '银行'],
		['xingdong', '行动'],
		['tushuguan', '图书馆'],
		['tsg', '图书馆'],
	])('%s finds %s', (query, expected) => {
		const results = index.search(query);
		expect(results.documents.length).toBeGreaterThan(0);
		expect(results.documents.every((hits) => hits.kind === 'pinyin')).toBe(true);
		expect(hitTexts(index, results).map((text) => foldText(text))).toContain(expected);
	});

	test('a polyphone matches by its other reading too', () => {
		expect(hitTexts(index, index.search('changda'))).toEqual(['长大']);
		expect(hitTexts(index, index.search('hangdong'))).toEqual(['行动']);
	});

	test('one syllable alone is not a pinyin query', () => {
		expect(index.search('de').documents).toEqual([]);
	});

	test('letters that are no pinyin find nothing', () => {
		expect(index.search('qqxxzz').documents).toEqual([]);
	});

	test('exact Latin hits rank above pinyin hits', () => {
		const word = makeDocument('Words', ['the word xingdong appears literally here.']);
		const results = indexOf(latin, word).search('xingdong');
		expect(results.documents.map((hits) => [hits.key, hits.kind])).toEqual([[word.path, 'exact'], [latin.path, 'pinyin']]);
	});
});

describe('fuzzy and extended syntax', () => {
	const index = indexOf(village, traditional, latin);
	test('one wrong character in four still finds the paragraph, below exact hits', () => {
		const results = index.search('驻村干活');
		expect(results.documents.map((hits) => hits.kind)).toEqual(['fuzzy']);
		expect(results.documents[0]?.key).toBe(village.path);
	});

	test('a two-character query does not match text holding only one of its characters', () => {
		expect(index.search('村庄').documents).toEqual([]);
	});

	test.each([
		["'图书馆", [traditional.path, village.path]],
		['图书馆 !老李', [traditional.path]],
		['老李 图书馆', [village.path]],
		['贷款 | 延長', [traditional.path, village.path].sort()],
		['^驻村', [village.path]],
		['起床了$', []],
		['讀者可憑證件入館。 | =读者可凭证件入馆。', [traditional.path]],
	])('%s finds %j', (query, keys) => {
		const found = index.search(query).documents.map((hits) => hits.key);
		expect(query.includes('|') ? [...found].sort() : found).toEqual(keys);
	});

	test('near misses beyond the places a keystroke scores are said to be left out; a script gets them all', () => {
		// Twelve documents, each holding the phrase the typo misses in three paragraphs.
		const documents = Array.from({length: 12}, (_, number) => makeDocument(`通知${number}`, ['疫情防控工作部署。', '做好疫情防控。', '疫情防控不放松。']));
		const quick = new SearchIndex({nearMissPlaces: 10});
		const all = new SearchIndex({nearMissPlaces: Number.POSITIVE_INFINITY});
		for (const document of documents) {
			quick.add(document.path, document);
			all.add(document.path, document);
		}

		const capped = quick.search('疫情防空');
		expect(capped.nearMissCap).toBe(10);
		expect(capped.documents.length).toBeLessThan(documents.length);
		const complete = all.search('疫情防空');
		expect(complete.nearMissCap).toBeUndefined();
		expect(complete.documents.map((hits) => hits.key).sort()).toEqual(documents.map((document) => document.path).sort());
		expect(complete.hitCount).toBe(documents.length * 3);
	});

	test('full-width punctuation typed with an input method is text, not an operator: only ASCII ones are', () => {
		const exclaimed = makeDocument('通知', ['大家好！“驻村干部”来了。', '价格＄5，比例＝1。']);
		const local = indexOf(village, exclaimed);
		expect(hitTexts(local, local.search('！“'))).toEqual(['！“']);
		expect(hitTexts(local, local.search('＄5'))).toEqual(['＄5']);
		expect(hitTexts(local, local.search('＝1'))).toEqual(['＝1']);
		// The ASCII operators still work: `!` excludes, `'` asks for exact text.
		expect(local.search('驻村干部 !来了').documents.map((hits) => hits.key)).toEqual([village.path]);
		expect(local.search("'驻村").documents.every((hits) => hits.kind === 'exact')).toBe(true);
	});

	test('AND needs both terms in one paragraph', () => {
		expect(index.search('老李 贷款').documents).toEqual([]);
	});

	test('a query longer than 32 characters works', () => {
		const sentence = '驻村干部老李五点就起床了，他要去看看村里的图书馆。';
		const long = sentence + sentence;
		expect(long.length).toBeGreaterThan(32);
		const document = makeDocument('长段', [long + long]);
		const local = indexOf(village, document);
		const results = local.search(long);
		expect(results.documents.filter((hits) => hits.kind === 'exact').map((hits) => hits.key)).toEqual([document.path]);
		expect(results.documents[0]?.key).toBe(document.path);
		expect(hitTexts(local, {...results, documents: results.documents.slice(0, 1)})).toEqual([long, long, long]); // Four sentences hold two-sentence runs at three places.
	});
});

test('a pasted passage with no exact hit is not scored for near misses', () => {
	const index = indexOf(village, traditional, latin);
	const fuzzy = vi.spyOn(Fuse.prototype, 'search');
	expect(index.search('疫情防控人民战争'.repeat(250)).documents).toEqual([]);
	expect(fuzzy).not.toHaveBeenCalled();
	// A typo in a short query still gets them.
	expect(index.search('驻村干活').documents).toHaveLength(1);
	expect(fuzzy).toHaveBeenCalled();
	fuzzy.mockRestore();
});

test('documents added after a query are found by the next one', () => {
	const index = indexOf(village);
	expect(index.search('圖書館').documents).toHaveLength(1);
	index.add(traditional.path, traditional);
	expect(index.search('圖書館').documents).toHaveLength(2);
});
