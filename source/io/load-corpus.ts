import type {Document} from '../core/document.js';
import {needsMarkdown, processDocument} from '../core/pipeline/process-document.js';
import {loadMarkdown} from './load-markdown.js';
import type {DocumentFile} from './find-documents.js';
import {readDocuments, type DocumentText} from './read-documents.js';

/** Called for a file that is left out, with the reason. */
export type OnSkip = (path: string, reason: string) => void;

/**
 * Reads and processes files one at a time, so a caller can show the first
 * documents while the rest load. Binary and unreadable files, and files the
 * pipeline fails on, go to `onSkip`.
 */
export async function* loadDocuments(files: readonly DocumentFile[], onSkip: OnSkip): AsyncGenerator<Document> {
	for (const file of files) {
		for (const source of await readDocuments([file], onSkip)) {
			let document: Document;
			try {
				document = await toDocument(source);
			} catch (error) {
				// One document the pipeline cannot handle must not take the others with it.
				onSkip(source.path, `could not be processed (${error instanceof Error ? error.message : String(error)})`);
				continue;
			}

			yield document;
		}
	}
}

async function toDocument(source: DocumentText): Promise<Document> {
	const markdownToHtml = needsMarkdown(source.text) ? await loadMarkdown() : undefined;
	return processDocument(source, {markdownToHtml});
}
