import {mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {serialize} from 'node:v8';
import {afterAll, describe, expect, test} from 'vitest';
import type {Document} from '../../source/core/document.js';
import {PIPELINE_VERSION} from '../../source/core/document-key.js';
import {CollectionManifest} from '../../source/io/collection-manifest.js';
import type {DocumentFile} from '../../source/io/find-documents.js';
import {loadDocument} from '../../source/io/load-documents.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'yuelan-manifest-'));
afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

let count = 0;
/** A collection of three text files and a binary, loaded once; the manifest written from that load. */
async function loadedCollection() {
	const folder = path.join(scratch, `case-${count++}`);
	mkdirSync(folder, {recursive: true});
	const texts = ['春天来了\n\n花开了，草绿了。\n', '夏天到了\n\n知了叫了。\n', '秋天\n\n叶子黄了。\n'];
	const files: DocumentFile[] = texts.map((text, index) => {
		const file = path.join(folder, `${index}.txt`);
		writeFileSync(file, text);
		return {id: `${index}.txt`, path: file};
	});
	writeFileSync(path.join(folder, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
	files.splice(1, 0, {id: 'image.png', path: path.join(folder, 'image.png')});
	const loaded = new Map<string, Document>();
	for (const file of files) {
		const document = await loadDocument(file, () => undefined);
		if (document) {
			loaded.set(file.path, document);
		}
	}

	const manifest = CollectionManifest.of(path.join(folder, 'cache', 'documents'), [folder]);
	manifest.save(files, loaded);
	return {folder, files, loaded, manifest};
}

describe('collection manifest', () => {
	test('lists every document as it loaded, in file order, with today\'s ids; a skipped file is known but not listed', async () => {
		const {files, loaded, manifest} = await loadedCollection();
		const listing = manifest.list(files);
		expect(listing.whole).toBe(true);
		expect(listing.listed.map((entry) => [entry.id, entry.key, entry.title, entry.date, entry.script])).toEqual(
			[...loaded.values()].map((document) => [document.id, document.key, document.title, document.date, document.script]),
		);
		expect(listing.listed.map((entry) => entry.title)).toEqual(['春天来了', '夏天到了', '秋天']);
	});

	test('a file changed since (size or time) is not listed, and the listing is not whole', async () => {
		const {files, manifest} = await loadedCollection();
		writeFileSync(files[2]!.path, '夏天到了\n\n知了叫了，天热了。\n');
		const later = new Date(Date.now() + 5000);
		utimesSync(files[3]!.path, later, later);
		const listing = manifest.list(files);
		expect(listing.listed.map((entry) => entry.title)).toEqual(['春天来了']);
		expect(listing.whole).toBe(false);
	});

	test('a new file is not whole; a file gone is simply not there', async () => {
		const {folder, files, manifest} = await loadedCollection();
		const added = path.join(folder, '9.txt');
		writeFileSync(added, '冬天\n\n下雪了。\n');
		expect(manifest.list([...files, {id: '9.txt', path: added}]).whole).toBe(false);
		expect(manifest.list(files.slice(1)).listed.map((entry) => entry.title)).toEqual(['夏天到了', '秋天']);
		expect(manifest.list(files.slice(1)).whole).toBe(true);
	});

	test.each([
		['damaged', Buffer.from('not a manifest')],
		['of another layout', serialize({format: 99, pipeline: 0, files: []})],
		['with a bad row', serialize({format: 1, pipeline: PIPELINE_VERSION, files: [['/x', {size: 'big'}]]})],
	])('a manifest %s lists nothing', async (_name, bytes) => {
		const {files, manifest} = await loadedCollection();
		writeFileSync(manifest.file, bytes);
		expect(manifest.list(files)).toEqual({listed: [], whole: false});
	});

	test('only the most recent 16 manifests are kept', async () => {
		const {folder, files, loaded} = await loadedCollection();
		for (let index = 0; index < 20; index++) {
			CollectionManifest.of(path.join(folder, 'cache', 'documents'), [`${folder}/${index}`]).save(files, loaded);
		}

		expect(readdirSync(path.join(folder, 'cache', 'collections'))).toHaveLength(16);
	});
});
