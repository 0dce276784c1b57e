import type {Stats} from 'node:fs';

/** What a path that is not a regular file is, for a "skipped" message: `a FIFO`, `a character device`… */
export function kindOf(stats: Stats): string {
	if (stats.isDirectory()) {
		return 'a folder';
	}

	if (stats.isFIFO()) {
		return 'a FIFO';
	}

	if (stats.isCharacterDevice()) {
		return 'a character device';
	}

	if (stats.isBlockDevice()) {
		return 'a block device';
	}

	return stats.isSocket() ? 'a socket' : 'of an unknown kind';
}
