import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {foldText} from '../../source/core/search/index.js';
import {findDocuments} from '../../source/io/find-documents.js';
import {runCli} from '../helpers/built-cli.js';
import {allText, loadDocument, root} from '../helpers/load-document.js';

type Row = {id: string; path: string; title: string; section: string; offset: number; length: number; snippet: string; snippetOffset: number; score: number; match: string; block: number};

const seeds = await Promise.all(findDocuments([path.join(root, 'data')]).files.map(async (file) => loadDocument(file.path)));
const fixtures = path.join(root, 'test/fixtures');

function occurrences(text: string, query: string): number {
	let count = 0;
	for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + 1)) {
		count++;
	}

	return count;
}

describe('--search', () => {
	test('--json: one entry per exact occurrence, each pointing at it, documents with exact hits first', () => {
		const query = '驻村干部';
		const {stdout, status} = runCli(['--search', query, '--json']);
		expect(status).toBe(0);
		const rows = JSON.parse(stdout) as Row[];
		const exact = rows.filter((row) => row.match === 'exact');
		const expected = seeds.reduce((sum, document) => sum + occurrences(foldText(allText(document)), query), 0);
		expect(exact).toHaveLength(expected);
		expect(rows.slice(0, exact.length)).toEqual(exact);
		for (const row of exact) {
			const document = seeds.find((seed) => seed.path === row.path)!;
			expect(Object.keys(row)).toEqual(expect.arrayContaining(['id', 'path', 'title', 'section', 'offset', 'snippet', 'score']));
			const text = row.block === -1 ? document.title : document.blocks[row.block]!.text;
			expect(foldText(text.slice(row.offset, row.offset + row.length))).toBe(query);
			expect(foldText(row.snippet.slice(row.snippetOffset, row.snippetOffset + row.length))).toBe(query);
		}

		// A document's rows are together, and scores never improve down the list of documents.
		const order = rows.map((row) => row.path).filter((item, index, all) => all.indexOf(item) === index);
		expect(order.flatMap((item) => rows.filter((row) => row.path === item))).toEqual(rows);
	});

	test('text: id · section · snippet, a screenful by default, --limit for more or fewer', () => {
		const all = JSON.parse(runCli(['--search', '疫情', '--json']).stdout) as Row[];
		expect(all.length).toBeGreaterThan(20);
		const lines = runCli(['--search', '疫情']).stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(20);
		expect(lines[0]).toBe([all[0]!.id, all[0]!.section || '-', all[0]!.snippet].join(' · '));
		expect(runCli(['--search', '疫情', '--limit', '3']).stdout.trimEnd().split('\n')).toHaveLength(3);
		expect(runCli(['--search', '疫情', '--limit', '100000']).stdout.trimEnd().split('\n')).toHaveLength(all.length);
		expect(JSON.parse(runCli(['--search', '疫情', '--json', '--limit', '2']).stdout)).toEqual(all.slice(0, 2));
	});

	test('no hit: empty output and status 1, like grep', () => {
		expect(runCli(['--search', '火星基地殖民'])).toMatchObject({stdout: '', status: 1});
		expect(runCli(['--search', '火星基地殖民', '--json'])).toMatchObject({stdout: '[]\n', status: 1});
	});

	test('a Simplified query and pinyin find a Traditional article', () => {
		for (const query of ['植树活动', 'zhishuhuodong', 'zshd']) {
			const {stdout, status} = runCli([fixtures, '--search', query, '--json']);
			expect(status).toBe(0);
			const rows = JSON.parse(stdout) as Row[];
			expect(rows.map((row) => row.id)).toContain('traditional-pinyin.txt');
		}
	});

	test.each([
		[['--search', 'a', '--list'], 'only one of'],
		[['--search', 'a', '--limit', '0'], '--limit'],
	])('%j is refused', (args, message) => {
		const {stderr, status} = runCli(args);
		expect(status).toBe(2);
		expect(stderr).toContain(message);
	});

	test('--help tells of --search and --limit', () => {
		const {stdout} = runCli(['--help']);
		expect(stdout).toContain('--search');
		expect(stdout).toContain('--limit');
	});
});
