import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, expect, test} from 'vitest';
import {cliPath} from '../helpers/built-cli.js';
import {startPty, type PtySession} from './pty.js';

const columns = 100;
const rows = 30;
const scratch = mkdtempSync(path.join(tmpdir(), 'yuelan-memory-e2e-'));
let session: PtySession | undefined;

afterEach(() => {
	session?.child.kill();
});

afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

/** State and cache folders under a new, empty home. */
function freshHome(name: string) {
	const home = path.join(scratch, name);
	mkdirSync(home);
	return {home, env: {XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')}};
}

const cacheEntries = (home: string) => {
	const folder = path.join(home, 'cache', 'yuelan', 'documents');
	return existsSync(folder) ? readdirSync(folder).length : 0;
};

test('the cache keeps the bundled documents; --no-state --no-cache leave no trace', async () => {
	const used = freshHome('used');
	session = startPty(`node ${cliPath}`, columns, rows, process.cwd(), used.env);
	await session.waitForScreen(screen => screen.includes('北乡义镇抗疫纪实') && !/\d \/ \d/.test(screen));
	session.write('q');
	expect(await session.exited).toBe(0);
	expect(cacheEntries(used.home)).toBe(5);

	const untouched = freshHome('untouched');
	session = startPty(`node ${cliPath} --no-state --no-cache`, columns, rows, process.cwd(), untouched.env);
	await session.waitForScreen(screen => screen.includes('北乡义镇抗疫纪实'));
	session.write('jj\tjjj');
	await session.waitForScreen(screen => /\d+%/.test(screen.split('\n')[rows - 2]!));
	session.write('q');
	expect(await session.exited).toBe(0);
	expect(readdirSync(untouched.home)).toEqual([]);
}, 30_000);

test('the status line counts files while a large folder loads; q then ends the loading at once', async () => {
	const {home, env} = freshHome('large');
	const corpus = path.join(home, 'corpus');
	const count = 2000;
	mkdirSync(corpus);
	for (let index = 0; index < count; index++) {
		writeFileSync(path.join(corpus, `${String(index).padStart(4, '0')}.txt`), `第${index}号文件\n\n${'社区工作人员逐户走访，登记信息，发放物资。\n\n'.repeat(150)}`);
	}

	session = startPty(`node ${cliPath} ${corpus}`, columns, rows, process.cwd(), env);
	await session.waitForScreen(screen => /\d \/ 2,000 · /.test(screen));
	session.write('q');
	expect(await session.exited).toBe(0);
	// The process is gone, and its workers with it, before they could process (and cache) every file.
	expect(cacheEntries(home)).toBeLessThan(count);
}, 60_000);

/** The status line: title · place (1/5 in the list; section and percent in the reader). */
const statusOf = (screen: string) => screen.split('\n')[rows - 2]!.trim();

/** Sends a key that moves the reader and resolves with the screen once the status line shows the move. */
async function pressAndWait(pty: PtySession, key: string, before: string): Promise<string> {
	pty.write(key);
	return pty.waitForScreen(screen => statusOf(screen) !== statusOf(before));
}

test('two runs of the reader: the second opens the document the first left, at the same place; --no-state does not', async () => {
	const {home, env} = freshHome('two-runs');
	session = startPty(`node ${cliPath}`, columns, rows, process.cwd(), env);
	const first = await session.waitForScreen(screen => screen.includes('北乡义镇抗疫纪实') && statusOf(screen).includes(' · 1/5'));
	// The third document, in the reader, two pages down.
	session.write('jj\t');
	const opened = await session.waitForScreen(screen => statusOf(screen) !== statusOf(first));
	// One page at a time, each waited for: a place read before the second page is drawn is not the one saved.
	const left = await pressAndWait(session, ' ', await pressAndWait(session, ' ', opened));
	const place = statusOf(left).split('  ')[0]!;
	session.write('q');
	expect(await session.exited).toBe(0);
	expect(readdirSync(path.join(home, 'state', 'yuelan'))).toEqual(['state.json']);

	session = startPty(`node ${cliPath}`, columns, rows, process.cwd(), env);
	const again = await session.waitForScreen(screen => statusOf(screen).startsWith(place));
	expect(statusOf(again).split('  ')[0]).toBe(place);
	session.write('q');
	expect(await session.exited).toBe(0);

	session = startPty(`node ${cliPath} --no-state`, columns, rows, process.cwd(), env);
	const fresh = await session.waitForScreen(screen => screen.includes('北乡义镇抗疫纪实') && statusOf(screen).includes(' · 1/5'));
	expect(statusOf(fresh)).toBe(statusOf(first));
	session.write('q');
	expect(await session.exited).toBe(0);
}, 60_000);

test('a damaged state file: the reader starts afresh and says so once, after it closes', async () => {
	const {home, env} = freshHome('damaged');
	mkdirSync(path.join(home, 'state', 'yuelan'), {recursive: true});
	writeFileSync(path.join(home, 'state', 'yuelan', 'state.json'), '{"version": 1, "documents": {');
	session = startPty(`node ${cliPath}`, columns, rows, process.cwd(), env);
	await session.waitForScreen(screen => screen.includes('北乡义镇抗疫纪实'));
	expect(session.output()).not.toContain('damaged');
	session.write('q');
	expect(await session.exited).toBe(0);
	const screen = await session.waitForScreen(current => current.includes('damaged'));
	expect(screen.match(/reading memory/g)).toHaveLength(1);
}, 30_000);

test('marks and every document\'s place are kept across runs; Backspace returns from a mark', async () => {
	const {env} = freshHome('marks');
	session = startPty(`node ${cliPath}`, columns, rows, process.cwd(), env);
	const first = await session.waitForScreen(screen => screen.includes('北乡义镇抗疫纪实') && statusOf(screen).includes(' · 1/5'));
	// The third document, two pages down, marked a.
	session.write('jj\t');
	const opened = await session.waitForScreen(screen => statusOf(screen) !== statusOf(first));
	const marked = await pressAndWait(session, ' ', await pressAndWait(session, ' ', opened));
	const markedPlace = statusOf(marked).split('  ')[0]!;
	session.write('ma');
	// Then the first document, one page down: the last place of this run.
	session.write('\u001Bgg\r');
	const firstOpened = await session.waitForScreen(screen => statusOf(screen).startsWith('我的战') && statusOf(screen).includes('Space page'));
	const last = await pressAndWait(session, ' ', firstOpened);
	const lastPlace = statusOf(last).split('  ')[0]!;
	session.write('q');
	expect(await session.exited).toBe(0);

	session = startPty(`node ${cliPath}`, columns, rows, process.cwd(), env);
	await session.waitForScreen(screen => statusOf(screen).startsWith(lastPlace));
	session.write('\'a');
	const atMark = await session.waitForScreen(screen => statusOf(screen).startsWith(markedPlace));
	expect(statusOf(atMark).split('  ')[0]).toBe(markedPlace);
	session.write('\u007F');
	await session.waitForScreen(screen => statusOf(screen).startsWith(lastPlace));
	session.write('q');
	expect(await session.exited).toBe(0);
}, 60_000);

/**
 * A folder whose large first file (5 MB) takes a while to process, then 40 small notices
 * (第n号通知, 请第n楼居民…): documents arrive in file order, so the first holds up the rest.
 */
function largeFirstCorpus(home: string): string {
	const corpus = path.join(home, 'corpus');
	mkdirSync(corpus);
	writeFileSync(path.join(corpus, '000.txt'), `大文件\n\n${'社区工作人员逐户走访，登记信息，发放物资，宣传防疫知识，帮助老人购买生活用品。\n\n'.repeat(40_000)}`);
	for (let index = 1; index <= 40; index++) {
		writeFileSync(path.join(corpus, `${String(index).padStart(3, '0')}.txt`), `第${index}号通知\n\n请第${index}楼居民按时做核酸检测。\n`);
	}

	return corpus;
}

/** Every document of that folder listed and loaded: the list counts 41 and the loading count is gone. */
const loadedAll = (screen: string) => statusOf(screen).includes('1/41') && !/ \/ 41/.test(statusOf(screen));

test('a reopen lists every document from the collection\'s manifest before the first file has loaded; an unchanged load leaves it unwritten', async () => {
	const {home, env} = freshHome('manifest');
	const corpus = largeFirstCorpus(home);
	session = startPty(`node ${cliPath} --no-state ${corpus}`, columns, rows, process.cwd(), env);
	await session.waitForScreen(loadedAll, 60_000);
	session.write('q');
	expect(await session.exited).toBe(0);
	const collections = path.join(home, 'cache', 'yuelan', 'collections');
	const [manifest] = readdirSync(collections);
	const written = statSync(path.join(collections, manifest!)).mtimeMs;

	// Without the processed documents, the first file takes a while again; the titles do not wait for it.
	rmSync(path.join(home, 'cache', 'yuelan', 'documents'), {recursive: true});
	session = startPty(`node ${cliPath} --no-state ${corpus}`, columns, rows, process.cwd(), env);
	const listed = await session.waitForScreen(screen => / \/ 41 · 1\/41/.test(statusOf(screen)), 30_000);
	expect(listed).toContain('第10号通知');
	await session.waitForScreen(loadedAll, 60_000);
	session.write('q');
	expect(await session.exited).toBe(0);
	expect(statSync(path.join(collections, manifest!)).mtimeMs).toBe(written);
}, 150_000);

test('the document a reopen returns to is shown at once, though the files before it are still loading', async () => {
	const {home, env} = freshHome('reopen-late');
	const corpus = largeFirstCorpus(home);
	session = startPty(`node ${cliPath} ${corpus}`, columns, rows, process.cwd(), env);
	await session.waitForScreen(loadedAll, 60_000);
	session.write('G\r');
	await session.waitForScreen(screen => screen.includes('请第40楼居民'));
	session.write('q');
	expect(await session.exited).toBe(0);

	// The large first file is processed again (its cache entry gone); the last one is read from the cache before the first frame.
	const documents = path.join(home, 'cache', 'yuelan', 'documents');
	const largest = readdirSync(documents).sort((a, b) => statSync(path.join(documents, b)).size - statSync(path.join(documents, a)).size)[0]!;
	rmSync(path.join(documents, largest));
	session = startPty(`node ${cliPath} ${corpus}`, columns, rows, process.cwd(), env);
	const reopened = await session.waitForScreen(screen => screen.includes('请第40楼居民'), 30_000);
	expect(statusOf(reopened)).toMatch(/ \/ 41/);
	session.write('q');
	expect(await session.exited).toBe(0);
}, 150_000);
