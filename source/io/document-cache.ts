import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Document} from '../core/document.js';
import {appPaths} from './app-paths.js';
import {removeQuietly} from './remove-quietly.js';
import {PIPELINE_VERSION} from '../core/document-key.js';

/** Default size cap of the cache folder. */
export const defaultCacheBytes = 512 * 1024 * 1024;

/** What identifies one version of one file's processed document. */
export type CacheIdentity = {
	/** The file's absolute path. */
	readonly path: string;
	readonly size: number;
	readonly mtimeMs: number;
};

/**
 * Processed documents on disk, one file each, named by a hash of the document's path,
 * size, modification time and PIPELINE_VERSION: a changed file or pipeline misses and is
 * processed again. Any entry, or the whole folder, may be deleted at any time.
 */
export class DocumentCache {
	constructor(
		/** The folder; made on the first write. */
		readonly folder: string,
		/** Size cap, enforced by `evict`. */
		readonly maxBytes = defaultCacheBytes,
	) {}

	/** The cached document, or undefined (missing, unreadable or damaged). A hit counts as a use. */
	read(identity: CacheIdentity): Document | undefined {
		const file = this.entryPath(identity);
		try {
			const document = JSON.parse(readFileSync(file, 'utf8')) as Document;
			// Least recently used goes first: a hit refreshes the entry's time.
			const now = new Date();
			utimesSync(file, now, now);
			return document;
		} catch {
			return undefined;
		}
	}

	/** Stores a document; a full disk or a read-only folder only means no caching. */
	write(identity: CacheIdentity, document: Document): void {
		const file = this.entryPath(identity);
		const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		try {
			mkdirSync(this.folder, {recursive: true, mode: 0o700});
			writeFileSync(temporary, JSON.stringify(document), {mode: 0o600});
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
		const key = createHash('sha256').update(`${identity.path}\0${identity.size}\0${identity.mtimeMs}\0${PIPELINE_VERSION}`).digest('hex').slice(0, 32);
		return path.join(this.folder, `${key}.json`);
	}
}

/** The cache in the user's cache folder (`$XDG_CACHE_HOME/yuelan/documents`). */
export function documentCache(): DocumentCache {
	return new DocumentCache(path.join(appPaths().cache, 'documents'));
}
