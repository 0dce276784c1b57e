import type {Document} from '../core/document.js';
import type {OnProgress} from '../core/pipeline/process-document.js';
import type {IndexDataBuilder} from '../core/search/document-index-data.js';
import {bitCount, bitmapWords, recordStarts, type DocumentIndexData} from '../core/search/index-data-shape.js';
import type {CachedIndexData, DocumentCache} from './document-cache.js';
import type {DocumentFile} from './find-documents.js';
import {cachedDocument, cacheIdentity, loadDocument, type OnSkip} from './load-documents.js';

/** A document and its search index data, as a loading worker hands them over. */
export type IndexedLoad = {
	readonly document: Document;
	readonly index: DocumentIndexData;
};

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
		const document = cachedDocument(cached, file);
		const starts = recordStarts(document);
		if (cached.index && fits(cached.index, document, starts)) {
			return {document, index: {...cached.index, starts}};
		}

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

function withoutStarts({text, present, bitmaps, letters, chars}: DocumentIndexData): CachedIndexData {
	return {text, present, bitmaps, letters, chars};
}

/** Whether cached data belongs to this document's text: a damaged entry must not give wrong hits. */
function fits({text, present, bitmaps, chars}: CachedIndexData, document: Document, starts: Int32Array): boolean {
	let counted = 0;
	for (let index = 1; index < chars.length; index += 2) {
		counted += chars[index]!;
	}

	const length = starts[starts.length - 1]! + (document.blocks.at(-1)?.text ?? document.title).length;
	return text.length === length && chars.length % 2 === 0 && counted === length && bitmaps.length === bitmapWords(length) * bitCount(present);
}
