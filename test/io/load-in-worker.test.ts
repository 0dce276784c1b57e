import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {expect, test} from 'vitest';
import type {Document} from '../../source/core/document.js';
import {takeIndexData} from '../../source/core/search/attached-index-data.js';
import {IndexDataBuilder} from '../../source/core/search/document-index-data.js';
import {findDocuments} from '../../source/io/find-documents.js';
import {loadInWorkers, type StartWorker} from '../../source/io/load-in-worker.js';
import {root} from '../helpers/load-document.js';

const script = (name: string) => new URL(`workers/${name}.mjs`, import.meta.url);
const starting = (name: string, started: Worker[] = []): StartWorker => setup => {
	const worker = new Worker(script(name), {workerData: setup});
	started.push(worker);
	return worker;
};

const setup = {cacheFolder: undefined, cacheBytes: 0};
const files = (count: number) => Array.from({length: count}, (_, index) => ({id: `f${index}`, path: `/f/${index}`}));

async function drain(documents: AsyncIterable<unknown>): Promise<unknown[]> {
	const all = [];
	for await (const document of documents) {
		all.push(document);
	}

	return all;
}

test('documents come in the order of the files, whichever worker answered first; progress counts answers', async () => {
	const started: Worker[] = [];
	const pool = loadInWorkers(files(30), () => undefined, {setup, workers: 3, start: starting('echo', started)});
	expect(pool.progress()).toEqual({done: 0, total: 30, partial: 0});
	const titles = (await drain(pool.documents)).map(document => (document as {title: string}).title);
	expect(titles).toEqual(files(30).map(file => file.id));
	expect(started).toHaveLength(3);
	expect(pool.progress()).toEqual({done: 30, total: 30, partial: 0});
	expect(pool.delivered()).toEqual({documents: 30, all: true});
	await pool.finish();
});

test('the last document is known as the last when it is handed over, even with skipped files after it', async () => {
	// One worker, one message: the two skipped files after the fourth are answered before it.
	const named = [...files(4), {id: 'skip4', path: '/f/4'}, {id: 'skip5', path: '/f/5'}];
	const skips: string[] = [];
	const pool = loadInWorkers(named, file => skips.push(file), {setup, workers: 1, start: starting('echo')});
	const seen: Array<{documents: number; all: boolean; title: string}> = [];
	for await (const document of pool.documents) {
		seen.push({...pool.delivered(), title: document.title});
	}

	expect(seen).toEqual([1, 2, 3, 4].map(documents => ({documents, all: documents === 4, title: `f${documents - 1}`})));
	expect(skips).toEqual(['/f/4', '/f/5']);
	await pool.finish();
});

test('the workers outlive the last document until finish has the cache trimmed, then end', async () => {
	const started: Worker[] = [];
	const pool = loadInWorkers(files(4), () => undefined, {setup: {cacheFolder: '/nowhere', cacheBytes: 1}, workers: 2, start: starting('echo', started)});
	const exits = started.map(async worker => new Promise<number>(resolve => {
		worker.once('exit', resolve);
	}));
	let exited = 0;
	for (const exit of exits) {
		void exit.then(() => exited++);
	}

	await drain(pool.documents);
	// Time for an exit to be heard, had draining ended the workers.
	await new Promise(resolve => {
		setImmediate(resolve);
	});
	expect(exited).toBe(0);
	await pool.finish();
	expect(await Promise.all(exits)).toHaveLength(2);
});

test('a file that is taking a while counts by how far it has come, until it is answered', async () => {
	const pool = loadInWorkers(files(1), () => undefined, {setup, workers: 1, start: starting('progress')});
	const documents = drain(pool.documents);
	const deadline = Date.now() + 5000;
	while (pool.progress().partial !== 0.5 && Date.now() < deadline) {
		await new Promise(resolve => {
			setTimeout(resolve, 10);
		});
	}

	expect(pool.progress()).toEqual({done: 0, total: 1, partial: 0.5});
	expect(await documents).toHaveLength(1);
	expect(pool.progress()).toEqual({done: 1, total: 1, partial: 0});
});

test('never more workers than files', async () => {
	const started: Worker[] = [];
	await drain(loadInWorkers(files(2), () => undefined, {setup, workers: 8, start: starting('echo', started)}).documents);
	expect(started).toHaveLength(2);
});

test('an error in a worker reaches the reader after what was answered before it', async () => {
	const skipped: string[] = [];
	const pool = loadInWorkers(files(2), path => skipped.push(path), {setup, workers: 1, start: starting('throws')});
	await expect(drain(pool.documents)).rejects.toThrow('pipeline failed');
	expect(skipped).toEqual(['a.bin']);
});

test('a worker that exits while it owes answers is an error, not a reader waiting forever', async () => {
	const pool = loadInWorkers(files(3), () => undefined, {setup, workers: 1, start: starting('exits')});
	await expect(drain(pool.documents)).rejects.toThrow('exit code 3');
});

test('stop ends every worker while files are still loading', async () => {
	const started: Worker[] = [];
	const pool = loadInWorkers(files(10_000), () => undefined, {setup, workers: 2, start: starting('echo', started)});
	const exits = started.map(async worker => new Promise<number>(resolve => {
		worker.once('exit', resolve);
	}));
	const first = await pool.documents.next();
	expect(first.done).toBe(false);
	await pool.stop();
	// Both threads end (a terminated thread exits with 1; one terminated before it ran its script, under load, with 0).
	expect(await Promise.all(exits)).toHaveLength(2);
	expect(pool.progress().done).toBeLessThan(10_000);
});

test('the built worker hands over each document with its search data, the same cold and from the cache', async () => {
	const cacheFolder = mkdtempSync(path.join(tmpdir(), 'yuelan-pool-'));
	// dist/load-worker.js, as the reader starts it; `npm test` builds it first.
	const start: StartWorker = setup => new Worker(path.join(root, 'dist/load-worker.js'), {workerData: setup});
	const {files} = findDocuments(['traditional-pinyin.txt', 'gb18030-notice.txt', 'post.md'].map(name => path.join(root, 'test/fixtures', name)));
	const open = async () => {
		const pool = loadInWorkers(files, () => undefined, {setup: {cacheFolder, cacheBytes: 1e9}, workers: 2, start});
		const documents = await drain(pool.documents);
		await pool.finish();
		return documents as Document[];
	};
	try {
		const cold = await open();
		// Every document is cached (with its search data) before the second open reads them back.
		expect(readdirSync(cacheFolder).filter(name => name.endsWith('.v8'))).toHaveLength(files.length);
		for (const documents of [cold, await open()]) {
			expect(documents).toHaveLength(files.length);
			const builder = new IndexDataBuilder();
			for (const document of documents) {
				expect(takeIndexData(document)).toEqual(builder.build(document));
			}
		}
	} finally {
		rmSync(cacheFolder, {recursive: true, force: true});
	}
	// Each worker loads the pinyin and OpenCC tables before its first answer: slow on a loaded machine.
}, 60_000);
