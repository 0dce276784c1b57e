import {statSync} from 'node:fs';
import path from 'node:path';
import type {Document} from '../core/document.js';
import {fitsLength, recordStarts, type DocumentIndexData} from '../core/search/index-data-shape.js';
import type {CacheEntry, CachedIndexData, CacheIdentity, DocumentCache} from './document-cache.js';
import type {DocumentFile} from './find-documents.js';

// Reading the cache only: the reader's thread answers a warm reopen's first files with it,
// without loading the pipeline (its code alone takes a tenth of a second to compile).

/** A document and its search index data, as a loading worker hands them over. */
export type IndexedLoad = {
	readonly document: Document;
	readonly index: DocumentIndexData;
};

/** A cached entry's document: the same file may be reached through another folder, so its id and path are today's. */
export function cachedDocument(entry: CacheEntry, file: DocumentFile): Document {
	return {...entry.document, id: file.id, path: file.path};
}

/** What names a file's entry in the cache; undefined when the file cannot be looked at. */
export function cacheIdentity(file: DocumentFile): CacheIdentity | undefined {
	try {
		const stats = statSync(file.path);
		return stats.isFile() ? {path: path.resolve(file.path), size: stats.size, mtimeMs: stats.mtimeMs} : undefined;
	} catch {
		// readDocuments reports why the file cannot be read.
		return undefined;
	}
}

/**
 * One file's document and search data straight from the cache, when it holds both for the
 * file as it is now; else undefined (nothing is processed or built here).
 */
export function cachedIndexedDocument(file: DocumentFile, cache: DocumentCache): IndexedLoad | undefined {
	const identity = cacheIdentity(file);
	const cached = identity && cache.read(identity);
	return cached ? indexedFromCache(cached, file) : undefined;
}

/** A cached entry as a document and its search data, when that data fits the document's text. */
export function indexedFromCache(cached: CacheEntry, file: DocumentFile): IndexedLoad | undefined {
	const document = cachedDocument(cached, file);
	const starts = recordStarts(document);
	return cached.index && fits(cached.index, document, starts) ? {document, index: {...cached.index, starts}} : undefined;
}

/** Whether cached data belongs to this document's text: a damaged entry must not give wrong hits. */
function fits(data: CachedIndexData, document: Document, starts: Int32Array): boolean {
	const {text, chars} = data;
	let counted = 0;
	for (let index = 1; index < chars.length; index += 2) {
		counted += chars[index]!;
	}

	const length = starts[starts.length - 1]! + (document.blocks.at(-1)?.text ?? document.title).length;
	return text.length === length && chars.length % 2 === 0 && counted === length && fitsLength(data, length);
}

// How long the reader may wait for the cache before its first frame: a worker would take ~150 ms to start.
const warmMilliseconds = 30;

/**
 * The first files, in order, as far as the cache answers them within {@link warmMilliseconds}:
 * read before the reader's first frame, which then shows them (a warm reopen of a small
 * collection needs no worker at all).
 */
export function answerFromCache(files: readonly DocumentFile[], cache: DocumentCache): IndexedLoad[] {
	const started = performance.now();
	const answered: IndexedLoad[] = [];
	for (const file of files) {
		const loaded = performance.now() - started < warmMilliseconds ? cachedIndexedDocument(file, cache) : undefined;
		if (!loaded) {
			break;
		}

		answered.push(loaded);
	}

	return answered;
}
