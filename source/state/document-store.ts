import type {Document} from '../core/document.js';
import type {DocumentKey} from '../core/document-key.js';

/** The documents loaded so far, in list order; a snapshot never changes. */
export type DocumentSet = {
	/** How many documents there are. */
	readonly count: number;
	/** False while more documents may still arrive. */
	readonly complete: boolean;
	/** Files answered (loaded or skipped) of how many, while they load; undefined when not counted. */
	readonly progress: LoadProgress | undefined;
	/** The document at a list position. */
	at(index: number): Document | undefined;
	/** The document with a key, if it is in this snapshot. */
	get(key: DocumentKey): Document | undefined;
	/** List position of a key, or -1. */
	indexOf(key: DocumentKey): number;
	/** Documents [from, to) of the list. */
	slice(from: number, to: number): readonly Document[];
	/** Whether another document of this snapshot has the same title, so the list must tell them apart. */
	sharesTitle(document: Document): boolean;
};

/** How many files of how many the loader has answered. */
export type LoadProgress = {
	readonly done: number;
	readonly total: number;
	/** The files being processed that take a while, counted by how far each has come (0.4 + 0.7 = 1.1). */
	readonly partial?: number;
};

/** Documents that arrive while the reader runs; React reads it with `useSyncExternalStore`. */
export type DocumentStore = {
	/** Appends documents; one whose key is already listed is left out. `progress` says how far loading is. */
	add(documents: Iterable<Document>, progress?: LoadProgress): void;
	/** Says that no more documents will come. */
	finish(): void;
	/** The current snapshot; the same object until the next change. */
	snapshot(): DocumentSet;
	/** Calls `listener` after each change; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
};

/**
 * A growing list without copies: documents are appended to one array and a
 * snapshot is a length over it, so 10,000 arriving one by one cost linear time.
 */
export function createDocumentStore(initial: Iterable<Document> = []): DocumentStore {
	const list: Document[] = [];
	const indexes = new Map<DocumentKey, number>();
	// The first two list positions of each title: enough to know whether a snapshot holds it twice.
	const titles = new Map<string, number[]>();
	const listeners = new Set<() => void>();
	let complete = false;
	let progress: LoadProgress | undefined;
	const makeSnapshot = (count: number): DocumentSet => ({
		count,
		complete,
		progress,
		at: index => (index >= 0 && index < count ? list[index] : undefined),
		get(key) {
			const index = indexes.get(key);
			return index !== undefined && index < count ? list[index] : undefined;
		},
		indexOf(key) {
			const index = indexes.get(key);
			return index !== undefined && index < count ? index : -1;
		},
		slice: (from, to) => list.slice(Math.max(0, from), Math.min(count, to)),
		sharesTitle(document) {
			const second = titles.get(document.title)?.[1];
			return second !== undefined && second < count;
		},
	});

	const append = (documents: Iterable<Document>) => {
		for (const document of documents) {
			if (!indexes.has(document.key)) {
				indexes.set(document.key, list.length);
				const first = titles.get(document.title);
				if (!first) {
					titles.set(document.title, [list.length]);
				} else if (first.length < 2) {
					first.push(list.length);
				}

				list.push(document);
			}
		}
	};

	append(initial);
	let current = makeSnapshot(list.length);
	const changed = () => {
		current = makeSnapshot(list.length);
		for (const listener of listeners) {
			listener();
		}
	};

	return {
		add(documents, loaded) {
			const before = list.length;
			const moved = loaded !== undefined && (loaded.done !== progress?.done || loaded.partial !== progress.partial);
			progress = loaded ?? progress;
			append(documents);
			if (list.length !== before || moved) {
				changed();
			}
		},
		finish() {
			if (!complete) {
				complete = true;
				changed();
			}
		},
		snapshot: () => current,
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
	};
}
