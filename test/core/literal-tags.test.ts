import {expect, test} from 'vitest';
import {literalTag} from '../../source/core/pipeline/literal-tag.js';
import {processDocument} from '../../source/core/pipeline/process-document.js';
import {loadMarkdown} from '../../source/io/load-markdown.js';

test.each([
	['<ESC>', '&lt;ESC&gt;'],
	['<Ctrl-C>', '&lt;Ctrl-C&gt;'],
	['</Enter>', '&lt;/Enter&gt;'],
	['<kbd>', undefined],
	['<br/>', undefined],
	['<a href="/x">', undefined],
	['<B>', undefined],
])('literalTag(%j) is %j: a tag that names no HTML element is text', (raw, expected) => {
	expect(literalTag(raw)).toBe(expected);
});

test('Markdown prose keeps key names in angle brackets; real tags and code are as before', async () => {
	const text = '# 说明\n\n按 <ESC> 键回到普通模式，按 <Ctrl-C> 中断，<kbd>Tab</kbd> 补全，<b>粗体</b>。\n\n```\n<ESC>\n```\n\n行内 `<CR>` 也是。\n';
	const document = processDocument({id: 'x', path: 'x.md', text, encoding: 'utf-8'}, {markdownToHtml: await loadMarkdown()});
	expect(document.format).toBe('markdown');
	expect(document.blocks.map((block) => block.text)).toEqual(['按 <ESC> 键回到普通模式，按 <Ctrl-C> 中断，Tab 补全，粗体。', '<ESC>', '行内 <CR> 也是。']);
});
