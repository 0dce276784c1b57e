import {lstatSync, readdirSync, statSync, type Dirent, type Stats} from 'node:fs';
import path from 'node:path';
import {kindOf} from './file-kind.js';

/** A file to read as a document. */
export type DocumentFile = {
	/** Path relative to the folder it was found in (POSIX separators), or the file name. */
	readonly id: string;
	/** The path to read it from. */
	readonly path: string;
	/** Its bytes when they do not come from a file (standard input). */
	readonly bytes?: Uint8Array;
	/** Its title when its text names none and it has no file name to fall back to (standard input). */
	readonly name?: string;
};

/** A path left out while finding documents, and why. */
export type PathProblem = {
	readonly path: string;
	readonly reason: string;
};

/** What `findDocuments` found for the paths it was given. */
export type FoundDocuments = {
	/** Every file, in the order the paths were given; a folder's files sorted by path. */
	readonly files: DocumentFile[];
	/** Given paths that do not exist. */
	readonly missing: string[];
	/** Paths that exist but cannot be read as documents (unreadable folders, dangling links, FIFOs), with the reason. */
	readonly problems: PathProblem[];
};

/**
 * What a saved web page or an HTML book brings beside its pages (`page_files/`, mdBook's
 * output): scripts, style sheets, source maps, fonts, vector images, WebAssembly. Never
 * documents (those that are text would be listed as ones), so a folder's walk leaves them
 * out, counted in one problem for the folder; a file given by name is read whatever it is
 * called. Other images stay: each is skipped with its kind named (`PNG image`).
 */
const pageAssets = new Set(['.js', '.mjs', '.cjs', '.css', '.map', '.svg', '.woff', '.woff2', '.ttf', '.otf', '.eot', '.wasm']);

/** The reason a folder's page assets were left out: how many, and their extensions (see `skipMessage`). */
export function pageAssetsReason(count: number, extensions: readonly string[]): string {
	const shown = extensions.length > 6 ? [...extensions.slice(0, 6), '…'] : extensions;
	return `${count} web page assets left out (${shown.join(', ')})`;
}

/** The count and extensions in a `pageAssetsReason`, or undefined for another reason. */
export function readPageAssetsReason(reason: string): {count: number; extensions: string} | undefined {
	const match = /^(\d+) web page assets left out \((.*)\)$/u.exec(reason);
	return match ? {count: Number(match[1]), extensions: match[2]!} : undefined;
}

/**
 * Expands files and folders into document files. Folders are walked recursively, skipping
 * hidden entries (names starting with `.`), `node_modules` and web page assets (see
 * `pageAssets`); what cannot be read in them (an unreadable subfolder, a dangling link, a
 * FIFO) and the assets left out are told in `problems`.
 */
export function findDocuments(paths: readonly string[]): FoundDocuments {
	const files: DocumentFile[] = [];
	const missing: string[] = [];
	const problems: PathProblem[] = [];
	// The same file given twice (directly and inside a folder) is read once.
	const seen = new Set<string>();
	for (const given of paths) {
		const stats = statOrError(given);
		if (stats instanceof Error) {
			if (stats.code === 'ENOENT' && !exists(given)) {
				missing.push(given);
			} else {
				problems.push({path: given, reason: describeStatError(stats)});
			}

			continue;
		}

		// A device or FIFO given directly goes on to the reader, which refuses it with its kind.
		const found = stats.isDirectory() ? walk(given, problems) : [{id: path.basename(given), path: given}];
		for (const file of found) {
			const key = path.resolve(file.path);
			if (!seen.has(key)) {
				seen.add(key);
				files.push(file);
			}
		}
	}

	return {files, missing, problems};
}

function statOrError(file: string): Stats | NodeJS.ErrnoException {
	try {
		return statSync(file);
	} catch (error) {
		return error as NodeJS.ErrnoException;
	}
}

/** Whether the path itself exists (a dangling link does, though what it points to does not). */
function exists(file: string): boolean {
	return lstatSync(file, {throwIfNoEntry: false}) !== undefined;
}

function describeStatError(error: NodeJS.ErrnoException): string {
	switch (error.code) {
		case 'ENOENT': {
			return 'dangling symbolic link';
		}

		case 'ELOOP': {
			return 'symbolic link loop';
		}

		case 'EACCES':
		case 'EPERM': {
			return `permission denied: a folder on its path cannot be searched (${error.code})`;
		}

		default: {
			return error.code ?? error.message;
		}
	}
}

function walk(root: string, problems: PathProblem[]): DocumentFile[] {
	const found: string[] = [];
	const foundProblems: PathProblem[] = [];
	collect(root, '', found, foundProblems);
	// Plain code-unit order: the same on every machine, unlike locale collation.
	const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	problems.push(...foundProblems.sort((a, b) => order(a.path, b.path)));
	const relativePaths = found.filter((relative) => !pageAssets.has(path.extname(relative).toLowerCase()));
	if (relativePaths.length < found.length) {
		const extensions = new Set(found.map((relative) => path.extname(relative).toLowerCase()).filter((extension) => pageAssets.has(extension)));
		problems.push({path: root, reason: pageAssetsReason(found.length - relativePaths.length, [...extensions].sort(order))});
	}

	return relativePaths.sort(order).map(relative => ({id: relative, path: path.join(root, relative)}));
}

function collect(root: string, relative: string, into: string[], problems: PathProblem[]): void {
	const folder = path.join(root, relative);
	let entries: Dirent[];
	try {
		entries = readdirSync(folder, {withFileTypes: true});
	} catch (error) {
		// A subfolder we may not list must not hide the rest of the tree; it is reported instead.
		const code = (error as NodeJS.ErrnoException).code ?? String(error);
		problems.push({path: folder, reason: `folder cannot be read: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'error'} (${code})`});
		return;
	}

	for (const entry of entries) {
		if (entry.name.startsWith('.') || entry.name === 'node_modules') {
			continue;
		}

		const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
		if (entry.isDirectory()) {
			collect(root, child, into, problems);
		} else if (entry.isFile()) {
			into.push(child);
		} else if (entry.isSymbolicLink()) {
			addLink(path.join(root, child), child, into, problems);
		} else {
			problems.push({path: path.join(root, child), reason: `not a regular file (${kindOf(lstatSync(path.join(root, child)))})`});
		}
	}
}

/** A link to a file is read; a link to a folder is not followed (a link to an ancestor would loop forever). */
function addLink(file: string, child: string, into: string[], problems: PathProblem[]): void {
	const target = statOrError(file);
	if (target instanceof Error) {
		problems.push({path: file, reason: describeStatError(target)});
	} else if (target.isFile()) {
		into.push(child);
	} else if (!target.isDirectory()) {
		problems.push({path: file, reason: `not a regular file (${kindOf(target)})`});
	}
}
