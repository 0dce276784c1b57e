// Worker entry (bundled as dist/load-worker.js): one of a pool that reads and processes
// documents off the reader's thread, a few files a request, one after another, through
// the document cache.
import {parentPort, workerData} from 'node:worker_threads';
import type {IndexDataBuilder} from '../core/search/document-index-data.js';
import {DocumentCache} from './document-cache.js';
import {loadIndexedDocument} from './load-indexed-document.js';
import type {IndexedLoad} from './read-cached.js';
import type {LoadAnswer, LoadItem, LoaderMessage, LoaderRequest, LoaderSetup} from './loader-message.js';

const setup = workerData as LoaderSetup;
const cache = setup.cacheFolder === undefined ? undefined : new DocumentCache(setup.cacheFolder, setup.cacheBytes);
// The search data is built here too, so that the reader's thread only files it. The builder
// (OpenCC and pinyin tables) loads on the first document the cache does not answer.
let builder: Promise<IndexDataBuilder> | undefined;
const loadBuilder = async () => {
	builder ??= import('../core/search/document-index-data.js').then(({IndexDataBuilder}) => new IndexDataBuilder());
	return builder;
};
const post = (message: LoaderMessage, transfer: ArrayBuffer[] = []) => {
	parentPort!.postMessage(message, transfer);
};

// Requests are taken one after another: a file's processing is work for this thread's core, not waiting.
let queue = Promise.resolve();
let queued = 0;
parentPort!.on('message', (request: LoaderRequest) => {
	if (request.type === 'evict') {
		queue = queue.then(() => {
			cache?.evict();
			post({type: 'evicted'});
		});
		return;
	}

	queued += request.items.length;
	for (const item of request.items) {
		queue = queue.then(async () => {
			answer(await loadItem(item));
		});
	}
});

/** Answers not yet posted, and the buffers they move. */
let answers: LoadAnswer[] = [];
let transfer: ArrayBuffer[] = [];
let flushTimer: ReturnType<typeof setTimeout> | undefined;
// Answers go a few a message (a message costs the reader's thread a turn of its event loop), but none waits
// long: they are posted once 16 are ready, when nothing more is asked, after 25 ms, or before a file is processed.
const answersPerMessage = 16;
const answerMilliseconds = 25;

function answer([loaded, buffers]: [LoadAnswer, ArrayBuffer[]]): void {
	queued--;
	answers.push(loaded);
	transfer.push(...buffers);
	if (queued === 0 || answers.length >= answersPerMessage) {
		flush();
	} else {
		flushTimer ??= setTimeout(flush, answerMilliseconds);
	}
}

function flush(): void {
	clearTimeout(flushTimer);
	flushTimer = undefined;
	if (answers.length > 0) {
		post({type: 'loaded', answers}, transfer);
		answers = [];
		transfer = [];
	}
}

/** Loads one file: the document and its search data, or why it was skipped, and the buffers to move with them. */
async function loadItem({index: requestIndex, file}: LoadItem): Promise<[LoadAnswer, ArrayBuffer[]]> {
	const skips: Array<{path: string; reason: string}> = [];
	let loaded: IndexedLoad | undefined;
	try {
		loaded = await loadIndexedDocument(file, (path, reason) => skips.push({path, reason}), loadBuilder, cache, progressOf(requestIndex));
	} catch (error) {
		// One document that fails to process is skipped; the others load.
		skips.push({path: file.path, reason: error instanceof Error ? error.message : String(error)});
	}

	const index = loaded?.index;
	// Moved, not copied: the worker keeps nothing of them. Arrays read back from the cache are views
	// into the entry's buffer, which Node 22+ will not transfer: those are copied into buffers of their own.
	const search = index && {...index, starts: owned(index.starts), bitmaps: owned(index.bitmaps), positions: owned(index.positions), listEnds: owned(index.listEnds), chars: owned(index.chars), latinPairs: owned(index.latinPairs)};
	const buffers = search ? [...new Set([search.starts, search.bitmaps, search.positions, search.listEnds, search.chars, search.latinPairs].map((array) => array.buffer))] as ArrayBuffer[] : [];
	return [{index: requestIndex, document: loaded?.document, search, skips}, buffers];
}

/** The array itself when it is the whole of its buffer, else a copy that is. */
function owned<T extends Int32Array | Uint32Array | Uint16Array>(array: T): T {
	return array.byteOffset === 0 && array.byteLength === array.buffer.byteLength ? array : (array.slice() as T);
}

// A file done sooner than this says nothing of its progress: thousands of small files would only add messages.
const quietMilliseconds = 250;

/** Tells the reader how far the file of request `index` has come, once it takes a while; answers held back go first. */
function progressOf(index: number): (share: number) => void {
	const started = performance.now();
	return (share) => {
		// The file is being processed, not read from the cache: it may take a while.
		flush();
		if (performance.now() - started > quietMilliseconds) {
			post({type: 'progress', index, share});
		}
	};
}
