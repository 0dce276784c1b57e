import {isLoaded, type Document, type ListedDocument} from '../core/document.js';
import type {DocumentKey} from '../core/document-key.js';

/** The documents listed so far, in list order; a snapshot never changes. */
export type DocumentSet = {
	/** How many documents the list holds, loaded or not. */
	readonly count: number;
	/** How many documents of the whole collection have loaded (listed ones still coming aside). */
	readonly loaded: number;
	/** False while more documents may still arrive. */
	readonly complete: boolean;
	/** Files answered (loaded or skipped) of how many, while they load; undefined when not counted. */
	readonly progress: LoadProgress | undefined;
	/** The document at a list position, loaded or only listed. */
	at(index: number): ListedDocument | undefined;
	/** The loaded document with a key, if this snapshot holds it loaded. */
	get(key: DocumentKey): Document | undefined;
	/** List position of a key, or -1. */
	indexOf(key: DocumentKey): number;
	/** Documents [from, to) of the list. */
	slice(from: number, to: number): readonly ListedDocument[];
	/** Whether another document of this snapshot has the same title, so the list must tell them apart. */
	sharesTitle(document: ListedDocument): boolean;
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
	/**
	 * Takes documents in file order: a loaded one takes the place of its listed entry, or is
	 * inserted after the last one loaded; a listed one is appended. A key already loaded is
	 * left out. `progress` says how far loading is.
	 */
	add(documents: Iterable<ListedDocument>, progress?: LoadProgress): void;
	/**
	 * Appends the entries of a listing (the collection's manifest) after those already there, in
	 * order: listed ones, and any already loaded (the document the reader reopens, read first),
	 * which the ordered loading then passes over. Keys already there are left out.
	 */
	list(entries: Iterable<ListedDocument>, progress?: LoadProgress): void;
	/** Says that no more documents will come: entries listed but never loaded (their files were skipped) leave the list. */
	finish(): void;
	/** The current snapshot; the same object until the next change. */
	snapshot(): DocumentSet;
	/** Calls `listener` after each change; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
};

/** The list's arrays: a snapshot keeps the ones it was made from; they are copied before they would change under it. */
type Listing = {
	readonly items: ListedDocument[];
	readonly indexes: Map<DocumentKey, number>;
	/** The first two list positions of each title: enough to know whether a snapshot holds it twice. */
	readonly titles: Map<string, number[]>;
};

function note(listing: Listing, document: ListedDocument, index: number): void {
	listing.indexes.set(document.key, index);
	const first = listing.titles.get(document.title);
	if (!first) {
		listing.titles.set(document.title, [index]);
	} else if (first.length < 2) {
		first.push(index);
	}
}

/** A listing of `items`, its lookups built afresh (after entries moved). */
function listingOf(items: ListedDocument[]): Listing {
	const listing = {items, indexes: new Map(), titles: new Map()};
	for (const [index, item] of items.entries()) {
		note(listing, item, index);
	}

	return listing;
}

function snapshotOf({items, indexes, titles}: Listing, count: number, loaded: number, complete: boolean, progress: LoadProgress | undefined): DocumentSet {
	const position = (key: DocumentKey) => {
		const index = indexes.get(key);
		return index !== undefined && index < count ? index : -1;
	};

	return {
		count,
		loaded,
		complete,
		progress,
		at: index => (index >= 0 && index < count ? items[index] : undefined),
		get(key) {
			const item = items[position(key)];
			return item && isLoaded(item) ? item : undefined;
		},
		indexOf: position,
		slice: (from, to) => items.slice(Math.max(0, from), Math.min(count, to)),
		sharesTitle(document) {
			const second = titles.get(document.title)?.[1];
			return second !== undefined && second < count;
		},
	};
}

/**
 * A growing list without copies on the common path: documents are appended to one array and
 * a snapshot is a length over it, so 10,000 arriving one by one cost linear time. A warm
 * reopen lists every document at once from the collection's manifest; the loaded documents
 * then take their entries' places, in order.
 */
export function createDocumentStore(initial: Iterable<ListedDocument> = []): DocumentStore {
	let listing = listingOf([]);
	// Whether a snapshot holds the current arrays: then they are copied before an entry changes.
	let shared = false;
	// The list position after the last loaded document: the next one to arrive belongs there.
	let filled = 0;
	const listeners = new Set<() => void>();
	let complete = false;
	let progress: LoadProgress | undefined;
	const own = (moved: boolean) => {
		if (shared || moved) {
			const items = [...listing.items];
			listing = moved ? listingOf(items) : {...listing, items};
			shared = false;
		}
	};

	const place = (document: Document) => {
		const at = listing.indexes.get(document.key);
		if (at !== undefined && at < filled) {
			return;
		}

		if (at !== undefined && isLoaded(listing.items[at]!)) {
			// Loaded ahead of its turn: the loading has reached it, and the entries before it were skipped.
			own(listing.items.splice(filled, at - filled).length > 0);
			filled++;
			return;
		}

		if (at === undefined) {
			// A file the manifest did not list (new or changed): it goes where it is in file order.
			listing.items.splice(filled, 0, document);
			own(true);
		} else {
			// The entries listed before it were skipped this time.
			const retitled = listing.items[at]!.title !== document.title;
			const dropped = listing.items.splice(filled, at - filled + 1, document).length > 1;
			own(dropped || retitled);
		}

		filled++;
	};

	const append = (documents: Iterable<ListedDocument>, listed = false) => {
		for (const document of documents) {
			if (!listed && isLoaded(document) && filled < listing.items.length) {
				own(false);
				place(document);
			} else if (!listing.indexes.has(document.key)) {
				note(listing, document, listing.items.length);
				listing.items.push(document);
				filled += !listed && isLoaded(document) ? 1 : 0;
			}
		}
	};

	append(initial);
	let current = snapshotOf(listing, listing.items.length, filled, complete, progress);
	const changed = () => {
		current = snapshotOf(listing, listing.items.length, filled, complete, progress);
		shared = true;
		for (const listener of listeners) {
			listener();
		}
	};

	const take = (documents: Iterable<ListedDocument>, loaded: LoadProgress | undefined, listed: boolean) => {
		const moved = loaded !== undefined && (loaded.done !== progress?.done || loaded.partial !== progress.partial);
		progress = loaded ?? progress;
		const items = listing.items;
		const length = items.length;
		append(documents, listed);
		if (listing.items !== items || listing.items.length !== length || moved) {
			changed();
		}
	};

	return {
		add(documents, loaded) {
			take(documents, loaded, false);
		},
		list(entries, loaded) {
			take(entries, loaded, true);
		},
		finish() {
			if (filled < listing.items.length) {
				listing = listingOf(listing.items.slice(0, filled));
			} else if (complete) {
				return;
			}

			complete = true;
			changed();
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
