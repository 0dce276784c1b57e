import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {defaultDataDir} from '../../source/io/default-data-dir.js';
import {findDocuments} from '../../source/io/find-documents.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let root: string;

beforeAll(() => {
	root = mkdtempSync(path.join(tmpdir(), 'yuelan-find-'));
	const files = [
		'a.txt',
		'Z.txt',
		'sub/b.txt',
		'sub/deeper/c.md',
		'sub/.hidden.txt',
		'.hidden.txt',
		'.git/config',
		'node_modules/pkg/readme.txt',
		'sub/node_modules/x.txt',
	];
	for (const file of files) {
		mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
		writeFileSync(path.join(root, file), file);
	}

	symlinkSync(path.join(root, 'a.txt'), path.join(root, 'link.txt'));
	symlinkSync(root, path.join(root, 'sub', 'loop'));
});

afterAll(() => {
	rmSync(root, {recursive: true, force: true});
});

describe('findDocuments', () => {
	it('walks a folder: sorted, relative POSIX ids, hidden and node_modules skipped', () => {
		const {files, missing} = findDocuments([root]);
		expect(files.map(file => file.id)).toEqual(['Z.txt', 'a.txt', 'link.txt', 'sub/b.txt', 'sub/deeper/c.md']);
		expect(files.map(file => file.path)).toContain(path.join(root, 'sub', 'deeper', 'c.md'));
		expect(missing).toEqual([]);
	});

	it('ids a file given directly by its name', () => {
		expect(findDocuments([path.join(root, 'sub', 'b.txt')]).files).toEqual([
			{id: 'b.txt', path: path.join(root, 'sub', 'b.txt')},
		]);
	});

	it('ids relative to the folder given, however deep', () => {
		expect(findDocuments([path.join(root, 'sub')]).files.map(file => file.id)).toEqual(['b.txt', 'deeper/c.md']);
	});

	it('reports missing paths and keeps going', () => {
		const absent = path.join(root, 'absent.txt');
		const {files, missing} = findDocuments([absent, path.join(root, 'a.txt'), 'also/absent']);
		expect(files.map(file => file.id)).toEqual(['a.txt']);
		expect(missing).toEqual([absent, 'also/absent']);
	});

	it('keeps the order of the paths given and lists a file given twice once', () => {
		const {files} = findDocuments([path.join(root, 'sub', 'b.txt'), path.join(root, 'sub')]);
		expect(files.map(file => file.id)).toEqual(['b.txt', 'deeper/c.md']);
	});

	it('leaves a saved page\'s assets out of a folder, counted in one problem, and reads one given by name', () => {
		const site = mkdtempSync(path.join(tmpdir(), 'yuelan-site-'));
		try {
			for (const file of ['page.html', 'page_files/app.js', 'page_files/style.css', 'page_files/font.woff2', 'page_files/PIC.PNG', 'page_files/notes.txt', 'data.json']) {
				mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
				writeFileSync(path.join(site, file), file);
			}

			const {files, problems} = findDocuments([site]);
			// An image is no asset: it is skipped as it is read, with its kind named.
			expect(files.map(file => file.id)).toEqual(['data.json', 'page.html', 'page_files/PIC.PNG', 'page_files/notes.txt']);
			expect(problems).toEqual([{path: site, reason: '3 web page assets left out (.css, .js, .woff2)'}]);
			// Named, a script is read as what it is.
			const named = findDocuments([path.join(site, 'page_files', 'app.js')]);
			expect(named.files.map(file => file.id)).toEqual(['app.js']);
			expect(named.problems).toEqual([]);
		} finally {
			rmSync(site, {recursive: true, force: true});
		}
	});

	it('walks a hidden folder when it is given explicitly', () => {
		expect(findDocuments([path.join(root, '.git')]).files.map(file => file.id)).toEqual(['config']);
	});
});

describe('defaultDataDir', () => {
	const expected = path.join(repo, 'data');

	it('finds the package data folder whatever the current directory', () => {
		const cwd = process.cwd();
		process.chdir(tmpdir());
		try {
			expect(defaultDataDir()).toBe(expected);
		} finally {
			process.chdir(cwd);
		}
	});

	it('finds it from an esbuild bundle outside source/, like dist/cli.js', async () => {
		const outdir = mkdtempSync(path.join(repo, 'node_modules', '.cache-yuelan-test-'));
		try {
			const entry = path.join(outdir, 'entry.js');
			writeFileSync(entry, `import {defaultDataDir} from ${JSON.stringify(path.join(repo, 'source/io/default-data-dir.ts'))};\nconsole.log(defaultDataDir());\n`);
			await build({entryPoints: [entry], outfile: path.join(outdir, 'cli.js'), bundle: true, format: 'esm', platform: 'node', logLevel: 'silent'});
			const printed = execFileSync(process.execPath, [path.join(outdir, 'cli.js')], {cwd: tmpdir(), encoding: 'utf8'});
			expect(printed.trim()).toBe(expected);
		} finally {
			rmSync(outdir, {recursive: true, force: true});
		}
	});
});
