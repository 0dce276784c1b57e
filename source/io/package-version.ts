import {readFileSync} from 'node:fs';

/** yuelan's version, from the package.json beside the bundle in dist/. */
export function packageVersion(): string {
	return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version;
}
