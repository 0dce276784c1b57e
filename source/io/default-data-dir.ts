import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/**
 * The `data/` folder shipped with the package. Found by walking up from this module (the
 * source file in development, `dist/cli.js` once bundled) to yuelan's own package.json, so it
 * does not depend on the current directory.
 */
export function defaultDataDir(): string {
	const start = path.dirname(fileURLToPath(import.meta.url));
	for (let directory = start; ; directory = path.dirname(directory)) {
		const data = path.join(directory, 'data');
		if (isYuelanPackage(directory) && existsSync(data) && statSync(data).isDirectory()) {
			return data;
		}

		if (path.dirname(directory) === directory) {
			throw new Error(`Cannot find yuelan's data folder above ${start}`);
		}
	}
}

function isYuelanPackage(directory: string): boolean {
	try {
		const manifest: unknown = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8'));
		return typeof manifest === 'object' && manifest !== null && 'name' in manifest && manifest.name === 'yuelan';
	} catch {
		return false;
	}
}
