import {describe, expect, test} from 'vitest';
import type {Block} from '../../source/core/document.js';
import {continuationMark, structuredLines, type StructuredBlock} from '../../source/core/layout/structured-lines.js';
import {textWidth} from '../../source/core/layout/text-width.js';
import type {AmbiguousWidth} from '../../source/core/layout/layout-types.js';

const lay = (block: StructuredBlock, width: number, ambiguous: AmbiguousWidth = 'narrow') => [...structuredLines(block, 0, width, ambiguous)];
const texts = (block: StructuredBlock, width: number, ambiguous: AmbiguousWidth = 'narrow') => lay(block, width, ambiguous).map((line) => line.text);

describe('structured blocks', () => {
	test('code keeps its lines; a long line continues behind the mark; offsets tile each line', () => {
		const code: Block = {kind: 'code', text: 'if (x) {\n\treturn "很长很长很长很长";\n}'};
		const lines = lay(code, 16);
		expect(lines.map((line) => line.text)).toEqual(['if (x) {', '    return "很长', `${continuationMark}很长很长很长";`, '}']);
		expect(lines.map((line) => code.text.slice(line.start, line.end))).toEqual(['if (x) {', '\treturn "很长', '很长很长很长";', '}']);
	});

	test('list items hang under their marker, nested ones further in', () => {
		expect(texts({kind: 'list-item', marker: '•', depth: 0, text: '第一项的文字比较长需要换行'}, 12)).toEqual(['• 第一项的文', '  字比较长需', '  要换行']);
		expect(texts({kind: 'list-item', marker: '10.', depth: 1, text: '子项'}, 12)).toEqual(['  10. 子项']);
	});

	test('every line of a quote has the margin mark, ASCII in wide mode', () => {
		expect(texts({kind: 'quote', text: '引用的一段话比较长'}, 10)).toEqual(['│ 引用的一', '│ 段话比较', '│ 长']);
		expect(texts({kind: 'quote', text: '引用'}, 10, 'wide')).toEqual(['| 引用']);
	});

	test.each<AmbiguousWidth>(['narrow', 'wide'])('a table aligns columns by display width, with a header rule (%s)', (ambiguous) => {
		const rows = [['名称', 'n'], ['苹果', '3'], ['banana', '12']];
		const lines = texts({kind: 'table', rows, header: true, text: rows.map((row) => row.join('\t')).join('\n')}, 40, ambiguous);
		expect(lines).toHaveLength(4);
		const separator = ambiguous === 'wide' ? '|' : '│';
		const columns = lines.filter((_, index) => index !== 1).map((line) => textWidth(line.slice(0, line.indexOf(separator)), ambiguous));
		expect(new Set(columns).size).toBe(1);
	});

	test('a table wider than the pane wraps cells inside their columns; no line is wider than the pane', () => {
		const rows = [['项目', '说明'], ['甲', '这是一段很长的说明文字，需要在列内换行显示']];
		const block: Block = {kind: 'table', rows, header: true, text: rows.map((row) => row.join('\t')).join('\n')};
		const lines = lay(block, 20);
		expect(lines.length).toBeGreaterThan(3);
		expect(lines.every((line) => textWidth(line.text) <= 20)).toBe(true);
		// Every screen line of the second row points at that row's text.
		expect(new Set(lines.slice(2).map((line) => block.text.slice(line.start, line.end)))).toEqual(new Set([rows[1]!.join('\t')]));
	});
});
