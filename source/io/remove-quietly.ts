import {rmSync} from 'node:fs';

/** Removes a file if it is there; a folder that cannot hold it may not be listable either. */
export function removeQuietly(file: string): void {
	try {
		rmSync(file, {force: true});
	} catch {
		// Nothing was written there, then.
	}
}
