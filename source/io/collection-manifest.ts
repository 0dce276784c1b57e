import {mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {deserialize, serialize} from 'node:v8';
import type {Document, ListedDocument, Script} from '../core/document.js';
import {documentKey, PIPELINE_VERSION} from '../core/document-key.js';
import type {DocumentFile} from './find-documents.js';
import {removeQuietly} from './remove-quietly.js';
import {hashKey} from '../core/text/hash-key.js';

/**
 * Version of the manifest's layout; a manifest of another one is not read. 2 keeps columns
 * (one array a field) rather than an object a file: 10,000 objects took 30-200 ms to
 * deserialize here, the columns 2-15 ms.
 */
const manifestFormat = 2;
/** Manifests kept, the most recently written: one per collection opened. */
const keptManifests = 16;

/** The listing fields, one column each; null for a file that was skipped. */
const listingFields = ['key', 'title', 'date', 'author', 'source', 'script'] as const;

type ListingField = (typeof listingFields)[number];

/** A collection's files as they were last loaded, one entry a file in each column. */
type Columns = {
	readonly format: number;
	readonly pipeline: number;
	/** Each file's path as found (the roots it was found from name the manifest). */
	readonly paths: readonly string[];
	readonly sizes: Float64Array;
	readonly mtimes: Float64Array;
	readonly listing: Readonly<Record<ListingField, ReadonlyArray<string | null>>>;
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
	private remembered: Columns | undefined;

	constructor(
		/** The manifest's file. */
		readonly file: string,
	) {}

	/** The manifest of the collection found from `roots`, in the manifests' folder beside `cacheFolder`. */
	static of(cacheFolder: string, roots: readonly string[]): CollectionManifest {
		const name = hashKey(roots.map((root) => path.resolve(root)).join('\0'));
		return new CollectionManifest(path.join(path.dirname(cacheFolder), 'collections', `${name}.v8`));
	}

	/**
	 * The documents it lists for `files`, in their order, as they were last loaded (not checked
	 * against the files now: 10,000 stats would delay the list by a tenth of a second, and the
	 * loading that follows checks each file anyway). None when it is missing, damaged or of
	 * another pipeline.
	 */
	list(files: readonly DocumentFile[]): ListedDocument[] {
		const columns = this.read();
		this.remembered = columns;
		if (!columns) {
			return [];
		}

		const rows = new Map(columns.paths.map((file, row) => [file, row]));
		const {key: keys, title: titles, date: dates, author: authors, source: sources, script: scripts} = columns.listing;
		const listed: ListedDocument[] = [];
		for (const file of files) {
			const row = file.bytes ? undefined : rows.get(file.path);
			const [key, title, script] = row === undefined ? [] : [keys[row], titles[row], scripts[row]];
			if (typeof key === 'string' && typeof title === 'string' && isScript(script)) {
				listed.push({key: documentKey(key), id: file.id, path: file.path, title, date: dates[row!] ?? null, author: authors[row!] ?? null, source: sources[row!] ?? null, script});
			}
		}

		return listed;
	}

	/**
	 * Writes what `files` gave, unless it is what was listed: `loaded` holds the documents by
	 * path; a file not in it was skipped. A failed write only means no manifest.
	 */
	save(files: readonly DocumentFile[], loaded: ReadonlyMap<string, Document>): void {
		const columns = columnsOf(files, loaded);
		if (this.remembered && sameColumns(this.remembered, columns)) {
			return;
		}

		const temporary = `${this.file}.${process.pid}.tmp`;
		try {
			mkdirSync(path.dirname(this.file), {recursive: true, mode: 0o700});
			writeFileSync(temporary, serialize(columns), {mode: 0o600});
			renameSync(temporary, this.file);
			this.trim();
		} catch {
			removeQuietly(temporary);
		}
	}

	private read(): Columns | undefined {
		try {
			const data = deserialize(readFileSync(this.file)) as Partial<Columns>;
			return data.format === manifestFormat && data.pipeline === PIPELINE_VERSION && isColumns(data) ? data : undefined;
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

/** The manifest's columns for what `files` gave: `loaded` holds the documents by path. */
function columnsOf(files: readonly DocumentFile[], loaded: ReadonlyMap<string, Document>): Columns {
	const rows = files.flatMap((file) => {
		const document = loaded.get(file.path);
		const stamp = document?.stamp ?? stampOf(file.path);
		return stamp && !file.bytes ? [{file, stamp, document}] : [];
	});
	const column = (field: ListingField) => rows.map(({document}) => document?.[field] ?? null);
	return {
		format: manifestFormat,
		pipeline: PIPELINE_VERSION,
		paths: rows.map(({file}) => file.path),
		sizes: Float64Array.from(rows, ({stamp}) => stamp.size),
		mtimes: Float64Array.from(rows, ({stamp}) => stamp.mtimeMs),
		listing: {key: column('key'), title: column('title'), date: column('date'), author: column('author'), source: column('source'), script: column('script')},
	};
}

function sameColumns(before: Columns, after: Columns): boolean {
	const same = (a: ArrayLike<unknown>, b: ArrayLike<unknown>) => a.length === b.length && Array.prototype.every.call(a, (value, index) => value === b[index]);
	return same(before.paths, after.paths) && same(before.sizes, after.sizes) && same(before.mtimes, after.mtimes) && listingFields.every((field) => same(before.listing[field], after.listing[field]));
}

/** Whether a manifest has the right shape: a damaged one must not list wrong documents (each row's fields are checked where it is listed). */
function isColumns(data: Partial<Columns>): data is Columns {
	const {paths, sizes, mtimes, listing} = data;
	const count = Array.isArray(paths) ? paths.length : -1;
	const columns = listingFields.map((field) => listing?.[field]);
	return sizes instanceof Float64Array && mtimes instanceof Float64Array && sizes.length === count && mtimes.length === count && columns.every((column) => Array.isArray(column) && column.length === count);
}

function isScript(value: unknown): value is Script {
	return value === 'simplified' || value === 'traditional' || value === 'unknown';
}
