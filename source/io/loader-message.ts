import type {Document} from '../core/document.js';

/** What the loading worker tells the reader. */
export type LoaderMessage =
	| {readonly type: 'document'; readonly document: Document}
	| {readonly type: 'skip'; readonly path: string; readonly reason: string}
	| {readonly type: 'done'};
