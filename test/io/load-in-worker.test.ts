import {Worker} from 'node:worker_threads';
import {expect, test} from 'vitest';
import {loadInWorker, type StartWorker} from '../../source/io/load-in-worker.js';

const script = (name: string) => new URL(`workers/${name}.mjs`, import.meta.url);
const starting = (name: string, started: Worker[] = []): StartWorker => files => {
	const worker = new Worker(script(name), {workerData: files});
	started.push(worker);
	return worker;
};

async function drain(documents: AsyncIterable<unknown>): Promise<number> {
	const all = [];
	for await (const document of documents) {
		all.push(document);
	}

	return all.length;
}

test('an error in the worker reaches the reader after what was posted before it', async () => {
	const skipped: string[] = [];
	const loading = loadInWorker([], path => skipped.push(path), starting('throws'));
	await expect(drain(loading)).rejects.toThrow('pipeline failed');
	expect(skipped).toEqual(['a.bin']);
});

test('a worker that exits without finishing is an error, not a reader waiting forever', async () => {
	await expect(drain(loadInWorker([], () => undefined, starting('exits')))).rejects.toThrow('exit code 3');
});

test('stopping the iteration terminates the worker', async () => {
	const started: Worker[] = [];
	const loading = loadInWorker([], () => undefined, starting('endless', started));
	const exited = new Promise<number>(resolve => {
		started[0]!.once('exit', resolve);
	});
	const seen: unknown[] = [];
	for await (const document of loading) {
		seen.push(document);
		if (seen.length === 3) {
			break;
		}
	}

	// Terminated threads exit with code 1; the endless worker never exits by itself.
	expect(await exited).toBe(1);
});
