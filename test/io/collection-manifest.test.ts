import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {deserialize, serialize} from 'node:v8';
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

/** The manifest file's time, to tell whether a save wrote it. */
const writtenAt = (file: string) => statSync(file).mtimeMs;

describe('collection manifest', () => {
	test('lists every document as it loaded, in file order, with today\'s ids; a skipped file is not listed', async () => {
		const {files, loaded, manifest} = await loadedCollection();
		const listed = manifest.list(files);
		expect(listed.map((entry) => [entry.id, entry.key, entry.title, entry.date, entry.script])).toEqual(
			[...loaded.values()].map((document) => [document.id, document.key, document.title, document.date, document.script]),
		);
		expect(listed.map((entry) => entry.title)).toEqual(['春天来了', '夏天到了', '秋天']);
	});

	test('files it does not know are not listed; files gone are simply not there', async () => {
		const {folder, files, manifest} = await loadedCollection();
		const added = path.join(folder, '9.txt');
		writeFileSync(added, '冬天\n\n下雪了。\n');
		expect(manifest.list([{id: '9.txt', path: added}, ...files.slice(2)]).map((entry) => entry.title)).toEqual(['夏天到了', '秋天']);
	});

	test('a load that gives what was listed writes nothing; a changed file, a new title or a file skipped now is written', async () => {
		const {files, loaded, manifest} = await loadedCollection();
		const old = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
		utimesSync(manifest.file, old, old);
		manifest.list(files);
		manifest.save(files, loaded);
		expect(writtenAt(manifest.file)).toBe(old.getTime());
		const changes: Array<(documents: Map<string, Document>) => void> = [
			(documents) => documents.set(files[2]!.path, {...documents.get(files[2]!.path)!, title: '夏天'}),
			(documents) => documents.set(files[2]!.path, {...documents.get(files[2]!.path)!, stamp: {size: 1, mtimeMs: 1}}),
			(documents) => documents.delete(files[3]!.path),
		];
		for (const change of changes) {
			utimesSync(manifest.file, old, old);
			manifest.list(files);
			const documents = new Map(loaded);
			change(documents);
			manifest.save(files, documents);
			expect(writtenAt(manifest.file)).not.toBe(old.getTime());
			// Back to what the files gave, for the next change.
			manifest.list(files);
			manifest.save(files, loaded);
		}
	});

	test.each<[string, (data: Record<string, unknown>) => unknown]>([
		['damaged', () => 'not a manifest'],
		['of another layout', (data) => ({...data, format: 99})],
		['of another pipeline', (data) => ({...data, pipeline: PIPELINE_VERSION - 1})],
		['with a column short', (data) => ({...data, sizes: new Float64Array(1)})],
		['with a column missing', (data) => ({...data, listing: {...(data['listing'] as object), title: undefined}})],
	])('a manifest %s lists nothing', async (_name, damage) => {
		const {files, manifest} = await loadedCollection();
		writeFileSync(manifest.file, serialize(damage(deserialize(readFileSync(manifest.file)) as Record<string, unknown>)));
		expect(manifest.list(files)).toEqual([]);
	});

	test('a row whose fields have the wrong kind is not listed; the others are', async () => {
		const {files, manifest} = await loadedCollection();
		const data = deserialize(readFileSync(manifest.file)) as {listing: Record<string, unknown[]>};
		data.listing['title']![0] = 42;
		data.listing['script']![2] = 'klingon';
		writeFileSync(manifest.file, serialize(data));
		expect(manifest.list(files).map((entry) => entry.title)).toEqual(['秋天']);
	});

	test('only the most recent 16 manifests are kept', async () => {
		const {folder, files, loaded} = await loadedCollection();
		for (let index = 0; index < 20; index++) {
			CollectionManifest.of(path.join(folder, 'cache', 'documents'), [`${folder}/${index}`]).save(files, loaded);
		}

		expect(readdirSync(path.join(folder, 'cache', 'collections'))).toHaveLength(16);
	});
});
