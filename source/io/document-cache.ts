import {mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {deserialize, serialize} from 'node:v8';
import type {Document} from '../core/document.js';
import type {DocumentIndexData} from '../core/search/index-data-shape.js';
import {appPaths} from './app-paths.js';
import {removeQuietly} from './remove-quietly.js';
import {PIPELINE_VERSION} from '../core/document-key.js';
import {hashKey} from '../core/text/hash-key.js';

/** Default size cap of the cache folder. */
export const defaultCacheBytes = 512 * 1024 * 1024;

/**
 * Version of the entries' format, part of every entry's name: 2 holds the search data in
 * V8's serialization (typed arrays as they are; Chinese text at 2 bytes a character, not
 * JSON's 3); 3 keeps the pinyin initials rare in a document as lists of positions, and no
 * Latin letters mask; 4 adds the Latin pairs. Entries of another format are never read, and
 * age out of the cap.
 */
const entryFormat = 4;

/**
 * The search index's data of a cached document, less the record starts (a sum over the
 * blocks). The folded text is kept although folding is cheap: a warm open then needs
 * neither OpenCC's tables nor pinyin-pro, whose loading would delay the first titles.
 */
export type CachedIndexData = Omit<DocumentIndexData, 'starts'>;

/** What one cache entry holds. */
export type CacheEntry = {
	readonly document: Document;
	/** Absent when the document was cached without it (batch modes do not index). */
	readonly index?: CachedIndexData;
};

/** What identifies one version of one file's processed document. */
export type CacheIdentity = {
	/** The file's absolute path. */
	readonly path: string;
	readonly size: number;
	readonly mtimeMs: number;
};

/**
 * Processed documents and their search data on disk, one file each, named by a hash of the
 * document's path, size, modification time, PIPELINE_VERSION and the entry format: a changed
 * file or pipeline misses and is
 * processed again. Any entry, or the whole folder, may be deleted at any time.
 */
export class DocumentCache {
	constructor(
		/** The folder; made on the first write. */
		readonly folder: string,
		/** Size cap, enforced by `evict`. */
		readonly maxBytes = defaultCacheBytes,
	) {}

	/** The cached entry, or undefined (missing, unreadable or damaged). A hit counts as a use. */
	read(identity: CacheIdentity): CacheEntry | undefined {
		const file = this.entryPath(identity);
		try {
			const entry = deserialize(readFileSync(file)) as unknown;
			if (!isEntry(entry)) {
				return undefined;
			}

			// Least recently used goes first: a hit refreshes the entry's time.
			const now = new Date();
			utimesSync(file, now, now);
			return entry.index === undefined || isIndexData(entry.index) ? entry : {document: entry.document};
		} catch {
			return undefined;
		}
	}

	/** Stores an entry; a full disk or a read-only folder only means no caching. */
	write(identity: CacheIdentity, entry: CacheEntry): void {
		const file = this.entryPath(identity);
		const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		try {
			mkdirSync(this.folder, {recursive: true, mode: 0o700});
			writeFileSync(temporary, serialize(entry), {mode: 0o600});
			renameSync(temporary, file);
		} catch {
			removeQuietly(temporary);
		}
	}

	/** Deletes the least recently used entries until the folder is within its cap. */
	evict(): void {
		let names: string[];
		try {
			names = readdirSync(this.folder);
		} catch {
			return;
		}

		const entries = names.flatMap(name => {
			try {
				const stats = statSync(path.join(this.folder, name));
				return [{name, size: stats.size, used: stats.mtimeMs}];
			} catch {
				return [];
			}
		});
		let total = entries.reduce((sum, entry) => sum + entry.size, 0);
		for (const entry of entries.sort((a, b) => a.used - b.used)) {
			if (total <= this.maxBytes) {
				break;
			}

			removeQuietly(path.join(this.folder, entry.name));
			total -= entry.size;
		}
	}

	private entryPath(identity: CacheIdentity): string {
		const key = hashKey(`${identity.path}\0${identity.size}\0${identity.mtimeMs}\0${PIPELINE_VERSION}\0${entryFormat}`);
		return path.join(this.folder, `${key}.v8`);
	}
}

function isEntry(value: unknown): value is CacheEntry {
	const document = (value as Partial<CacheEntry> | undefined)?.document;
	return typeof document === 'object' && document !== null && Array.isArray(document.blocks) && typeof document.title === 'string';
}

/** Whether cached search data has the right shapes; whether it fits the document's text is checked where the text is folded. */
function isIndexData(value: CachedIndexData): boolean {
	const positions = value.positions instanceof Uint16Array || value.positions instanceof Uint32Array;
	return typeof value.text === 'string' && value.bitmaps instanceof Uint32Array && positions && value.listEnds instanceof Uint32Array && value.chars instanceof Uint32Array && value.latinPairs instanceof Uint32Array && typeof value.present === 'number' && typeof value.listed === 'number';
}

/** The cache in the user's cache folder (`$XDG_CACHE_HOME/yuelan/documents`). */
export function documentCache(): DocumentCache {
	return new DocumentCache(path.join(appPaths().cache, 'documents'));
}
