import type {Document} from '../core/document.js';
import type {DocumentIndexData} from '../core/search/index-data-shape.js';
import type {DocumentFile} from './find-documents.js';

/** What a loading worker is started with. */
export type LoaderSetup = {
	/** The cache folder, or undefined for --no-cache. */
	readonly cacheFolder: string | undefined;
	/** The cache's size cap in bytes. */
	readonly cacheBytes: number;
};

/** One file to load, and its place among all files (the answer's `index`). */
export type LoadItem = {readonly index: number; readonly file: DocumentFile};

/** What the reader asks of a loading worker: several files a message (a message costs the reader's thread ~50 µs). */
export type LoaderRequest =
	| {readonly type: 'load'; readonly items: readonly LoadItem[]}
	| {readonly type: 'evict'};

/** A worker's answer for one file. */
export type LoadAnswer = {
	/** The file's index (`LoadItem.index`). */
	readonly index: number;
	/** Undefined when the file was skipped. */
	readonly document: Document | undefined;
	/** The document's search index data, built beside it (its typed arrays are transferred). */
	readonly search: DocumentIndexData | undefined;
	readonly skips: ReadonlyArray<{readonly path: string; readonly reason: string}>;
};

/** What a loading worker tells the reader: answers for one or more files (a few a message, as requests go), progress, or that it has evicted. */
export type LoaderMessage =
	| {readonly type: 'loaded'; readonly answers: readonly LoadAnswer[]}
	| {
			/** How far a file that is taking a while has come (0 to 1); told between pipeline stages. */
			readonly type: 'progress';
			readonly index: number;
			readonly share: number;
	  }
	| {readonly type: 'evicted'};
