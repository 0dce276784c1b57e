import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {findTableOfContents} from '../../source/core/pipeline/magazine/table-of-contents.js';
import {matchTocTitles} from '../../source/core/pipeline/magazine/match-toc-titles.js';
import {matchDocuments} from '../../source/cli/batch/find-document.js';
import {root, loadSeed} from '../helpers/load-document.js';

const lines = readFileSync(path.join(root, 'data/002_1bb37f89f56831bb.txt'), 'utf8').split('\n');

test('the contents of 002: pages, titles without subtitles, authors', () => {
	const toc = findTableOfContents(lines)!;
	expect(toc.entries.length).toBe(28);
	expect(toc.entries[0]).toEqual({page: 1, title: '坚决打赢疫情防控的人民战争', author: undefined});
	expect(toc.entries[11]).toEqual({page: 29, title: '战"疫"再显男儿志 守土更深鱼水情', author: '永吉县一拉溪镇机关党支部'});
	expect(toc.entries[17]).toEqual({page: 41, title: '坚守战"疫"最前线 白衣执甲勇逆行', author: undefined});
	expect(toc.entries[23]).toEqual({page: 52, title: '一线战"疫"答卷', author: '张广俊'});
	expect(lines[toc.end]).toBe('');
	expect(lines.slice(toc.end).find(Boolean)).toBe('编委会主任 高海珠');
});

test('titles are found in the body in order, never inside the contents', () => {
	const toc = findTableOfContents(lines)!;
	const matches = matchTocTitles(lines, toc);
	expect(matches.length).toBe(28);
	expect(matches.every((match) => match.line < toc.start || match.line >= toc.end)).toBe(true);
	expect(matches.map((match) => match.line)).toEqual([...matches.map((match) => match.line)].sort((a, b) => a - b));
});

test('a contents entry split across lines and a body title split across lines', () => {
	const text = ['目录', '03 第一篇文章', '- 07 一篇标题很长的', '   文章的后半', '   / 作者甲', '', '第一篇文章', '正文一段。', '一篇标题很长的', '', '文章的后半', '正文二段。'];
	const toc = findTableOfContents(text)!;
	expect(toc.entries.map((entry) => entry.title)).toEqual(['第一篇文章', '一篇标题很长的文章的后半']);
	expect(matchTocTitles(text, toc).map((match) => [match.line, match.count])).toEqual([
		[6, 1],
		[8, 3],
	]);
});

test('a document is found by id, id prefix or path; a shorter prefix names several, no name all', async () => {
	const documents = [await loadSeed('002'), await loadSeed('003')];
	const ids = (name: string | undefined) => matchDocuments(documents, name).map((document) => document.id);
	expect(ids('002')).toEqual(['002_1bb37f89f56831bb.txt']);
	expect(ids('003_4b0fe4c3482445a6.txt')).toEqual(['003_4b0fe4c3482445a6.txt']);
	expect(ids(documents[0]!.path)).toEqual(['002_1bb37f89f56831bb.txt']);
	expect(ids('00')).toEqual(['002_1bb37f89f56831bb.txt', '003_4b0fe4c3482445a6.txt']);
	expect(ids(undefined)).toEqual(ids('00'));
	expect(ids('999')).toEqual([]);
});
