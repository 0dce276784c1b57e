import fc from 'fast-check';
import path from 'node:path';
import {Converter} from 'opencc-js/cn2t';
import {pinyin} from 'pinyin-pro';
import {expect, test} from 'vitest';
import type {Document} from '../../source/core/document.js';
import {IndexDataBuilder, type DocumentIndexData} from '../../source/core/search/document-index-data.js';
import {SearchIndex} from '../../source/core/search/index.js';
import {findDocuments} from '../../source/io/find-documents.js';
import {loadDocument, loadFixture, root} from '../helpers/load-document.js';

const seeds = await Promise.all(findDocuments([path.join(root, 'data')]).files.map(async (file) => loadDocument(file.path)));
const fixtures = await Promise.all(['traditional-pinyin.txt', 'gb18030-notice.txt', 'magazine-ocr.txt', 'big5-article.txt', 'post.md', 'web-page.html'].map(async (name) => loadFixture(name)));
const documents = [...seeds, ...fixtures];

/** Counts the documents an index builds data for on its own thread: `add` folds, `addIndexed` must not. */
function countingIndex(): {index: SearchIndex; built: () => number} {
	let built = 0;
	const index = new SearchIndex({
		build(document, builder) {
			built++;
			return builder.build(document);
		},
	});
	return {index, built: () => built};
}

// The old way: each document folded and marked as it is added.
const plain = countingIndex();
for (const document of documents) {
	plain.index.add(document.path, document);
}

// The worker's way: another builder (another thread has its own pinyin readings), the data
// cloned as postMessage does, then filed.
const worker = new IndexDataBuilder();
const shipped = documents.map((document) => structuredClone(worker.build(document)) as DocumentIndexData);
const prebuilt = countingIndex();
for (const [at, document] of documents.entries()) {
	prebuilt.index.addIndexed(document.path, document, shipped[at]!);
}

const toTraditional = Converter({from: 'cn', to: 't'});
const texts = (document: Document) => [document.title, ...document.blocks.map((block) => block.text)];
const readings = (text: string) => pinyin(text, {type: 'array', toneType: 'none', v: true});

/** Every way a query is derived from a piece of a document: as typed, Traditional, pinyin initials, full pinyin, one character wrong, with operators. */
const shapes: Array<(piece: string, other: string) => string> = [
	(piece) => piece,
	(piece) => toTraditional(piece),
	(piece) => readings(piece).map((reading) => reading[0] ?? '').join(''),
	(piece) => readings(piece).join(''),
	(piece) => piece.slice(0, 1) + '鑫' + piece.slice(2),
	(piece, other) => `${piece} ${other}`,
	(piece, other) => `${piece} | ${other}`,
	(piece, other) => `${piece} !${other}`,
	(piece) => `'${piece}`,
	(piece) => `^${piece}`,
	(piece) => `${piece}$`,
	(piece) => piece.toUpperCase(),
];

function pieceOf(document: Document, blockSeed: number, startSeed: number, length: number): string {
	const candidates = texts(document).filter((text) => text.length >= length);
	const text = candidates[blockSeed % Math.max(1, candidates.length)] ?? document.title;
	const start = startSeed % Math.max(1, text.length - length + 1);
	return text.slice(start, start + length).trim();
}

test('data built elsewhere and filed with addIndexed finds the same hits, in the same order, as documents indexed on the spot', () => {
	const sample = fc.tuple(fc.nat(documents.length - 1), fc.nat(), fc.nat(), fc.integer({min: 1, max: 8}), fc.nat(shapes.length - 1), fc.nat(documents.length - 1), fc.nat());
	let found = 0;
	fc.assert(
		fc.property(sample, ([which, blockSeed, startSeed, length, shape, otherWhich, otherSeed]) => {
			const piece = pieceOf(documents[which]!, blockSeed, startSeed, length);
			const other = pieceOf(documents[otherWhich]!, otherSeed, otherSeed >>> 3, 2);
			const query = shapes[shape]!(piece, other);
			const results = plain.index.search(query);
			expect(prebuilt.index.search(query)).toEqual(results);
			found += results.documents.length > 0 ? 1 : 0;
		}),
		{numRuns: 300},
	);
	// Most queries come from the documents' text: comparing empty results would prove little.
	expect(found).toBeGreaterThan(150);
});

test.each(['图书馆', '圖書館', 'zcgb', 'zhucun', 'yiqing', 'covid', '疫情 !防控', '驻村|抗疫', '驻鑫干部'])('%s: the same hits either way', (query) => {
	const results = plain.index.search(query);
	expect(prebuilt.index.search(query)).toEqual(results);
});

test('filing prebuilt data builds nothing on the index\'s thread; adding a bare document does', () => {
	expect(prebuilt.built()).toBe(0);
	expect(plain.built()).toBe(documents.length);
});

test('the index data is the same whichever builder made it and in whatever order', () => {
	const fresh = new IndexDataBuilder();
	const reversed = [...documents].reverse().map((document) => fresh.build(document)).reverse();
	expect(reversed).toEqual(shipped);
});
