import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {deserialize, serialize} from 'node:v8';
import type {Document, ListedDocument} from '../core/document.js';
import {PIPELINE_VERSION} from '../core/document-key.js';
import type {DocumentFile} from './find-documents.js';
import {removeQuietly} from './remove-quietly.js';

/** Version of the manifest's layout; a manifest of another one is not read. */
const manifestFormat = 1;
/** Manifests kept, the most recently written: one per collection opened. */
const keptManifests = 16;

/** What the list shows of a document, as the manifest keeps it. */
type Listing = Pick<ListedDocument, 'key' | 'title' | 'date' | 'author' | 'source' | 'script'>;

/** One file as it was when the collection was last loaded, and what it gave (nothing: it was skipped). */
type Remembered = {readonly size: number; readonly mtimeMs: number; readonly listing?: Listing};

type ManifestData = {
	readonly format: number;
	readonly pipeline: number;
	/** By the file's resolved path. */
	readonly files: ReadonlyArray<readonly [string, Remembered]>;
};

/**
 * What a collection's files gave when it was last loaded: their stamps, titles and metadata
 * (a few hundred bytes a document), in one small file beside the document cache. A warm
 * reopen reads it to list every document at once, as it was, while the text loads; the
 * documents loaded then take their entries' places (a file changed since shows its new
 * title once it has loaded). Safe to delete at any time.
 */
export class CollectionManifest {
	/** What the manifest held when it was listed: a load that gives the same leaves nothing to write. */
	private remembered: Map<string, Remembered> | undefined;

	constructor(
		/** The manifest's file. */
		readonly file: string,
	) {}

	/** The manifest of the collection found from `roots`, in the manifests' folder beside `cacheFolder`. */
	static of(cacheFolder: string, roots: readonly string[]): CollectionManifest {
		const name = createHash('sha256').update(roots.map((root) => path.resolve(root)).join('\0')).digest('hex').slice(0, 32);
		return new CollectionManifest(path.join(path.dirname(cacheFolder), 'collections', `${name}.v8`));
	}

	/**
	 * The documents it lists for `files`, in their order, as they were last loaded (not checked
	 * against the files now: 10,000 stats would delay the list by a tenth of a second, and the
	 * loading that follows checks each file anyway). None when it is missing, damaged or of
	 * another pipeline.
	 */
	list(files: readonly DocumentFile[]): ListedDocument[] {
		this.remembered = this.read();
		const listed: ListedDocument[] = [];
		for (const file of files) {
			const listing = file.bytes ? undefined : this.remembered?.get(path.resolve(file.path))?.listing;
			if (listing) {
				listed.push({...listing, id: file.id, path: file.path});
			}
		}

		return listed;
	}

	/**
	 * Writes what `files` gave, unless it is what was listed: `loaded` holds the documents by
	 * path; a file not in it was skipped. A failed write only means no manifest.
	 */
	save(files: readonly DocumentFile[], loaded: ReadonlyMap<string, Document>): void {
		const rows = files.flatMap((file) => {
			const document = loaded.get(file.path);
			const stamp = document?.stamp ?? stampOf(file.path);
			const listing = document && {key: document.key, title: document.title, date: document.date, author: document.author, source: document.source, script: document.script};
			return stamp && !file.bytes ? [[path.resolve(file.path), {size: stamp.size, mtimeMs: stamp.mtimeMs, listing}] as [string, Remembered]] : [];
		});
		if (this.remembered?.size === rows.length && rows.every(([file, row]) => sameRow(this.remembered?.get(file), row))) {
			return;
		}

		const temporary = `${this.file}.${process.pid}.tmp`;
		try {
			mkdirSync(path.dirname(this.file), {recursive: true, mode: 0o700});
			writeFileSync(temporary, serialize({format: manifestFormat, pipeline: PIPELINE_VERSION, files: rows} satisfies ManifestData), {mode: 0o600});
			renameSync(temporary, this.file);
			this.trim();
		} catch {
			removeQuietly(temporary);
		}
	}

	private read(): Map<string, Remembered> | undefined {
		try {
			const data = deserialize(readFileSync(this.file)) as Partial<ManifestData>;
			return data.format === manifestFormat && data.pipeline === PIPELINE_VERSION && Array.isArray(data.files) ? new Map(data.files.filter(isRemembered)) : undefined;
		} catch {
			return undefined;
		}
	}

	/** Keeps the most recently written manifests only. */
	private trim(): void {
		const folder = path.dirname(this.file);
		const manifests = readdirSync(folder).flatMap((name) => {
			const stamp = stampOf(path.join(folder, name));
			return stamp ? [{name, written: stamp.mtimeMs}] : [];
		});
		for (const {name} of manifests.sort((a, b) => b.written - a.written).slice(keptManifests)) {
			removeQuietly(path.join(folder, name));
		}
	}
}

function stampOf(file: string): {size: number; mtimeMs: number} | undefined {
	try {
		const stats = statSync(file);
		return stats.isFile() ? {size: stats.size, mtimeMs: stats.mtimeMs} : undefined;
	} catch {
		return undefined;
	}
}

function sameRow(before: Remembered | undefined, after: Remembered): boolean {
	const [a, b] = [before?.listing, after.listing];
	const sameListing = a === b || (a !== undefined && b !== undefined && a.key === b.key && a.title === b.title && a.date === b.date && a.author === b.author && a.source === b.source && a.script === b.script);
	return before?.size === after.size && before.mtimeMs === after.mtimeMs && sameListing;
}

/** Whether a manifest's row has the right shape: a damaged manifest must not list wrong documents. */
function isRemembered(row: unknown): row is [string, Remembered] {
	if (!Array.isArray(row) || typeof row[0] !== 'string') {
		return false;
	}

	const entry = row[1] as Partial<Remembered> | undefined;
	const listing = entry?.listing;
	return typeof entry?.size === 'number' && typeof entry.mtimeMs === 'number' && (listing === undefined || (typeof listing.key === 'string' && typeof listing.title === 'string'));
}
