import {expect, test} from 'vitest';
import type {Document} from '../../source/core/document.js';
import {feedDocuments} from '../../source/io/feed-documents.js';
import {createDocumentStore} from '../../source/state/document-store.js';
import {pumpDocuments} from '../../source/state/pump-documents.js';
import {documents} from './fixtures.js';

/** A loader that hands out the first document at once and each next one only when `release` is called. */
function gatedLoader(list: readonly Document[]) {
	const gates: Array<() => void> = [];
	async function* load(): AsyncGenerator<Document> {
		for (const [index, document] of list.entries()) {
			if (index > 0) {
				await new Promise<void>(resolve => {
					gates.push(resolve);
				});
			}

			yield document;
		}
	}

	return {
		loader: load(),
		release() {
			gates.shift()?.();
		},
		waiting: () => gates.length,
	};
}

async function until(condition: () => boolean): Promise<void> {
	const deadline = Date.now() + 3000;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error('timed out');
		}

		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
}

/** Lets the loader go on, one document at a time. */
async function releaseAll(release: () => void, waiting: () => number): Promise<void> {
	for (let index = 1; index < documents.length; index++) {
		await until(() => waiting() === 1);
		release();
	}
}

test('the reader sees each document while the next is still loading', async () => {
	const {loader, release, waiting} = gatedLoader(documents);
	const store = createDocumentStore();
	const stopped = new Promise(() => undefined);
	const pumping = pumpDocuments(feedDocuments(loader), store, stopped);
	// The first document is in the store while the loader is still held at the second.
	await until(() => waiting() === 1);
	await until(() => store.snapshot().count === 1);
	expect(store.snapshot().complete).toBe(false);
	await releaseAll(release, waiting);
	await pumping;
	expect(store.snapshot().count).toBe(documents.length);
	expect(store.snapshot().complete).toBe(true);
	expect(store.snapshot().at(2)).toBe(documents[2]);
});

test('while no document comes (a large file is processed), its progress still reaches the store', async () => {
	const {loader, release, waiting} = gatedLoader(documents);
	const store = createDocumentStore();
	let partial = 0;
	const pumping = pumpDocuments(feedDocuments(loader, () => ({done: 1, total: documents.length, partial})), store, new Promise(() => undefined));
	await until(() => waiting() === 1);
	partial = 0.4;
	await until(() => store.snapshot().progress?.partial === 0.4);
	expect(store.snapshot().count).toBe(1);
	partial = 0.7;
	await until(() => store.snapshot().progress?.partial === 0.7);
	await releaseAll(release, waiting);
	await pumping;
	expect(store.snapshot().complete).toBe(true);
});

test('pumping stops when the reader has closed', async () => {
	const {loader, release, waiting} = gatedLoader(documents);
	const store = createDocumentStore();
	let close: () => void = () => undefined;
	const stopped = new Promise<void>(resolve => {
		close = resolve;
	});
	const pumping = pumpDocuments(feedDocuments(loader), store, stopped);
	await until(() => store.snapshot().count === 1);
	close();
	await stopped;
	await releaseAll(release, waiting);
	await pumping;
	expect(store.snapshot().complete).toBe(false);
});

test('a snapshot does not change when documents are added; one key is listed once', () => {
	const store = createDocumentStore(documents.slice(0, 1));
	const before = store.snapshot();
	store.add([documents[1], documents[0]]);
	expect(before.count).toBe(1);
	expect(before.get(documents[1].key)).toBeUndefined();
	expect(store.snapshot().count).toBe(2);
	expect(store.snapshot().indexOf(documents[1].key)).toBe(1);
});

test('the loading progress reaches the snapshot with each batch, and a change of progress alone is a change', async () => {
	const store = createDocumentStore();
	const changes: Array<{count: number; progress: unknown}> = [];
	store.subscribe(() => {
		changes.push({count: store.snapshot().count, progress: store.snapshot().progress});
	});
	async function* batches() {
		yield {documents: [documents[0]], done: 1, total: 3};
		yield {documents: [], done: 2, total: 3};
		yield {documents: [documents[1], documents[2]], done: 3, total: 3};
	}

	await pumpDocuments(batches(), store, new Promise(() => undefined));
	expect(changes).toEqual([
		{count: 1, progress: {done: 1, total: 3}},
		{count: 1, progress: {done: 2, total: 3}},
		{count: 3, progress: {done: 3, total: 3}},
		{count: 3, progress: {done: 3, total: 3}},
	]);
});
