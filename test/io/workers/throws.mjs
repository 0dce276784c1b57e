// A loading worker that reports one skipped file, then fails.
import {parentPort} from 'node:worker_threads';

parentPort.postMessage({type: 'skip', path: 'a.bin', reason: 'contains NUL bytes'});
throw new Error('pipeline failed');
