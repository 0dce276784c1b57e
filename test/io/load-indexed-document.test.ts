import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {deserialize, serialize} from 'node:v8';
import {afterAll, expect, test} from 'vitest';
import {IndexDataBuilder} from '../../source/core/search/document-index-data.js';
import {SearchIndex} from '../../source/core/search/index.js';
import {DocumentCache, type CacheEntry} from '../../source/io/document-cache.js';
import {loadDocument} from '../../source/io/load-documents.js';
import {loadIndexedDocument} from '../../source/io/load-indexed-document.js';
import {root} from '../helpers/load-document.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'yuelan-indexed-'));
afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

const noSkip = (file: string, reason: string) => {
	throw new Error(`${file} skipped: ${reason}`);
};

/** A builder that counts the texts it marks (every build marks): a cache hit must mark none (nor fold: the folded text is cached). */
class CountingBuilder extends IndexDataBuilder {
	marked = 0;
	override mark(...parts: Parameters<IndexDataBuilder['mark']>): ReturnType<IndexDataBuilder['mark']> {
		this.marked++;
		return super.mark(...parts);
	}
}

let count = 0;
function setup() {
	const folder = path.join(scratch, `case-${count++}`);
	mkdirSync(folder, {recursive: true});
	const file = path.join(folder, 'doc.txt');
	// A Traditional article with Latin and a polyphone or two: folding and pinyin both matter.
	writeFileSync(file, readFileSync(path.join(root, 'test/fixtures/traditional-pinyin.txt')));
	return {file: {id: 'doc.txt', path: file}, cache: new DocumentCache(path.join(folder, 'cache'))};
}

const queries = ['植樹', '植树', 'zsh', 'zhishu', '党员 干部', '綠化 !荒山', 'span', '植鑫活動'];
function hitsOf(load: {document: Parameters<SearchIndex['add']>[1]; index: Parameters<SearchIndex['addIndexed']>[2]}) {
	const index = new SearchIndex();
	index.addIndexed(load.document.path, load.document, load.index);
	return queries.map((query) => index.search(query));
}

test('a cached entry read back gives the document and the same hits, without folding or marking any text, or loading the builder', async () => {
	const {file, cache} = setup();
	const builder = new CountingBuilder();
	let asked = 0;
	const loadBuilder = async () => {
		asked++;
		return builder;
	};

	const first = (await loadIndexedDocument(file, noSkip, loadBuilder, cache))!;
	expect([asked, builder.marked]).toEqual([1, 1]);
	const again = (await loadIndexedDocument(file, noSkip, loadBuilder, cache))!;
	expect([asked, builder.marked]).toEqual([1, 1]);
	expect(again).toEqual(first);
	const bare = new SearchIndex();
	bare.add(first.document.path, first.document);
	const expected = queries.map((query) => bare.search(query));
	expect(expected.filter((results) => results.documents.length > 0).length).toBeGreaterThan(5);
	expect(hitsOf(again)).toEqual(expected);
});

test('an entry cached without search data (by a batch mode) gets it built and stored', async () => {
	const {file, cache} = setup();
	await loadDocument(file, noSkip, cache);
	const builder = new CountingBuilder();
	const first = (await loadIndexedDocument(file, noSkip, async () => builder, cache))!;
	await loadIndexedDocument(file, noSkip, async () => builder, cache);
	expect(builder.marked).toBe(1);
	expect(first.index).toEqual(new IndexDataBuilder().build(first.document));
});

test('search data that does not fit its text is built again, never used', async () => {
	const {file, cache} = setup();
	const builder = new CountingBuilder();
	const fresh = (await loadIndexedDocument(file, noSkip, async () => builder, cache))!;
	for (const name of readdirSync(cache.folder)) {
		const entry = path.join(cache.folder, name);
		const cached = deserialize(readFileSync(entry)) as Required<CacheEntry>;
		writeFileSync(entry, serialize({...cached, index: {...cached.index, bitmaps: cached.index.bitmaps.subarray(3)}}));
	}

	const again = (await loadIndexedDocument(file, noSkip, async () => builder, cache))!;
	expect(builder.marked).toBe(2);
	expect(again).toEqual(fresh);
});

test('without a cache the document is processed and indexed as with one', async () => {
	const {file, cache} = setup();
	const builder = new IndexDataBuilder();
	expect(await loadIndexedDocument(file, noSkip, async () => builder)).toEqual(await loadIndexedDocument(file, noSkip, async () => builder, cache));
});
