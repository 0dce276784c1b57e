import type {Document} from '../core/document.js';
import {needsArticle, needsMarkdown, processDocument, type OnProgress} from '../core/pipeline/process-document.js';
import type {DocumentCache} from './document-cache.js';
import {cachedDocument, cacheIdentity} from './read-cached.js';
import {loadMarkdown} from './load-markdown.js';
import {loadArticleFinder} from './load-article-finder.js';
import type {DocumentFile} from './find-documents.js';
import {readDocuments, type DocumentText} from './read-documents.js';

/** Called for a file that is left out, with the reason. */
export type OnSkip = (path: string, reason: string) => void;

/**
 * Reads and processes files one at a time, so a caller can show the first
 * documents while the rest load. Binary and unreadable files, and files the
 * pipeline fails on, go to `onSkip`.
 */
export async function* loadDocuments(files: readonly DocumentFile[], onSkip: OnSkip, cache?: DocumentCache): AsyncGenerator<Document> {
	for (const file of files) {
		const document = await loadDocument(file, onSkip, cache);
		if (document) {
			yield document;
		}
	}
}

/**
 * One file's document: from the cache when the file is unchanged since it was
 * processed, else read, processed and cached. Undefined for a skipped file.
 */
export async function loadDocument(file: DocumentFile, onSkip: OnSkip, cache?: DocumentCache, progress?: OnProgress): Promise<Document | undefined> {
	const identity = cache ? cacheIdentity(file) : undefined;
	const cached = identity && cache?.read(identity);
	if (cached) {
		return cachedDocument(cached, file);
	}

	const [source] = await readDocuments([file], onSkip);
	if (!source) {
		return undefined;
	}

	let document: Document;
	try {
		document = await toDocument(source, progress);
	} catch (error) {
		// One document the pipeline cannot handle must not take the others with it.
		onSkip(source.path, `could not be processed (${error instanceof Error ? error.message : String(error)})`);
		return undefined;
	}

	if (identity) {
		cache?.write(identity, {document});
	}

	return document;
}

async function toDocument(source: DocumentText, progress?: OnProgress): Promise<Document> {
	const markdownToHtml = needsMarkdown(source.text) ? await loadMarkdown() : undefined;
	const findArticle = needsArticle(source.text) ? await loadArticleFinder() : undefined;
	return processDocument(source, {markdownToHtml, findArticle}, progress);
}
