import {mkdtempSync, copyFileSync, readFileSync, writeFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {textWidth} from '../../source/core/layout/text-width.js';
import {runCli} from '../helpers/built-cli.js';
import {root} from '../helpers/load-document.js';
import {writeBigDocument} from '../helpers/big-document.js';

const fixtures = path.join(root, 'test/fixtures');

describe('help and version', () => {
	test('--help has usage, options and examples for every mode', () => {
		const {stdout, status} = runCli(['--help']);
		expect(status).toBe(0);
		for (const part of ['Usage', 'Options', 'Examples', '--list', '--outline', '--print', '--json', '--width', '--indent', '--ambiguous', '--no-color']) {
			expect(stdout).toContain(part);
		}
	});

	test('--version prints the package version', () => {
		expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});
});

describe('--list', () => {
	test('--json lists the bundled documents with every field, from any working directory', () => {
		const {stdout, status} = runCli(['--list', '--json']);
		expect(status).toBe(0);
		const list = JSON.parse(stdout) as Array<Record<string, unknown>>;
		expect(list.map((entry) => entry['id'])).toEqual([
			'000_ed074a8890f08ca2.txt',
			'001_aee65cc993c14984.txt',
			'002_1bb37f89f56831bb.txt',
			'003_4b0fe4c3482445a6.txt',
			'004_679e96434c01a62d.txt',
		]);
		for (const entry of list) {
			expect(Object.keys(entry).sort()).toEqual(['author', 'chars', 'date', 'droppedChrome', 'encoding', 'extraction', 'format', 'id', 'path', 'script', 'sections', 'source', 'title'].sort());
		}

		expect(list[4]).toMatchObject({title: '北乡义镇抗疫纪实', date: '2022-04-13', source: '北乡义镇', sections: 3, format: 'text', encoding: 'utf-8', script: 'simplified'});
		expect(list[0]).toMatchObject({format: 'front-matter-html', source: '延边广播电视台'});
		// 003 is a scraped page: its login links, reaction buttons and section links were chrome.
		expect(list[3]!['droppedChrome']).toBeGreaterThanOrEqual(5);
	});

	test('as text, one aligned row per document', () => {
		const {stdout} = runCli(['--list']);
		const rows = stdout.trimEnd().split('\n');
		expect(rows).toHaveLength(6);
		const titleColumn = rows.map((row) => textWidth(row.slice(0, row.indexOf(row.includes('北乡义镇') ? '北乡义镇' : '\u0000'))));
		expect(titleColumn.at(-1)).toBeGreaterThan(0);
		expect(rows[5]).toContain('2022-04-13');
	});

	test('with no TTY and no mode, the list is printed instead of the reader', () => {
		expect(runCli([]).stdout).toBe(runCli(['--list']).stdout);
	});

	test('a folder of mixed files: binaries skipped with a reason on stderr, the rest listed', () => {
		const {stdout, stderr, status} = runCli([fixtures, '--list', '--json']);
		expect(status).toBe(0);
		expect(stderr).toMatch(/skipped .*image\.png: not a text file \(PNG image\)/);
		expect(stderr).toMatch(/skipped .*binary\.dat: .*NUL/);
		// The script that writes the fixtures is no document either: counted, not listed.
		expect(stderr).toMatch(/left out 1 web page asset in .*fixtures \(\.js\)/);
		expect(stderr.trim().split('\n')).toHaveLength(3);
		const ids = (JSON.parse(stdout) as Array<{id: string}>).map((entry) => entry.id);
		expect(ids).toContain('gb18030-notice.txt');
		expect(ids).toContain('big5-article.txt');
		expect(ids).not.toContain('image.png');
		expect(ids).not.toContain('make-fixtures.js');
	});

	test('a text with no title line is titled by its short first sentence, else by its file name', () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'yuelan-titles-'));
		try {
			writeFileSync(path.join(folder, '散步.txt'), '今天天气很好。我们一起去公园散步，看到了很多花。\n');
			writeFileSync(path.join(folder, '游记.txt'), `${'今天天气很好，我们一起去公园散步，'.repeat(3)}看到了很多花。\n`);
			writeFileSync(path.join(folder, '片段.txt'), '今天天气很好，\n我们一起去公园散步，\n');
			const list = JSON.parse(runCli([folder, '--list', '--json']).stdout) as Array<{id: string; title: string}>;
			expect(list.map((entry) => [entry.id, entry.title])).toEqual([
				['散步.txt', '今天天气很好'],
				['游记.txt', '游记'],
				['片段.txt', '片段'],
			]);
			expect(runCli([folder, '--list']).stdout).toMatch(/^游记\.txt .* 游记$/mu);
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	});
});

describe('--outline', () => {
	test('--json gives level and title in reading order', () => {
		const {stdout, status} = runCli(['--outline', '003', '--json']);
		expect(status).toBe(0);
		const outline = JSON.parse(stdout) as {id: string; title: string; sections: Array<{level: number; title: string}>};
		expect(outline.id).toBe('003_4b0fe4c3482445a6.txt');
		expect(outline.sections).toHaveLength(7);
		expect(outline.sections[0]).toEqual({level: 1, title: '长春——驻村干部守在百姓身边'});
	});

	test('a document given by path', () => {
		const {stdout} = runCli([path.join(fixtures, 'gb18030-notice.txt'), '--outline', 'gb18030-notice.txt']);
		expect(stdout.split('\n')[0]).toBe('关于做好2023年汛期安全防范工作的通知');
		expect(stdout).toContain('  一、提高思想认识，压实防汛责任');
	});
});

describe('--print', () => {
	test.each([8, 20, 33, 80])('no line of any bundled document is wider than --width %i', (width) => {
		for (const id of ['000', '001', '002', '003', '004']) {
			const {stdout, status} = runCli(['--print', id, '--width', String(width)]);
			expect(status).toBe(0);
			const lines = stdout.split('\n');
			expect(lines.filter((line) => textWidth(line) > width)).toEqual([]);
		}
	});

	test('title, metadata line, then paragraphs with a two-space full-width indent', () => {
		const lines = runCli(['--print', '004', '--width', '40']).stdout.split('\n');
		expect(lines[0]).toBe('北乡义镇抗疫纪实');
		expect(lines[1]).toBe('2022-04-13 · 北乡义镇');
		expect(lines[2]).toBe('');
		expect(lines[3]).toMatch(/^　　四月春暖花开之际/u);
		expect(runCli(['--print', '004', '--width', '40', '--indent', '0']).stdout.split('\n')[3]).toMatch(/^四月春暖花开之际/u);
	});

	test('with no path, a file named by --print or --outline is read on its own, not looked for in the bundled documents', () => {
		const file = path.join(fixtures, 'gb18030-notice.txt');
		const printed = runCli(['--print', file, '--width', '60']);
		expect(printed.status).toBe(0);
		expect(printed.stdout).toBe(runCli([file, '--print', 'gb18030-notice', '--width', '60']).stdout);
		expect(runCli(['--outline', file]).stdout).toBe(runCli([file, '--outline', 'gb18030-notice']).stdout);
		// A bundled document's id is still an id, and a name that is no file is still looked for among them.
		expect(runCli(['--print', '004']).stdout.split('\n')[0]).toBe('北乡义镇抗疫纪实');
		expect(runCli(['--print', 'fixtures']).stderr).toContain('no document "fixtures"');
	});

	test('the 3 MB single-line document loads and prints', () => {
		const big = writeBigDocument();
		try {
			const {stdout, status} = runCli([big, '--print', path.basename(big), '--width', '60']);
			expect(status).toBe(0);
			const lines = stdout.split('\n');
			expect(lines.filter((line) => textWidth(line) > 60)).toEqual([]);
			// Every character of the paragraph is printed once, in order (title and indent aside).
			expect(lines[0]).toBe(path.basename(big, '.txt'));
			const printed = lines.slice(lines.indexOf('') + 1).join('').replace(/[\s\u3000]/gu, '');
			expect(printed).toBe(readFileSync(big, 'utf8').replace(/[\s\u3000]/gu, ''));
		} finally {
			rmSync(path.dirname(big), {recursive: true, force: true});
		}
	});
});

describe('errors', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'yuelan-cli-'));
	afterAll(() => {
		rmSync(folder, {recursive: true, force: true});
	});

	test('a path that does not exist: status 2 and one line', () => {
		const {stderr, status} = runCli(['/no/such/place', '--list']);
		expect(status).toBe(2);
		expect(stderr.trim().split('\n')).toEqual(['yuelan: no such file or folder: /no/such/place']);
	});

	test('no readable document: status 2', () => {
		copyFileSync(path.join(fixtures, 'image.png'), path.join(folder, 'only.png'));
		const {stderr, status} = runCli([folder, '--list']);
		expect(status).toBe(2);
		expect(stderr).toContain('no readable document');
	});

	test('an unknown document id: status 2', () => {
		writeFileSync(path.join(folder, 'a.txt'), '一篇文章。');
		const {stderr, status} = runCli([folder, '--print', 'zzz']);
		expect(status).toBe(2);
		expect(stderr).toContain('no document "zzz"');
	});

	test.each([
		[['--list', '--print', '004'], 'only one of'],
		[['--print', '004', '--width', '1'], '--width'],
		[['--list', '--ambiguous', 'huge'], '--ambiguous'],
	])('%j is refused', (args, message) => {
		const {stderr, status} = runCli(args);
		expect(status).toBe(2);
		expect(stderr).toContain(message);
	});
});

test('--ambiguous wide and YUELAN_AMBIGUOUS=wide measure quotes as two columns', () => {
	const narrow = runCli(['--print', '000', '--width', '30']).stdout;
	const wide = runCli(['--print', '000', '--width', '30', '--ambiguous', 'wide']).stdout;
	expect(wide).not.toBe(narrow);
	expect(runCli(['--print', '000', '--width', '30'], {YUELAN_AMBIGUOUS: 'wide'}).stdout).toBe(wide);
	expect(wide.split('\n').filter((line) => textWidth(line, 'wide') > 30)).toEqual([]);
});

test('a file name with escape sequences reaches the terminal without them', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'yuelan-names-'));
	try {
		writeFileSync(path.join(folder, '\u001B]0;pwned\u0007\u001B[31m.txt'), '');
		const {stdout, status} = runCli([folder, '--list']);
		expect(status).toBe(0);
		expect(stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u);
		expect(stdout).toMatch(/^\.txt +- .*\(untitled\)$/mu);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});
