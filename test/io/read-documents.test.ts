import {chmodSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {findDocuments} from '../../source/io/find-documents.js';
import {readDocuments} from '../../source/io/read-documents.js';
import {writeBigDocument} from '../helpers/big-document.js';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'yuelan-read-'));
const isRoot = process.getuid?.() === 0;

afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

async function readCollecting(files: ReadonlyArray<{id: string; path: string}>) {
	const skipped: Array<[string, string]> = [];
	const documents = await readDocuments(files, (file, reason) => skipped.push([path.basename(file), reason]));
	return {documents, skipped};
}

describe('readDocuments', () => {
	it('reads every fixture and skips the binary ones with a reason', async () => {
		const {documents, skipped} = await readCollecting(findDocuments([fixtures]).files);
		expect(skipped).toEqual([
			['binary.dat', 'not a text file (contains NUL bytes)'],
			['image.png', 'not a text file (PNG image)'],
		]);
		const encodings = Object.fromEntries(documents.map(document => [document.id, document.encoding]));
		expect(encodings).toMatchObject({
			'big5-article.txt': 'big5',
			'empty.txt': 'utf-8',
			'escapes.txt': 'utf-8',
			'gb18030-notice.txt': 'gb18030',
			'magazine-ocr.txt': 'utf-8',
			'post.md': 'utf-8',
			'traditional-pinyin.txt': 'utf-8',
			'utf16be-bom.txt': 'utf-16be',
			'utf16le-bom.txt': 'utf-16le',
			'utf16le-nobom.txt': 'utf-16le',
			'web-page.html': 'utf-8',
		});
		const notice = documents.find(document => document.id === 'gb18030-notice.txt');
		expect(notice?.path).toBe(path.join(fixtures, 'gb18030-notice.txt'));
		expect(notice?.text).toContain('一、提高思想认识，压实防汛责任\n（一）落实行政首长负责制。');
	});

	it('reports a file that cannot be read and still reads the ones after it', async () => {
		const gone = path.join(scratch, 'deleted-after-listing.txt');
		const files = [
			{id: 'gone', path: gone},
			{id: 'folder', path: scratch},
			{id: 'post.md', path: path.join(fixtures, 'post.md')},
		];
		const {documents, skipped} = await readCollecting(files);
		expect(skipped).toEqual([
			['deleted-after-listing.txt', 'no longer exists (ENOENT)'],
			[path.basename(scratch), 'not a regular file (a folder)'],
		]);
		expect(documents.map(document => document.id)).toEqual(['post.md']);
	});

	// Root reads any file whatever its mode, so the permission case can only be seen as a user.
	it.skipIf(isRoot)('reports a file without read permission', async () => {
		const locked = path.join(scratch, 'locked.txt');
		writeFileSync(locked, '不可读');
		chmodSync(locked, 0o000);
		const {documents, skipped} = await readCollecting([{id: 'locked.txt', path: locked}]);
		expect(skipped).toEqual([['locked.txt', 'permission denied (EACCES)']]);
		expect(documents).toEqual([]);
	});

	it('reads a 3 MB single-line document', async () => {
		const big = writeBigDocument();
		try {
			const {documents} = await readCollecting([{id: 'big', path: big}]);
			const [document] = documents;
			expect(document?.encoding).toBe('utf-8');
			expect(Buffer.byteLength(document?.text ?? '')).toBeGreaterThanOrEqual(3 * 1024 * 1024);
			expect(document?.text).not.toContain('\n');
		} finally {
			rmSync(path.dirname(big), {recursive: true, force: true});
		}
	});
});

describe('document keys', () => {
	it('is the resolved real path, the same through a link; the stamp is the size and mtime read', async () => {
		const file = path.join(scratch, '通知.txt');
		writeFileSync(file, '关于做好防控工作的通知\n');
		const link = path.join(scratch, 'link.txt');
		symlinkSync(file, link);
		const {documents} = await readCollecting([{id: '通知.txt', path: file}, {id: 'link.txt', path: link}]);
		expect(documents.map(document => document.key)).toEqual([realpathSync(file), realpathSync(file)]);
		const stats = statSync(file);
		expect(documents[0]?.stamp).toEqual({size: stats.size, mtimeMs: stats.mtimeMs});
	});
});
