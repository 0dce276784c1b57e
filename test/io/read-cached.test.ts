import {copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {IndexDataBuilder} from '../../source/core/search/document-index-data.js';
import {DocumentCache} from '../../source/io/document-cache.js';
import {findDocuments} from '../../source/io/find-documents.js';
import {loadIndexedDocument} from '../../source/io/load-indexed-document.js';
import {answerFromCache} from '../../source/io/read-cached.js';
import {root} from '../helpers/load-document.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'yuelan-read-cached-'));
afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

const noSkip = (file: string, reason: string) => {
	throw new Error(`${file} skipped: ${reason}`);
};

test('before the first frame: the first files, in order, as far as the cache answers them, with their search data', async () => {
	const folder = path.join(scratch, 'collection');
	mkdirSync(folder);
	for (const [index, name] of ['traditional-pinyin.txt', 'gb18030-notice.txt', 'post.md'].entries()) {
		copyFileSync(path.join(root, 'test/fixtures', name), path.join(folder, `${index}-${name}`));
	}

	const {files} = findDocuments([folder]);
	const cache = new DocumentCache(path.join(scratch, 'cache'));
	expect(answerFromCache(files, cache)).toEqual([]);
	const builder = new IndexDataBuilder();
	// The first two are processed (and cached) as a worker would; the third is not.
	const loaded = [];
	for (const file of files.slice(0, 2)) {
		loaded.push(await loadIndexedDocument(file, noSkip, async () => builder, cache));
	}

	const warm = answerFromCache(files, cache);
	expect(warm.map(({document}) => document.title)).toEqual(loaded.map((load) => load!.document.title));
	expect(warm.map(({index}) => index.text)).toEqual(loaded.map((load) => load!.index.text));
	// A file changed since it was cached is not answered, nor any after it: order is kept.
	writeFileSync(files[0]!.path, '改过的文字。\n');
	expect(answerFromCache(files, cache)).toEqual([]);
});
