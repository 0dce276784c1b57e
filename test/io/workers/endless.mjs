// A loading worker that never finishes: one document per turn of the event loop.
import {parentPort} from 'node:worker_threads';

let count = 0;
const post = () => {
	count++;
	parentPort.postMessage({type: 'document', document: {key: `/endless/${count}`, title: String(count)}});
	setImmediate(post);
};

post();
