import {describe, expect, test} from 'vitest';
import {processDocument} from '../../source/core/pipeline/process-document.js';

const read = (text: string, path = '/docs/说明.txt') => processDocument({id: 'x', path, text, encoding: 'utf-8'});

describe('plain text laid out by hand', () => {
	test('a # comment header is not the title, nor sections', () => {
		const document = read('# Copyright (C) 2004 Free Software Foundation, Inc.\n# SPDX-License-Identifier: GPL-3.0\n#\n# GnuPG is free software.\n\n密钥编辑帮助\n\n这是帮助文本，说明如何编辑密钥，内容足够长。\n');
		expect(document.format).toBe('text');
		expect(document.title).toBe('密钥编辑帮助');
		expect(document.sections).toEqual([]);
	});

	test('a title is never a line that stops on a comma', () => {
		const document = read('今天天气很好，\n我们一起去公园散步，看到了很多花。\n');
		expect(document.title).not.toMatch(/，$/);
	});

	test.each([
		['========\n   使用手册   \n========\n\n正文第一段，讲述如何使用。\n', '使用手册'],
		['=  欢迎使用  =\n\n正文第一段，讲述如何使用。\n', '欢迎使用'],
	])('a title framed by rules is the title (%j)', (text, title) => {
		expect(read(text).title).toBe(title);
	});
});
