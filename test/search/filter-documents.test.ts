import {describe, expect, test} from 'vitest';
import {DocumentFilter, type FilterRecord} from '../../source/core/search/filter-documents.js';

const records: FilterRecord[] = [
	{title: '第一章 春天', id: 'a/春.txt', path: '/books/a/春.txt'},
	{title: '春天的故事集', id: 'b/spring.md', path: '/books/b/spring.md'},
	{title: '夏天', id: 'notes/春天-草稿.txt', path: '/notes/春天-草稿.txt'},
	{title: '秋风', id: 'c.txt', path: '/books/c.txt'},
	{title: 'Readme 中文说明', id: 'opencc-js/README.md', path: '/nm/opencc-js/README.md'},
	{title: '天气预报', id: 'd.txt', path: '/books/d.txt'},
];
const titles = (query: string) => new DocumentFilter(records).filter(query).map(index => records[index]!.title);

describe('the list filter', () => {
	test.each([
		['an empty query keeps every document, in order', '', records.map(record => record.title)],
		['titles that contain the query first, shorter first; then ids and paths', '春天', ['第一章 春天', '春天的故事集', '夏天']],
		['case does not matter; ids and paths count', 'README', ['Readme 中文说明']],
		['a folder name in the path finds its documents', 'opencc', ['Readme 中文说明']],
		// A two-character Chinese query does not match every title with one of its characters.
		['no title holding only one of two characters', '秋天', []],
		['a typo still finds a Latin title, after exact matches', 'readmi', ['Readme 中文说明']],
	])('%s', (_name, query, expected) => {
		expect(titles(query)).toEqual(expected);
	});

	test('every position appears at most once', () => {
		for (const query of ['天', '春', 'txt', 'books', 'a']) {
			const found = new DocumentFilter(records).filter(query);
			expect(new Set(found).size).toBe(found.length);
		}
	});
});
