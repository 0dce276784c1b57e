import {describe, expect, test} from 'vitest';
import {findMetadata} from '../../source/core/pipeline/metadata/find-metadata.js';

describe('bylines as Taiwanese and Hong Kong papers write them', () => {
	test.each([
		['記者王小明／台北報導', '王小明'],
		['【記者王小明／台北報導】', '王小明'],
		['（中央社記者王小明台北1日電）', '王小明'],
		['記者陳大文/香港報導', '陳大文'],
		['文／王小明', '王小明'],
		['撰文：王小明', '王小明'],
	])('%j gives the author %j', (line, author) => {
		expect(findMetadata({}, ['標題', line, '這是正文的第一段，內容足夠長，講述了一件事情。']).author).toBe(author);
	});
});
