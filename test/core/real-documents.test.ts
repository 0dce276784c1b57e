import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {allText, loadDocument, root} from '../helpers/load-document.js';

const real = (name: string) => path.join(root, 'test/fixtures/real', name);

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
		// Born-digital text keeps the author's spaces: the one after a step's number too.
		expect(text).toMatch(/^1\. 请随意在屏幕内移动光标/m);
	});

	test('a hard-wrapped paragraph is one block', () => {
		expect(document.blocks.map((block) => block.text)).toContainEqual(expect.stringMatching(/^Vim 是一个具有很多命令.*当作一个通用编辑器来使用了。$/));
	});
});
