import path from 'node:path';
import type {Document} from '../core/document.js';
import {attachIndexData} from '../core/search/attached-index-data.js';
import {documentCache, type DocumentCache} from '../io/document-cache.js';
import type {DocumentFile, PathProblem} from '../io/find-documents.js';
import {messagesFor, type Messages} from '../state/messages/messages.js';
import type {DocumentBatch} from '../state/pump-documents.js';
import type {LoadingPool} from '../io/load-in-worker.js';
import type {CollectionManifest} from '../io/collection-manifest.js';
import type {LoaderSetup} from '../io/loader-message.js';
import {answerFromCache, cachedIndexedDocument, type IndexedLoad} from '../io/read-cached.js';
import type {CliOptions} from './options.js';
import {openMemorySession} from './reading-memory-session.js';
import {skipMessage} from './skip-message.js';

/** An error that ends the reader with its message, printed as it is, and an exit status of its own. */
export class ReaderExit extends Error {
	constructor(
		message: string,
		/** The process's exit status. */
		readonly status: number,
	) {
		super(message);
	}
}

/**
 * Opens the interactive reader at once and loads the documents into it one by one:
 * the first frame does not wait for the pipeline, which is a separate chunk loaded
 * after it. Skipped files are reported after the reader closes. Returns the exit status.
 */
export async function runReader(files: readonly DocumentFile[], problems: readonly PathProblem[], options: CliOptions, keys: NodeJS.ReadStream): Promise<number> {
	// Ink draws only a final frame when a CI variable exists (is-in-ci reads them as Ink loads), and
	// chalk then drops colour; in a real terminal the reader needs every frame, in colour.
	for (const key of Object.keys(process.env)) {
		if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) {
			Reflect.deleteProperty(process.env, key);
		}
	}

	const messages = messagesFor(options.language);
	// Told once, after the reader closes: a line written now would be drawn over.
	const skipped = problems.map(({path, reason}) => skipMessage(messages, path, reason));
	const onSkip = (path: string, reason: string) => {
		skipped.push(skipMessage(messages, path, reason));
	};

	const {runApp} = await withoutFetch(async () => import('../ui/run-app.js'));
	const cache = options.cache ? documentCache() : undefined;
	const setup: LoaderSetup = {cacheFolder: cache?.folder, cacheBytes: cache?.maxBytes ?? 0};
	const loading = {pool: undefined as LoadingPool | undefined};
	// A pipe's text is gone once read, as in less: nothing to come back to, and the next pipe is another text.
	const memory = openMemorySession(options.paths, options.state && !files.some((file) => file.bytes), messages);
	// A warm reopen: the first files the cache answers at once are in the first frame; workers load the rest.
	const warm = cache ? answerFromCache(files, cache) : [];
	// And the document the reader reopens, wherever it is in the list: it would otherwise wait its turn.
	const reopened = cache && memory.initialState ? reopenedDocument(files, memory.initialState.reader.open, warm.length, cache) : undefined;
	for (const {document, index} of reopened ? [...warm, reopened] : warm) {
		attachIndexData(document, index);
	}

	try {
		return await runApp(
			{color: options.color, ambiguous: options.ambiguous, indent: options.indent, messages, stdin: keys, initialState: memory.initialState, onStateChange: memory.onStateChange, documents: warm.map(({document}) => document)},
			load(files, warm.map(({document}) => document), {onSkip, skipped, messages}, {setup, roots: options.paths, reopened: reopened?.document}, loading),
		);
	} finally {
		if (keys !== process.stdin) {
			// The terminal opened for keys would keep the process alive.
			keys.destroy();
		}

		// Quitting while files load ends the workers now, so the shell prompt comes back at once.
		await loading.pool?.stop();
		process.stderr.write([...skipped, ...memory.save()].join(''));
	}
}

/**
 * Runs `load` with `globalThis.fetch` hidden. yoga-layout's Emscripten loader, run as
 * Ink loads, fetches its own inlined WebAssembly through `fetch` when there is one,
 * which loads Node's whole HTTP client (~50 ms here) to decode a data: URL; without
 * it, it decodes the base64 itself.
 */
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!descriptor?.configurable) {
		return load();
	}

	Reflect.deleteProperty(globalThis, 'fetch');
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}

/**
 * The documents, loaded by a pool of worker threads started once the first frame is drawn
 * (runApp pulls from here only after it): started earlier, they compete with Ink's
 * start for the CPU; on the reader's own thread, a large file would block the keys.
 * The collection's manifest lists every document it knows first; once all have loaded,
 * what they gave is written back to it when that changed.
 */
async function* load(
	files: readonly DocumentFile[],
	warm: readonly Document[],
	{onSkip, skipped, messages}: {onSkip: (path: string, reason: string) => void; skipped: string[]; messages: Messages},
	{setup, roots, reopened}: {setup: LoaderSetup; roots: readonly string[]; reopened: Document | undefined},
	loading: {pool: LoadingPool | undefined},
): AsyncGenerator<DocumentBatch> {
	const [{loadInWorkers}, {feedDocuments}, {CollectionManifest}] = await Promise.all([import('../io/load-in-worker.js'), import('../io/feed-documents.js'), import('../io/collection-manifest.js')]);
	const answered = warm.length;
	// Listed before the workers start: they would take the cores the list is drawn with. A collection the
	// cache answered whole before the first frame needs none.
	const manifest = answered < files.length ? manifestOf(CollectionManifest, files, setup, roots) : undefined;
	const listed = manifest?.list(files) ?? [];
	if (listed.length > 0) {
		yield {documents: listed.map((entry) => (entry.key === reopened?.key ? reopened : entry)), done: answered, total: files.length, listing: true};
	}

	const pool = loadInWorkers(files.slice(answered), onSkip, {setup});
	loading.pool = pool;
	// The files the cache answered before the first frame count as loaded.
	const progress = () => {
		const {done, total, partial} = pool.progress();
		return {done: done + answered, total: total + answered, partial};
	};

	const loaded = new Map(warm.map((document) => [document.path, document]));
	let unsaved = manifest;
	for await (const batch of feedDocuments(pool.documents, progress)) {
		for (const document of batch.documents) {
			loaded.set(document.path, document);
		}

		yield batch;
		// Written in the turn the last document is shown in: a reader closed the moment after keeps it.
		const delivered = pool.delivered();
		if (delivered.all && loaded.size - answered === delivered.documents) {
			unsaved?.save(files, loaded);
			unsaved = undefined;
		}
	}

	if (loaded.size === 0) {
		// The reader exits from here, so the skipped files are told now, before the reason.
		throw new ReaderExit(`${skipped.splice(0).join('')}yuelan: ${messages['error.no-readable']}`, 2);
	}

	unsaved?.save(files, loaded);
	await pool.finish();
}

/** The collection's manifest: none without a cache, nor for a pipe's text. */
function manifestOf(manifests: typeof CollectionManifest, files: readonly DocumentFile[], {cacheFolder}: LoaderSetup, roots: readonly string[]): CollectionManifest | undefined {
	return cacheFolder === undefined || files.some((file) => file.bytes) ? undefined : manifests.of(cacheFolder, roots.length > 0 ? roots : [path.dirname(files[0]!.path)]);
}

/** The cached document of the file the reader reopens, when it is past the first files already read and the cache holds it. */
function reopenedDocument(files: readonly DocumentFile[], key: string | undefined, answered: number, cache: DocumentCache): IndexedLoad | undefined {
	const file = key === undefined ? undefined : files.slice(answered).find((candidate) => path.resolve(candidate.path) === key);
	return file && cachedIndexedDocument(file, cache);
}
