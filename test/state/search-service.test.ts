import {expect, test, vi} from 'vitest';
import type {Document} from '../../source/core/document.js';
import {attachIndexData} from '../../source/core/search/attached-index-data.js';
import {IndexDataBuilder} from '../../source/core/search/document-index-data.js';
import * as search from '../../source/core/search/index.js';
import {createDocumentStore} from '../../source/state/document-store.js';
import {createSearchService, type HitList} from '../../source/state/search-service.js';
import {makeDocument} from './fixtures.js';

// Each test waits for the search code (pinyin and OpenCC tables) and an index: a second alone, over 20 s on a loaded machine.
vi.setConfig({testTimeout: 90_000});

const texts: Array<[string, string[]]> = [
	['驻村干部的一天', ['# 清晨', '驻村干部老李五点就起床了，他要去看看村里的图书馆。']],
	['圖書館開放時間', ['本館自即日起延長開放時間。', '讀者可憑證件入館。']],
	['Vaccine notes', ['The COVID-19 vaccine rollout began in Ｊａｎｕａｒｙ.', '行动计划 was published later.']],
	['长大', ['孩子们长大了，银行的贷款也批下来了。']],
];
const fresh = () => texts.map(([title, lines], at) => makeDocument(title, lines, {key: `key-${at}` as Document['key'], path: `/docs/${at}.txt`}));
const queries = ['图书馆', 'zcgb', 'zhucun', 'covid', 'january', '驻村 !图书馆', 'zhangda', '长大|行动'];

/** A search service whose index counts the documents it folds itself. */
function countingService(documents: readonly Document[]) {
	let built = 0;
	class CountingIndex extends search.SearchIndex {
		constructor() {
			super({
				build(document, builder) {
					built++;
					return builder.build(document);
				},
			});
		}
	}

	const store = createDocumentStore();
	const service = createSearchService(store, async () => ({...search, SearchIndex: CountingIndex}));
	store.add(documents);
	return {service, built: () => built};
}

test('documents that come with index data (from a loading worker) are filed without folding, and found alike', async () => {
	const bare = countingService(fresh());
	const worker = new IndexDataBuilder();
	const shipped = fresh();
	for (const document of shipped) {
		attachIndexData(document, structuredClone(worker.build(document)));
	}

	const prebuilt = countingService(shipped);
	await Promise.all([bare.service.indexed(), prebuilt.service.indexed()]);
	expect(prebuilt.built()).toBe(0);
	expect(bare.built()).toBe(texts.length);
	for (const query of queries) {
		const found = bare.service.find(query);
		expect(found.searched).toBe(texts.length);
		const located = (hits: HitList) => hits.slice(0, hits.length);
		const other = prebuilt.service.find(query);
		expect({...other, hits: located(other.hits)}).toEqual({...found, hits: located(found.hits)});
	}

	expect(queries.filter((query) => bare.service.find(query).hits.length > 0)).toHaveLength(queries.length);
});

test('a mix of documents with and without index data: only the bare ones are folded here', async () => {
	const documents = fresh();
	const worker = new IndexDataBuilder();
	attachIndexData(documents[1]!, worker.build(documents[1]!));
	attachIndexData(documents[3]!, worker.build(documents[3]!));
	const mixed = countingService(documents);
	await mixed.service.indexed();
	expect(mixed.built()).toBe(2);
	expect(mixed.service.find('图书馆').documents).toBe(2);
	expect(new Set(mixed.service.find('zhangda').hits.slice(0, Number.POSITIVE_INFINITY).map((hit) => hit.key))).toEqual(new Set(['key-3']));
});

test('while documents load, a slow search is re-run at most once per four times it takes, so loading is not starved', async () => {
	// A clock the test moves; each search "takes" 100 ms of it.
	let clock = 0;
	class SlowIndex extends search.SearchIndex {
		override search(query: string) {
			clock += 100;
			return super.search(query);
		}
	}

	const store = createDocumentStore();
	const service = createSearchService(store, async () => ({...search, SearchIndex: SlowIndex}), () => clock);
	let searches = 0;
	let seen = -1;
	// What the reader does: on each notice, the results of the query typed are derived again.
	service.subscribe(() => {
		if (service.version() !== seen) {
			seen = service.version();
			searches++;
			service.find('图书馆');
		}
	});
	await service.indexed();
	const documents = Array.from({length: 20}, (_, at) => makeDocument(`文档${at}`, ['驻村干部去了图书馆。'], {key: `slow-${at}` as Document['key'], path: `/slow/${at}.txt`}));
	for (const document of documents) {
		clock += 160;
		store.add([document]);
		await service.indexed();
	}

	// 20 documents, 160 ms of the clock apart: a notice for each would search 20 times. 400 ms apart
	// over 3.2 s plus the searches' own 100 ms each: s <= (3,200 + 100 s) / 400 + 1, so at most 12.
	expect(searches).toBeGreaterThanOrEqual(2);
	expect(searches).toBeLessThanOrEqual(12);
	// Once loading is over, the hits cover every document at once.
	store.finish();
	await service.indexed();
	await new Promise(resolve => {
		setImmediate(resolve);
	});
	expect(service.find('图书馆').documents).toBe(20);
});

test('the search code loads and indexing starts only once the index is wanted: a listener, a query or indexed()', async () => {
	for (const want of [
		(service: ReturnType<typeof createSearchService>) => service.subscribe(() => undefined),
		(service: ReturnType<typeof createSearchService>) => service.find('图书馆'),
		async (service: ReturnType<typeof createSearchService>) => service.indexed(),
	]) {
		let loads = 0;
		const store = createDocumentStore();
		store.add(fresh());
		const service = createSearchService(store, async () => {
			loads++;
			return search;
		});
		// Frames come and go, and an empty query is asked for, without a search.
		for (let turn = 0; turn < 5; turn++) {
			service.find('');
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		}

		expect(loads).toBe(0);
		void want(service);
		for (const deadline = Date.now() + 2000; loads === 0 && Date.now() < deadline;) {
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		}

		expect(loads).toBe(1);
		await service.indexed();
		expect(service.find('图书馆').hits.length).toBeGreaterThan(0);
	}
});

test('while files still load, a search says how many documents it searched of all those coming (a skipped file is not coming)', async () => {
	const store = createDocumentStore();
	const service = createSearchService(store);
	const [first, second] = fresh();
	// 3 files answered of 10, one of them skipped.
	store.add([first!, second!], {done: 3, total: 10});
	await service.indexed();
	const found = service.find('图书馆');
	expect([found.searched, found.loaded]).toEqual([2, 9]);
	// Another file skipped: fewer are coming, and the hits are the same (no search again).
	store.add([], {done: 4, total: 10});
	const again = service.find('图书馆');
	expect(again.loaded).toBe(8);
	expect(again.hits).toBe(found.hits);
	store.finish();
	await service.indexed();
	expect(service.find('图书馆').loaded).toBe(2);
});

test('documents listed before their text came are searched once loaded, and counted as coming meanwhile', async () => {
	const documents = fresh();
	const store = createDocumentStore();
	const service = createSearchService(store);
	const listed = documents.map(({key, id, path, title, date, author, source, script}) => ({key, id, path, title, date, author, source, script}));
	store.add(listed, {done: 0, total: documents.length});
	let indexed = false;
	const all = service.indexed().then(() => {
		indexed = true;
	});
	store.add(documents.slice(0, 2), {done: 2, total: documents.length});
	// The two loaded are searched; the listed ones wait for their text.
	await vi.waitFor(() => {
		expect(service.find('图书馆').searched).toBe(2);
	}, {timeout: 80_000});
	const partial = service.find('图书馆');
	expect(partial.loaded).toBe(documents.length);
	expect(indexed).toBe(false);
	store.add(documents.slice(2), {done: documents.length, total: documents.length});
	store.finish();
	await all;
	expect(service.find('长大').hits.length).toBeGreaterThan(0);
	expect(service.find('图书馆').searched).toBe(documents.length);
});
