// A loading worker that answers each file with a document named after it, after a delay
// that shrinks as the index grows: later files are often answered first (one message's files: always).
import {parentPort} from 'node:worker_threads';

parentPort.on('message', ({type, items}) => {
	if (type === 'evict') {
		parentPort.postMessage({type: 'evicted'});
		return;
	}

	for (const {index, file} of items) {
		setTimeout(() => {
			// A file named skip… is skipped, as a binary file would be.
			const skipped = file.id.startsWith('skip');
			parentPort.postMessage({type: 'loaded', answers: [{index, document: skipped ? undefined : {key: file.path, title: file.id}, skips: skipped ? [{path: file.path, reason: 'binary'}] : []}]});
		}, Math.max(0, 20 - index));
	}
});
