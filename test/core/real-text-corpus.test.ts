import {readFileSync} from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import {describe, expect, test} from 'vitest';
import {expandTabs} from '../../source/core/text/line-columns.js';
import {loadDocument, root} from '../helpers/load-document.js';

const real = (name: string) => path.join(root, 'test/fixtures/real', name);
const han = (text: string) => text.match(/\p{Script=Han}/gu)?.join('') ?? '';
// Decoration and comment headers are not text: rules, frames and `#` lines.
const sourceText = (lines: readonly string[]) => lines.filter((line) => !/^#|^\s*([=~*-])\1{2,}\s*$/u.test(line)).join('\n');

// Real plain-text documents nobody on the project wrote, in the encodings they are found in (see README.md).
const corpus = [
	['vimtutor-zh_tw.big5.txt', 'big5', 'cp950'],
	['vimtutor-summary.gb18030.txt', 'gb18030', 'gb18030'],
	['cpython-gb18030.txt', 'gb18030', 'gb18030'],
	['gnupg-help-zh_TW.utf16le.txt', 'utf-16le', 'utf-16le'],
] as const;

describe.each(corpus)('%s', async (name, encoding, codec) => {
	const document = await loadDocument(real(name));
	const lines = iconv.decode(readFileSync(real(name)), codec).replace(/^\uFEFF/, '').split('\n');
	const blocks = document.blocks.map((block) => (block.kind === 'list-item' ? `${block.marker} ${block.text}` : block.text));

	test('is decoded from its encoding', () => {
		expect(document.encoding).toBe(encoding);
	});

	test('no Chinese character is lost or reordered', () => {
		const shown = han(blocks.join('\n'));
		expect([shown, han(document.title) + shown]).toContain(han(sourceText(lines)));
	});

	test('code and diagram lines are the source lines, spacing kept', () => {
		const expanded = lines.map((line) => expandTabs(line).trimEnd());
		for (const block of document.blocks.filter((candidate) => candidate.kind === 'code')) {
			for (const line of block.text.split('\n').filter(Boolean)) {
				expect(expanded.some((source) => source.endsWith(line) && source.slice(0, -line.length).trim() === ''), line).toBe(true);
			}
		}
	});

	test('no heading is a sentence fragment: each is a whole line of the source', () => {
		const whole = new Set(lines.map((line) => line.trim().replace(/^=\s+|\s+=$/gu, '')));
		for (const heading of document.blocks.filter((block) => block.kind === 'heading')) {
			expect(heading.text).not.toMatch(/[，、,；]$/u);
			expect(whole.has(heading.text), heading.text).toBe(true);
		}

		expect(document.title).not.toMatch(/[，、,；]$/u);
	});
});

test('the GnuPG help file\'s licence comments are neither title nor text; its keys head its sections', async () => {
	const document = await loadDocument(real('gnupg-help-zh_TW.utf16le.txt'));
	const keys = iconv.decode(readFileSync(real('gnupg-help-zh_TW.utf16le.txt')), 'utf-16le').split('\n').filter((line) => line.startsWith('.gpg.'));
	expect(document.title).toBe('gnupg-help-zh_TW.utf16le');
	expect(document.sections.map((section) => section.title)).toEqual(keys.map((key) => key.trim()));
	expect(document.blocks.filter((block) => /^\.$|\.\.$|。\.$/u.test(block.text))).toEqual([]);
	expect(document.blocks.map((block) => block.text).join('\n')).not.toMatch(/free software|WARRANTY/u);
});

test('the Big5 tutor keeps its diagram and numbered steps', async () => {
	const document = await loadDocument(real('vimtutor-zh_tw.big5.txt'));
	expect(document.blocks.some((block) => block.kind === 'code' && block.text.includes('< h       l >'))).toBe(true);
	expect(document.blocks.filter((block) => block.kind === 'list-item').map((block) => block.kind === 'list-item' && block.marker)).toEqual(['1.', '2.', '3.']);
});

test('CPython\'s GB18030 sample: a line break between Chinese and a Latin word is a space, as the author spaces them', async () => {
	const document = await loadDocument(real('cpython-gb18030.txt'));
	const text = document.blocks.map((block) => block.text).join('\n');
	for (const joined of ['已開發好的 library, 並有一個', '是一個 fast prototyping', '將既有的 C library']) {
		expect(text).toContain(joined);
	}
});
