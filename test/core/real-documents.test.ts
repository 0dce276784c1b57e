import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {allText, loadDocument, root} from '../helpers/load-document.js';

const real = (name: string) => path.join(root, 'test/fixtures/real', name);
// Columns of ASCII and Chinese text, enough to expand a line's tabs by hand.
const width = (text: string) => Array.from(text).reduce((sum, char) => sum + (/[\u2E80-\uA4CF\uFF00-\uFF60]/u.test(char) ? 2 : 1), 0);

describe('an mdBook page (Rust By Example 简体中文版)', async () => {
	const document = await loadDocument(real('rbe-literals.html'));
	const html = readFileSync(real('rbe-literals.html'), 'utf8');

	test('the page is read although <html> says sidebar-visible, and the sidebar is dropped and counted', () => {
		expect(document.title).toBe('字面量');
		expect(document.chars).toBeGreaterThan(500);
		expect(allText(document)).toContain('数字字面值可以通过添加类型后缀进行类型标注');
		expect(allText(document)).not.toContain('Rust By Example 简体中文版');
		expect(document.droppedChrome).toBeGreaterThan(0);
	});

	test('mdBook\'s help popup, hidden by its style sheet, is not the article\'s first section', () => {
		expect(html).toContain('Keyboard shortcuts');
		expect(allText(document)).not.toContain('Keyboard shortcuts');
		expect(allText(document)).not.toContain('to navigate between chapters');
		expect(document.sections.map((section) => section.title)).not.toContain('Keyboard shortcuts');
	});

	test('the code block is byte-identical to the page\'s <code>', () => {
		const code = /<pre[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/.exec(html)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
		const block = document.blocks.find((candidate) => candidate.kind === 'code');
		expect(block?.text).toBe(code.replace(/\s+$/, ''));
		expect(block?.text).toContain('\n    let y = 2u32;\n');
	});

	test('list items keep their markers and inline code its spaces', () => {
		const items = document.blocks.filter((block) => block.kind === 'list-item');
		expect(items.length).toBeGreaterThanOrEqual(1);
		expect(items.every((item) => item.kind === 'list-item' && item.marker === '•')).toBe(true);
		expect(allText(document)).toContain('std::mem::size_of_val 是一个函数');
	});
});

describe('a hand-laid-out tutor (vimtutor zh_cn)', async () => {
	const document = await loadDocument(real('vimtutor-zh_cn.txt'));

	test('the title is the framed line, not its rules; rules are not text', () => {
		expect(document.title).toMatch(/V I M/);
		expect(document.title).not.toMatch(/^=|=$/);
		expect(document.blocks.some((block) => /^[=~-]{3,}$/.test(block.text))).toBe(false);
	});

	test('key names in angle brackets and step numbers are text', () => {
		const text = allText(document);
		expect(text).toContain('<ESC>');
		// A numbered step is a list item that keeps its number.
		expect(document.blocks).toContainEqual({kind: 'list-item', marker: '1.', depth: 0, text: '请随意在屏幕内移动光标，直至您觉得舒服为止。'});
		expect(document.blocks).toContainEqual(expect.objectContaining({kind: 'list-item', marker: '3.'}));
	});

	test('the diagram keeps its lines and spacing, as the source draws it (tabs at stops of eight)', () => {
		const source = readFileSync(real('vimtutor-zh_cn.txt'), 'utf8').split('\n');
		const diagram = source.slice(source.findIndex((line) => line.trim() === '^'), source.findIndex((line) => line.trim() === 'v') + 1);
		const expanded = diagram.map((line) => line.replace(/[^\t]*\t/g, (piece) => piece.slice(0, -1).padEnd((Math.floor(width(piece.slice(0, -1)) / 8) + 1) * 8 - (width(piece.slice(0, -1)) - piece.length + 1))).trimEnd());
		const shared = Math.min(...expanded.map((line) => line.length - line.trimStart().length));
		expect(document.blocks).toContainEqual({kind: 'code', text: expanded.map((line) => line.slice(shared)).join('\n')});
	});

	test('no heading is a sentence fragment, and sections are the lessons', () => {
		const headings = document.blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
		expect(headings.filter((heading) => /[，、,]$/.test(heading))).toEqual([]);
		expect(document.sections.map((section) => section.title)).toEqual(['第一讲第一节：移动光标', '第一讲第二节：VIM的进入和退出']);
	});

	test('a hard-wrapped paragraph is one block', () => {
		expect(document.blocks.map((block) => block.text)).toContainEqual(expect.stringMatching(/^Vim 是一个具有很多命令.*当作一个通用编辑器来使用了。$/));
	});
});
