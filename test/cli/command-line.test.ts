import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {textWidth} from '../../source/core/layout/text-width.js';
import {optionSpecs} from '../../source/cli/option-specs.js';
import {runCli, runCliAfterCat} from '../helpers/built-cli.js';
import {root} from '../helpers/load-document.js';

const fixtures = path.join(root, 'test/fixtures');
const bundledIds = ['000_ed074a8890f08ca2.txt', '001_aee65cc993c14984.txt', '002_1bb37f89f56831bb.txt', '003_4b0fe4c3482445a6.txt', '004_679e96434c01a62d.txt'];
const locales = [
	['en', {LANG: 'en_US.UTF-8'}],
	['zh-Hans', {LANG: 'zh_CN.UTF-8'}],
	['zh-Hant', {LANG: 'zh_TW.UTF-8'}],
] as const;

/** Display column where `part` starts in `line`. */
const columnOf = (line: string, part: string) => textWidth(line.slice(0, line.indexOf(part)));

describe('unknown options', () => {
	test.each([
		[['--outine', '002'], {}, 'yuelan: unknown option --outine; did you mean --outline?'],
		[['--outine', '002'], {LANG: 'zh_CN.UTF-8'}, 'yuelan: 未知选项 --outine；您是想用 --outline 吗？'],
		[['--outine', '002'], {LC_ALL: 'zh_HK.UTF-8', LANG: 'zh_CN.UTF-8'}, 'yuelan: 未知選項 --outine；您是想用 --outline 嗎？'],
		[['--lang', 'zh-Hant', '--prnit', '002'], {LANG: 'en_US.UTF-8'}, 'yuelan: 未知選項 --prnit；您是想用 --print 嗎？'],
		[['-x'], {}, 'yuelan: unknown option -x; see --help'],
	])('%j with %j: status 2, one line, nothing read', (args, env, line) => {
		const {stdout, stderr, status} = runCli(args, env);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe(`${line}\n`);
	});
});

describe.each(locales)('--help in %s', (_language, env) => {
	const help = runCli(['--help'], env);
	const lines = help.stdout.split('\n');

	test('lists every option with its short form, --version included; -h is the same', () => {
		expect(help.status).toBe(0);
		for (const spec of optionSpecs) {
			const names = 'short' in spec ? `--${spec.name}, -${spec.short}` : `--${spec.name}`;
			expect(lines.some((line) => line.startsWith(`  ${names}`)), names).toBe(true);
		}

		expect(runCli(['-h'], env).stdout).toBe(help.stdout);
	});

	test('fits 80 columns and aligns every option description in one column', () => {
		expect(lines.filter((line) => textWidth(line) > 80)).toEqual([]);
		const optionLines = lines.filter((line) => /^ {2}--[a-z]/u.test(line));
		const starts = optionLines.map((line) => textWidth(line.match(/^ {2}\S.*?\S {2,}/u)![0]));
		expect(new Set(starts).size).toBe(1);
	});
});

test('-v and --version print the version', () => {
	const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version;
	expect(runCli(['-v']).stdout).toBe(`${version}\n`);
	expect(runCli(['--version']).stdout).toBe(`${version}\n`);
});

describe('naming a document', () => {
	test('--print without a document lists the documents, status 2', () => {
		const {stdout, stderr, status} = runCli(['--print']);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		const lines = stderr.trimEnd().split('\n');
		expect(lines[0]).toBe('yuelan: --print needs a document; the documents are:');
		expect(lines.slice(1).map((line) => line.trim().split(/\s+/u)[0])).toEqual(bundledIds);
		expect(lines[5]).toContain('北乡义镇抗疫纪实');
	});

	test('a prefix naming several documents lists them; one naming one prints it', () => {
		const {stderr, status} = runCli(['--outline', '00'], {LANG: 'zh_CN.UTF-8'});
		expect(status).toBe(2);
		const lines = stderr.trimEnd().split('\n');
		expect(lines[0]).toBe('yuelan: “00”对应多个文档：');
		expect(lines.slice(1).map((line) => line.trim().split(/\s+/u)[0])).toEqual(bundledIds);
		expect(runCli(['--outline', '004']).status).toBe(0);
	});
});

describe('standard input', () => {
	const gb18030 = readFileSync(path.join(fixtures, 'gb18030-notice.txt'));

	test('a shell pipe or a redirected file with no path is the one document, decoded and cleaned as the file would be', () => {
		const file = path.join(fixtures, 'gb18030-notice.txt');
		const fromFile = runCli([file, '--print', 'gb18030-notice.txt', '--width', '40']);
		const fromPipe = runCliAfterCat(file, ['--print', '--width', '40']);
		expect(fromPipe.status).toBe(0);
		expect(fromPipe.stdout).toBe(fromFile.stdout);
		expect(fromPipe.stdout.split('\n')[0]).toBe('关于做好2023年汛期安全防范工作的通知');
		expect(runCli(['--print', '--width', '40'], {}, {file}).stdout).toBe(fromFile.stdout);
		const list = JSON.parse(runCliAfterCat(file, ['--list', '--json']).stdout) as Array<{id: string; encoding: string}>;
		expect(list.map(({id, encoding}) => [id, encoding])).toEqual([['-', 'gb18030']]);
	});

	test('a Node parent\'s default pipe is not read without `-` (spawnSync closes it empty); with `-` it is', () => {
		expect(runCli(['--list', '--json'], {}, gb18030).stdout).toBe(runCli(['--list', '--json']).stdout);
		const list = JSON.parse(runCli(['-', '--list', '--json'], {}, gb18030).stdout) as Array<{id: string}>;
		expect(list.map(({id}) => id)).toEqual(['-']);
	});

	test('`-` reads it beside other paths; without `-`, a pipe is ignored when paths are given', () => {
		const folder = path.join(fixtures, 'utf16le-bom.txt');
		const both = JSON.parse(runCli(['-', folder, '--list', '--json'], {}, gb18030).stdout) as Array<{id: string}>;
		expect(both.map((entry) => entry.id)).toEqual(['-', 'utf16le-bom.txt']);
		const pathOnly = JSON.parse(runCli([folder, '--list', '--json'], {}, gb18030).stdout) as Array<{id: string}>;
		expect(pathOnly.map((entry) => entry.id)).toEqual(['utf16le-bom.txt']);
	});

	test.each([
		['en', '(standard input)'],
		['zh-Hans', '（标准输入）'],
		['zh-Hant', '（標準輸入）'],
	] as const)('a text on standard input that names no title is called standard input, in %s', (language, title) => {
		// Its first sentence is too long to be a title, and a pipe has no file name to fall back to.
		const text = '没有标题的一段很长的文字，它的第一句话超过了五十列的宽度，所以不能当标题用，我们看看会怎样显示吧。\n';
		const list = JSON.parse(runCli(['-', '--list', '--json', '--lang', language], {}, text).stdout) as Array<{title: string; script: string}>;
		// The script is the text's, not that of the name given for want of a title.
		expect(list.map((entry) => [entry.title, entry.script])).toEqual([[title, 'simplified']]);
	});

	test('a binary on standard input is skipped with its reason', () => {
		const {stderr, status} = runCli(['-', '--list'], {}, readFileSync(path.join(fixtures, 'image.png')));
		expect(status).toBe(2);
		expect(stderr).toBe('yuelan: skipped -: not a text file (PNG image)\nyuelan: no readable document found.\n');
	});
});

describe('skipped files', () => {
	test('--list tells each once; --print and --outline of another document do not', () => {
		const list = runCli([fixtures, '--list']);
		expect(list.stderr.trim().split('\n')).toEqual([
			expect.stringMatching(/^yuelan: left out 1 web page asset in .*fixtures \(\.js\): not documents; name a file to read it anyway$/u),
			expect.stringMatching(/^yuelan: skipped .*binary\.dat: not a text file \(contains NUL bytes\)$/u),
			expect.stringMatching(/^yuelan: skipped .*image\.png: not a text file \(PNG image\)$/u),
		]);
		for (const mode of ['--print', '--outline']) {
			const other = runCli([fixtures, mode, 'gb18030-notice.txt']);
			expect(other.status).toBe(0);
			expect(other.stderr).toBe('');
		}
	});

	test('--print of a skipped file says why, once, in the user\'s language', () => {
		const {stderr, status} = runCli([fixtures, '--print', 'image.png'], {LANG: 'zh_TW.UTF-8'});
		expect(status).toBe(2);
		expect(stderr).toMatch(/^yuelan: 已略過 .*image\.png：不是文字檔（PNG 影像）\n$/u);
	});
});

describe.each(locales)('--list in %s', (_language, env) => {
	test('the header is in the language and every column starts where its header does', () => {
		const rows = runCli(['--list'], env).stdout.trimEnd().split('\n');
		const [header = '', ...documents] = rows;
		const last = documents.at(-1) ?? '';
		const headerWords = header.split(/\s{2,}/u);
		expect(headerWords).toHaveLength(6);
		const [, date = '', , , chars = '', title = ''] = headerWords;
		expect(columnOf(last, '2022-04-13')).toBe(columnOf(header, date));
		expect(columnOf(last, '北乡义镇抗疫纪实')).toBe(columnOf(header, title));
		// Right-aligned numbers end where their header ends.
		expect(columnOf(last, ' 2028') + 5).toBe(columnOf(header, chars) + textWidth(chars));
		if (_language !== 'en') {
			expect(header).not.toMatch(/[a-z]/u);
		}
	});
});

test('a missing path is told in the user\'s language', () => {
	const {stderr, status} = runCli(['/no/such/place', '--list'], {LANG: 'zh_CN.UTF-8'});
	expect(status).toBe(2);
	expect(stderr).toBe('yuelan: 没有这个文件或文件夹：/no/such/place\n');
});
