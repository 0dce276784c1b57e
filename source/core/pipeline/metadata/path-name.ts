// Core stays free of node: modules so it can run anywhere; these two are all it needs of paths.

/** The last segment of a path, without `extension` when given. */
export function basename(path: string, extension = ''): string {
	const name = path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
	return extension && name.endsWith(extension) ? name.slice(0, -extension.length) : name;
}

/** The extension of a path's last segment, with its dot, or ''. */
export function extname(path: string): string {
	const name = basename(path);
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot) : '';
}
