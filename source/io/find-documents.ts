import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';

/** A file to read as a document. */
export type DocumentFile = {
	/** Path relative to the folder it was found in (POSIX separators), or the file name. */
	readonly id: string;
	/** The path to read it from. */
	readonly path: string;
};

/** What `findDocuments` found for the paths it was given. */
export type FoundDocuments = {
	/** Every file, in the order the paths were given; a folder's files sorted by path. */
	readonly files: DocumentFile[];
	/** Given paths that do not exist. */
	readonly missing: string[];
};

/**
 * Expands files and folders into document files. Folders are walked recursively, skipping
 * hidden entries (names starting with `.`) and `node_modules`.
 */
export function findDocuments(paths: readonly string[]): FoundDocuments {
	const files: DocumentFile[] = [];
	const missing: string[] = [];
	// The same file given twice (directly and inside a folder) is read once.
	const seen = new Set<string>();
	for (const given of paths) {
		const stats = statOrUndefined(given);
		if (!stats) {
			missing.push(given);
			continue;
		}

		const found = stats.isDirectory() ? walk(given) : [{id: path.basename(given), path: given}];
		for (const file of found) {
			const key = path.resolve(file.path);
			if (!seen.has(key)) {
				seen.add(key);
				files.push(file);
			}
		}
	}

	return {files, missing};
}

function statOrUndefined(file: string) {
	try {
		return statSync(file);
	} catch {
		// Unreadable and dangling paths cannot be opened either; report them with the missing.
		return undefined;
	}
}

function walk(root: string): DocumentFile[] {
	const relativePaths: string[] = [];
	collect(root, '', relativePaths);
	// Plain code-unit order: the same on every machine, unlike locale collation.
	relativePaths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return relativePaths.map(relative => ({id: relative, path: path.join(root, relative)}));
}

function collect(root: string, relative: string, into: string[]): void {
	let entries;
	try {
		entries = readdirSync(path.join(root, relative), {withFileTypes: true});
	} catch {
		// A subfolder we may not list must not hide the rest of the tree.
		return;
	}

	for (const entry of entries) {
		if (entry.name.startsWith('.') || entry.name === 'node_modules') {
			continue;
		}

		const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
		if (entry.isDirectory()) {
			collect(root, child, into);
		} else if (entry.isFile() || (entry.isSymbolicLink() && statOrUndefined(path.join(root, child))?.isFile())) {
			// Symlinked folders are not followed: a link to an ancestor would loop forever.
			into.push(child);
		}
	}
}
