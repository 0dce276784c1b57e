import {isLoaded} from '../core/document.js';
import {takeIndexData} from '../core/search/attached-index-data.js';
import type {SearchIndex} from '../core/search/index.js';
import type {DocumentSet, DocumentStore} from './document-store.js';
import {hitList, noHits, type HitList} from './hit-list.js';

export type {HitList, SearchHit} from './hit-list.js';

/** What a query finds among the documents indexed so far. */
export type SearchFound = {
	/** Hits best first (documents in rank order, then reading order), located when asked for. */
	readonly hits: HitList;
	/** Number of documents with a hit. */
	readonly documents: number;
	/** Documents searched, and documents loaded or still loading: fewer searched while the index catches up or files load. */
	readonly searched: number;
	readonly loaded: number;
	/** How many places near misses were scored in, when more could hold one (`SearchResults.nearMissCap`). */
	readonly nearMissCap: number | undefined;
};

/** The full-text index of a reader session; it lives in the services, never in state. */
export type SearchService = {
	/** Hits of a query now; the same object until the query or the index changes. */
	find(query: string): SearchFound;
	/** Changes whenever more documents were indexed (for `useSyncExternalStore`). */
	version(): number;
	/** Calls `listener` when more documents are indexed; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
	/** Resolves once every document loaded so far is indexed. */
	indexed(): Promise<void>;
};

/** Indexing yields to keys and frames after this long. */
const sliceMs = 8;
/** Listeners hear of progress at most this often while a large collection is indexed. */
const notifyMs = 150;
/**
 * And at most once per this many times the last search took: each notice re-runs the query
 * typed over everything indexed, and at 100 MB a search every 150 ms left the loading workers
 * waiting on a busy reader thread (a 10,000-document load crawled for minutes).
 */
const searchesApart = 4;

/**
 * Indexes documents as they arrive, a few milliseconds at a time between key presses
 * and frames, once the index is first wanted (a listener, a query or `indexed()`): the
 * search code (pinyin tables, fuse.js) loads then, and a reader that never searches
 * spends nothing on it (filing 10,000 documents took a tenth of a warm reopen).
 */
export function createSearchService(store: DocumentStore, load: () => Promise<typeof import('../core/search/index.js')> = async () => import('../core/search/index.js'), now: () => number = Date.now): SearchService {
	let index: SearchIndex | undefined;
	let version = 0;
	let lastNotice = 0;
	let lastSearchMs = 0;
	let scheduled = false;
	let cache: {query: string; version: number; loaded: number; found: SearchFound} | undefined;
	const listeners = new Set<() => void>();
	const waiting: Array<() => void> = [];
	let module: typeof import('../core/search/index.js') | undefined;

	const notify = () => {
		version++;
		lastNotice = now();
		for (const listener of listeners) {
			listener();
		}
	};

	// Listeners hear once everything is indexed, and in between at most every `notifyMs` (or
	// `searchesApart` searches' time); a notice held back is given when that time is up, so the
	// hits of the last documents loaded still show.
	let held: ReturnType<typeof setTimeout> | undefined;
	const tell = (caughtUp: boolean, complete: boolean) => {
		const apart = Math.max(notifyMs, searchesApart * lastSearchMs);
		const since = now() - lastNotice;
		if ((caughtUp && complete) || since > apart) {
			clearTimeout(held);
			held = undefined;
			notify();
		} else if (caughtUp && !held) {
			held = setTimeout(() => {
				held = undefined;
				notify();
			}, apart - since);
			held.unref();
		}
	};

	const pump = () => {
		scheduled = false;
		if (!index) {
			return;
		}

		const documents = store.snapshot();
		const started = now();
		let stalled = false;
		while (index.size < documents.count && now() - started < sliceMs) {
			const entry = documents.at(index.size)!;
			// Listed from the manifest, its text still on its way: the next change brings it.
			if (!isLoaded(entry)) {
				stalled = true;
				break;
			}

			const document = entry;
			// Built by a loading worker when the document came from one: then nothing is folded here.
			const data = takeIndexData(document);
			if (data) {
				index.addIndexed(document.key, document, data);
			} else {
				index.add(document.key, document);
			}
		}

		const done = index.size >= documents.count;
		tell(done, documents.complete);
		if (done) {
			for (const resolve of waiting.splice(0)) {
				resolve();
			}
		} else if (!stalled) {
			schedule();
		}
	};

	const schedule = () => {
		if (!scheduled) {
			scheduled = true;
			setImmediate(pump);
		}
	};

	store.subscribe(schedule);
	let started = false;
	const start = () => {
		if (started) {
			return;
		}

		started = true;
		// After the current frame: the frame that opens the search box never waits for the search code.
		setImmediate(() => {
			load().then((loaded) => {
				module = loaded;
				index = new loaded.SearchIndex();
				schedule();
			}, () => undefined);
		});
	};

	return {
		find(query) {
			const loaded = expectedCount(store.snapshot());
			if (cache?.query === query && cache.version === version) {
				// Only the count of documents coming moved: the same hits, told against it, without a search.
				if (cache.loaded !== loaded) {
					cache = {...cache, loaded, found: {...cache.found, loaded}};
				}

				return cache.found;
			}

			const began = now();
			// No query, nothing to find: the search code's tables (folding, ~70 ms to build) wait for the first one.
			const searchable = query.trim() !== '';
			if (searchable) {
				start();
			}

			const found = index && module && searchable ? collectHits(index, module, query, loaded) : {hits: noHits, documents: 0, searched: index?.size ?? 0, loaded, nearMissCap: undefined};
			lastSearchMs = searchable ? now() - began : lastSearchMs;
			cache = {query, version, loaded, found};
			return found;
		},
		version: () => version,
		subscribe(listener) {
			start();
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		async indexed() {
			start();
			if (index && index.size >= store.snapshot().count) {
				return;
			}

			schedule();
			return new Promise((resolve) => {
				waiting.push(resolve);
			});
		},
	};
}

/** The documents there will be once loading ends, as far as is known: skipped files do not count. */
function expectedCount({count, loaded, complete, progress}: DocumentSet): number {
	return complete || !progress ? count : Math.max(count, progress.total - (progress.done - loaded));
}

/** Every hit of a query in an index, located in its document when asked for; `module` is core's search, loaded lazily by the service. */
export function collectHits(index: SearchIndex, module: Pick<typeof import('../core/search/index.js'), 'locateHit'>, query: string, loaded: number): SearchFound {
	const results = index.search(query);
	return {hits: hitList(index, module.locateHit, results.documents), documents: results.documents.length, searched: results.searched, loaded, nearMissCap: results.nearMissCap};
}
