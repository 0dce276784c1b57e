import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {deserialize, serialize} from 'node:v8';
import {DocumentCache, type CacheEntry} from '../../source/io/document-cache.js';
import {loadDocument} from '../../source/io/load-documents.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'yuelan-cache-'));
afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

let count = 0;
/** A fresh document file and an empty cache folder beside it. */
function setup(text = '标题\n\n正文第一段。\n') {
	const folder = path.join(scratch, `case-${count++}`);
	mkdirSync(folder, {recursive: true});
	const file = path.join(folder, 'doc.txt');
	writeFileSync(file, text);
	return {file, cache: new DocumentCache(path.join(folder, 'cache')), id: {id: 'doc.txt', path: file}};
}

const noSkip = (file: string, reason: string) => {
	throw new Error(`${file} skipped: ${reason}`);
};

/** Rewrites every cached entry's title, so a load that returns it must have come from the cache. */
function markCached(cache: DocumentCache, title: string) {
	for (const name of readdirSync(cache.folder)) {
		const entry = path.join(cache.folder, name);
		const cached = deserialize(readFileSync(entry)) as CacheEntry;
		writeFileSync(entry, serialize({...cached, document: {...cached.document, title}}));
	}
}

describe('document cache', () => {
	const table: Array<[name: string, change: (file: string) => void, fromCache: boolean]> = [
		['an unchanged file is read back', () => undefined, true],
		['a file of another size is processed again', (file) => {
			writeFileSync(file, '标题\n\n正文第一段，长了一些。\n');
		}, false],
		['a file with another modification time is processed again', (file) => {
			const {mtime} = statSync(file);
			utimesSync(file, mtime, new Date(mtime.getTime() + 5000));
		}, false],
	];
	test.each(table)('%s', async (_name, change, fromCache) => {
		const {file, cache, id} = setup();
		await loadDocument(id, noSkip, cache);
		markCached(cache, 'FROM CACHE');
		change(file);
		const document = await loadDocument(id, noSkip, cache);
		expect(document?.title === 'FROM CACHE').toBe(fromCache);
	});

	test('a cached document carries the id and path it is reached by today', async () => {
		const {cache, id} = setup();
		await loadDocument(id, noSkip, cache);
		const again = await loadDocument({id: 'other/name.txt', path: id.path}, noSkip, cache);
		expect([again?.id, again?.path]).toEqual(['other/name.txt', id.path]);
	});

	test('a damaged entry is a miss, processed again and replaced', async () => {
		const {cache, id} = setup();
		const fresh = await loadDocument(id, noSkip, cache);
		for (const name of readdirSync(cache.folder)) {
			writeFileSync(path.join(cache.folder, name), '{"title": "half');
		}

		expect(await loadDocument(id, noSkip, cache)).toEqual(fresh);
		markCached(cache, 'FROM CACHE');
		expect((await loadDocument(id, noSkip, cache))?.title).toBe('FROM CACHE');
	});

	test('a cache folder that cannot be made only means no caching', async () => {
		const {file, id} = setup();
		const cache = new DocumentCache(path.join(file, 'cannot-be-a-folder'));
		expect(await loadDocument(id, noSkip, cache)).toEqual(await loadDocument(id, noSkip));
	});

	test('eviction drops the least recently used entries until the folder fits its cap', async () => {
		const folder = path.join(scratch, `case-${count++}`);
		mkdirSync(folder, {recursive: true});
		const files = ['a', 'b', 'c', 'd'].map((name) => {
			const file = path.join(folder, `${name}.txt`);
			writeFileSync(file, `${name}标题\n\n${'正文'.repeat(200)}\n`);
			return {id: `${name}.txt`, path: file};
		});
		const probe = new DocumentCache(path.join(folder, 'probe'));
		await loadDocument(files[0]!, noSkip, probe);
		const entrySize = statSync(path.join(probe.folder, readdirSync(probe.folder)[0]!)).size;
		// Room for two and a half entries.
		const cache = new DocumentCache(path.join(folder, 'cache'), entrySize * 2.5);
		for (const file of files) {
			await loadDocument(file, noSkip, cache);
		}

		markCached(cache, 'from cache');
		// Entries used ten minutes ago, a minute apart: a oldest, d newest.
		const entries = readdirSync(cache.folder).map((name) => path.join(cache.folder, name));
		const entryId = (entry: string) => (deserialize(readFileSync(entry)) as CacheEntry).document.id;
		for (const entry of entries) {
			const when = new Date(Date.now() - 600_000 + 'abcd'.indexOf(entryId(entry)[0]!) * 60_000);
			utimesSync(entry, when, when);
		}

		// Reading a again makes it the most recently used.
		expect((await loadDocument(files[0]!, noSkip, cache))?.title).toBe('from cache');
		cache.evict();
		const kept = readdirSync(cache.folder).map((name) => entryId(path.join(cache.folder, name))).sort();
		expect(kept).toEqual(['a.txt', 'd.txt']);
	});
});
