// Worker entry (bundled as dist/load-worker.js): one of a pool that reads and processes
// documents off the reader's thread, one file per request, through the document cache.
import {parentPort, workerData} from 'node:worker_threads';
import {DocumentCache} from './document-cache.js';
import {loadDocument} from './load-documents.js';
import type {LoaderMessage, LoaderRequest, LoaderSetup} from './loader-message.js';

const setup = workerData as LoaderSetup;
const cache = setup.cacheFolder === undefined ? undefined : new DocumentCache(setup.cacheFolder, setup.cacheBytes);
const post = (message: LoaderMessage) => {
	parentPort!.postMessage(message);
};

parentPort!.on('message', async (request: LoaderRequest) => {
	if (request.type === 'evict') {
		cache?.evict();
		post({type: 'evicted'});
		return;
	}

	const skips: Array<{path: string; reason: string}> = [];
	let document;
	try {
		document = await loadDocument(request.file, (path, reason) => skips.push({path, reason}), cache);
	} catch (error) {
		// One document that fails to process is skipped; the others load.
		skips.push({path: request.file.path, reason: error instanceof Error ? error.message : String(error)});
	}

	post({type: 'loaded', index: request.index, document, skips});
});
