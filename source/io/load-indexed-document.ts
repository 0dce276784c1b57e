import type {OnProgress} from '../core/pipeline/process-document.js';
import type {IndexDataBuilder} from '../core/search/document-index-data.js';
import type {DocumentIndexData} from '../core/search/index-data-shape.js';
import type {CachedIndexData, DocumentCache} from './document-cache.js';
import type {DocumentFile} from './find-documents.js';
import {loadDocument, type OnSkip} from './load-documents.js';
import {cacheIdentity, cachedDocument, indexedFromCache, type IndexedLoad} from './read-cached.js';

/**
 * One file's document and search data: both from the cache when the file is unchanged
 * (nothing is folded then, and the builder, with its OpenCC and pinyin tables, is not even
 * loaded), else processed, indexed and cached. An entry cached without search data, or
 * with data that does not fit its text, gets it built and stored. Undefined for a skipped file.
 */
export async function loadIndexedDocument(file: DocumentFile, onSkip: OnSkip, builder: () => Promise<IndexDataBuilder>, cache?: DocumentCache, progress: OnProgress = () => undefined): Promise<IndexedLoad | undefined> {
	const identity = cache ? cacheIdentity(file) : undefined;
	const cached = identity && cache?.read(identity);
	if (cached) {
		const ready = indexedFromCache(cached, file);
		if (ready) {
			return ready;
		}

		const document = cachedDocument(cached, file);
		const index = (await builder()).build(document);
		cache!.write(identity, {document: cached.document, index: withoutStarts(index)});
		return {document, index};
	}

	// Indexing takes about a sixth of the time processing does.
	const document = await loadDocument(file, onSkip, undefined, (share) => {
		progress(share * 0.85);
	});
	if (!document) {
		return undefined;
	}

	const index = (await builder()).build(document);
	if (identity) {
		cache?.write(identity, {document, index: withoutStarts(index)});
	}

	return {document, index};
}

function withoutStarts({starts, ...rest}: DocumentIndexData): CachedIndexData {
	return rest;
}
