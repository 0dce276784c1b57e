import type {Document} from '../core/document.js';
import {bitCount, bitmapWords, foldDocument, type DocumentIndexData, type IndexDataBuilder} from '../core/search/document-index-data.js';
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
 * (only the text is folded again), else processed, indexed and cached. An entry cached
 * without search data, or with data that does not fit its text, gets it built and
 * stored. Undefined for a skipped file.
 */
export async function loadIndexedDocument(file: DocumentFile, onSkip: OnSkip, builder: IndexDataBuilder, cache?: DocumentCache): Promise<IndexedLoad | undefined> {
	const identity = cache ? cacheIdentity(file) : undefined;
	const cached = identity && cache?.read(identity);
	if (cached) {
		const document = cachedDocument(cached, file);
		const folded = foldDocument(document);
		if (cached.index && fits(cached.index, folded.text)) {
			return {document, index: {...cached.index, ...folded}};
		}

		const index = builder.mark(folded);
		cache!.write(identity, {document: cached.document, index: withoutText(index)});
		return {document, index};
	}

	const document = await loadDocument(file, onSkip);
	if (!document) {
		return undefined;
	}

	const index = builder.build(document);
	if (identity) {
		cache?.write(identity, {document, index: withoutText(index)});
	}

	return {document, index};
}

function withoutText({present, bitmaps, letters, chars}: DocumentIndexData): CachedIndexData {
	return {present, bitmaps, letters, chars};
}

/** Whether cached data belongs to a text of this length: a damaged entry must not give wrong hits. */
function fits({present, bitmaps, chars}: CachedIndexData, text: string): boolean {
	let counted = 0;
	for (let index = 1; index < chars.length; index += 2) {
		counted += chars[index]!;
	}

	return chars.length % 2 === 0 && counted === text.length && bitmaps.length === bitmapWords(text.length) * bitCount(present);
}
