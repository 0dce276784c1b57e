// Worker entry (bundled as dist/load-worker.js): reads and processes documents off the
// reader's thread, posting each as it is ready, so the reader starts while they load
// and stays responsive while a large file is processed.
import {parentPort, workerData} from 'node:worker_threads';
import type {DocumentFile} from './find-documents.js';
import {loadDocuments} from './load-corpus.js';
import type {LoaderMessage} from './loader-message.js';

const post = (message: LoaderMessage) => {
	parentPort!.postMessage(message);
};

for await (const document of loadDocuments(workerData as readonly DocumentFile[], (path, reason) => {
	post({type: 'skip', path, reason});
})) {
	post({type: 'document', document});
}

post({type: 'done'});
