// A loading worker that answers the first file with a skip, then fails on the next.
import {parentPort} from 'node:worker_threads';

parentPort.on('message', ({items}) => {
	for (const {index} of items) {
		if (index > 0) {
			throw new Error('pipeline failed');
		}

		parentPort.postMessage({type: 'loaded', answers: [{index, document: undefined, skips: [{path: 'a.bin', reason: 'contains NUL bytes'}]}]});
	}
});
