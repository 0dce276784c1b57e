// A loading worker that says it is half done with each file, then answers it a little later.
import {parentPort} from 'node:worker_threads';

parentPort.on('message', ({items}) => {
	for (const {index, file} of items) {
		parentPort.postMessage({type: 'progress', index, share: 0.5});
		setTimeout(() => {
			parentPort.postMessage({type: 'loaded', answers: [{index, document: {key: file.path, title: file.id}, skips: []}]});
		}, 300);
	}
});
