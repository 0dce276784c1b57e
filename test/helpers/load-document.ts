import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Document} from '../../source/core/document.js';
import {findDocuments} from '../../source/io/find-documents.js';
import {loadDocuments} from '../../source/io/load-documents.js';

/** The repository's root folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Reads and processes one file the way the CLI does. */
export async function loadDocument(file: string): Promise<Document> {
	const {files} = findDocuments([file]);
	for await (const document of loadDocuments(files, (skipped, reason) => {
		throw new Error(`${skipped} was skipped: ${reason}`);
	})) {
		return document;
	}

	throw new Error(`no document in ${file}`);
}

/** A bundled seed document, by the start of its file name (`002`). */
export async function loadSeed(prefix: string): Promise<Document> {
	const {files} = findDocuments([path.join(root, 'data')]);
	const file = files.find((candidate) => candidate.id.startsWith(prefix));
	if (!file) {
		throw new Error(`no seed ${prefix}`);
	}

	return loadDocument(file.path);
}

/** A test document from test/fixtures. */
export async function loadFixture(name: string): Promise<Document> {
	return loadDocument(path.join(root, 'test/fixtures', name));
}

/** All text a reader would see of a document: title and blocks. */
export function allText(document: Document): string {
	return [document.title, ...document.blocks.map((block) => block.text)].join('\n');
}
