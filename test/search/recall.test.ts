import fc from 'fast-check';
import path from 'node:path';
import {expect, test} from 'vitest';
import type {Document} from '../../source/core/document.js';
import {foldText, locateHit, SearchIndex} from '../../source/core/search/index.js';
import {findDocuments} from '../../source/io/find-documents.js';
import {loadDocument, loadFixture, root} from '../helpers/load-document.js';

const seeds = await Promise.all(findDocuments([path.join(root, 'data')]).files.map(async (file) => loadDocument(file.path)));
const fixtures = await Promise.all(['traditional-pinyin.txt', 'gb18030-notice.txt', 'magazine-ocr.txt', 'big5-article.txt'].map(async (name) => loadFixture(name)));
const documents = [...seeds, ...fixtures];
const index = new SearchIndex();
for (const document of documents) {
	index.add(document.path, document);
}

const texts = (document: Document) => [document.title, ...document.blocks.map((block) => block.text)];

/** Occurrences of a folded query in a document, counted the slow way: every start in every text. */
function naiveCount(document: Document, query: string): number {
	let count = 0;
	for (const text of texts(document).map((text) => foldText(text))) {
		for (let at = 0; at + query.length <= text.length; at++) {
			count += text.startsWith(query, at) ? 1 : 0;
		}
	}

	return count;
}

test('every exact occurrence of text taken from the documents is found, in every document, pointing at it', () => {
	const sample = fc.tuple(fc.nat(documents.length - 1), fc.nat(), fc.nat(), fc.integer({min: 2, max: 6}));
	fc.assert(
		fc.property(sample, ([which, blockSeed, startSeed, length]) => {
			const document = documents[which]!;
			const candidates = texts(document).filter((text) => text.length >= length);
			fc.pre(candidates.length > 0);
			const text = candidates[blockSeed % candidates.length]!;
			const start = startSeed % (text.length - length + 1);
			const query = text.slice(start, start + length);
			fc.pre(query.trim() === query && !/\s/.test(query));
			// Text that reads as the extended syntax (`!”` in `加油!”` is "not ”") is no plain query.
			fc.pre(!/^[!'^=]|\$$/.test(query));
			const folded = foldText(query);
			const results = index.search(query);
			const exact = results.documents.filter((hits) => hits.kind === 'exact');
			const expected = documents.filter((candidate) => naiveCount(candidate, folded) > 0);
			expect(exact.map((hits) => hits.key).sort()).toEqual(expected.map((candidate) => candidate.path).sort());
			for (const hits of exact) {
				// Letters are also read as pinyin initials (`abc` may match 阿布村 too): then there are more hits.
				const count = naiveCount(hits.document, folded);
				if (/^[a-z]+$/.test(folded)) {
					expect(hits.ranges.length / 2).toBeGreaterThanOrEqual(count);
				} else {
					expect(hits.ranges.length / 2).toBe(count);
				}
				const entry = index.entry(hits.key)!;
				const texts = [];
				for (let at = 0; at < hits.ranges.length; at += 2) {
					const location = locateHit(entry, hits.ranges[at]!, hits.ranges[at + 1]!);
					const hitText = location.block === -1 ? hits.document.title : hits.document.blocks[location.block]!.text;
					texts.push(foldText(hitText.slice(location.start, location.end)));
				}

				expect(texts.filter((text) => text === folded)).toHaveLength(count);
			}

			// Documents with exact hits come before all others.
			const kinds = results.documents.map((hits) => hits.kind === 'exact');
			expect(kinds).toEqual([...kinds].sort((a, b) => Number(b) - Number(a)));
		}),
		{numRuns: 60},
	);
});

test('a Traditional article is found by a Simplified query and by pinyin', () => {
	const article = fixtures[0]!;
	const heading = texts(article).find((text) => /植樹/.test(text))!;
	expect(heading).toBeDefined();
	for (const query of ['植树', 'zhishu', 'zs']) {
		expect(index.search(query).documents.map((hits) => hits.key)).toContain(article.path);
	}
});

test('an OCR’d magazine page and a GB18030 notice are found by words they hold', () => {
	for (const document of fixtures.slice(1, 3)) {
		const word = document.title.replaceAll(/\s/g, '').slice(0, 4);
		const results = index.search(word);
		expect(results.documents[0]?.key).toBe(document.path);
		expect(results.documents[0]?.field).toBe('title');
	}
});
