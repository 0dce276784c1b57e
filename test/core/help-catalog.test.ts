import {describe, expect, test} from 'vitest';
import {processDocument} from '../../source/core/pipeline/process-document.js';
import {isCatalogKey, isHelpCatalog} from '../../source/core/pipeline/plain-text/help-catalog.js';

const read = (text: string) => processDocument({id: 'x', path: '/usr/share/gnupg/help.zh_CN.txt', text, encoding: 'utf-8'});
const catalog = [
	'# help.zh_CN.txt - zh_CN GnuPG online help',
	'# Copyright (C) 2007 Free Software Foundation, Inc.',
	'',
	'.gpg.untrusted_key.override',
	'如果您无论如何要使用这把未被信任的密钥，请回答“yes”。',
	'.',
	'',
	'.gpg.keygen.size',
	'请输入密钥的尺寸',
	'.',
	'',
	'.gpg.ask_revocation_reason.code',
	'您应该为这份吊销证书指定一个原因。',
	'  “密钥已泄漏”',
	'      如果您相信有某个未经许可的人已取得了您的私钥，请选此项。',
	'.',
	'',
	'# Local variables:',
	'# coding: utf-8',
].join('\n');

describe('a dot-keyed help catalog', () => {
	test.each([
		['.gpg.keygen.algo', true],
		['.gnupg.agent-problem', true],
		['.#pinentry.qualitybar.tooltip', true],
		['.gpg', false],
		['.', false],
		['. gpg.keygen', false],
		['...', false],
	])('%j is a key: %s', (line, expected) => {
		expect(isCatalogKey(line)).toBe(expected);
	});

	test.each([
		['entries closed by `.`', catalog, true],
		['an entry may end at the next key, if most end at `.`', '.a.b\n文本一\n.c.d\n文本二\n.\n.e.f\n文本三\n.\n', true],
		['one entry is no catalog', '.gpg.keygen.size\n请输入密钥的尺寸\n.\n', false],
		['a list of dotted file names is no catalog', '.eslintrc.json\n.prettierrc.js\n.\n.npmrc.txt\n.editorconfig.ini\n.\n', false],
		['keys never closed by `.` are no catalog', '.a.b\n文本一\n.c.d\n文本二\n.e.f\n文本三\n', false],
	])('%s', (_, text, expected) => {
		expect(isHelpCatalog(text.split('\n'))).toBe(expected);
	});

	const document = read(catalog);

	test('each key heads a section; the title is the file name', () => {
		expect(document.format).toBe('text');
		expect(document.title).toBe('help.zh_CN');
		expect(document.sections.map((section) => section.title)).toEqual(['.gpg.untrusted_key.override', '.gpg.keygen.size', '.gpg.ask_revocation_reason.code']);
	});

	test('entry text is kept as paragraphs, never glued to a `.` and never a heading', () => {
		expect(document.blocks.map((block) => [block.kind, block.text])).toEqual([
			['heading', '.gpg.untrusted_key.override'],
			['paragraph', '如果您无论如何要使用这把未被信任的密钥，请回答“yes”。'],
			['heading', '.gpg.keygen.size'],
			['paragraph', '请输入密钥的尺寸'],
			['heading', '.gpg.ask_revocation_reason.code'],
			['paragraph', '您应该为这份吊销证书指定一个原因。'],
			['paragraph', '“密钥已泄漏”'],
			['paragraph', '如果您相信有某个未经许可的人已取得了您的私钥，请选此项。'],
		]);
	});

	test('`#` comment lines anywhere in the catalog are not text, nor a Markdown heading', () => {
		const commented = read(catalog.replace('.gpg.keygen.size\n', '.gpg.keygen.size\n# fixme: Please translate.\n'));
		expect(commented.format).toBe('text');
		expect(commented.blocks.map((block) => block.text).join('\n')).not.toMatch(/fixme|Local variables|coding/u);
	});
});
