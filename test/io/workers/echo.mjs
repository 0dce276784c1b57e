// A loading worker that answers each file with a document named after it, after a delay
// that shrinks as the index grows: later files are often answered first.
import {parentPort} from 'node:worker_threads';

parentPort.on('message', ({type, items}) => {
	if (type === 'evict') {
		parentPort.postMessage({type: 'evicted'});
		return;
	}

	for (const {index, file} of items) {
		setTimeout(() => {
			parentPort.postMessage({type: 'loaded', answers: [{index, document: {key: file.path, title: file.id}, skips: []}]});
		}, Math.max(0, 20 - index));
	}
});
