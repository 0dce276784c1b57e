import {documentKey} from '../../source/core/document-key.js';
import {describe, expect, test, vi} from 'vitest';
import {ClusterScanner} from '../../source/core/layout/grapheme-clusters.js';
import type {Document} from '../../source/core/document.js';
import {layoutDocument} from '../../source/core/layout/layout-document.js';
import {highlightSegments} from '../../source/core/layout/layout-highlight.js';
import type {LayoutOptions} from '../../source/core/layout/layout-types.js';
import {textWidth} from '../../source/core/layout/text-width.js';
import {seedDocument, seedText} from './seed-paragraphs.js';

const document: Document = {
	key: documentKey('/test'),
	id: 'test',
	path: 'test.txt',
	title: '驻村干部守在百姓身边',
	date: '2020-02-02',
	author: '孟凡明',
	source: null,
	format: 'text',
	encoding: 'utf-8',
	script: 'simplified',
	blocks: [
		{kind: 'heading', level: 2, text: '长春——'},
		{kind: 'paragraph', text: '驻村干部按时回村，引导村民暂停走亲访友活动。'},
		{kind: 'image', text: '[图片: 村口]'},
		{kind: 'paragraph', text: '团结村民主动防控。'},
	],
	sections: [],
	chars: 0,
	droppedChrome: 0,
	extraction: 'none',
};

const options = (width: number, overrides: Partial<LayoutOptions> = {}): LayoutOptions => ({width, indent: 2, ambiguous: 'narrow', ...overrides});

describe('layoutDocument', () => {
	test('lays out title, metadata, headings, indented paragraphs and images with blank lines between', () => {
		const layout = layoutDocument(document, options(20));
		expect(layout.slice(0, 100).map(line => [line.kind, line.text, line.block, line.start, line.end])).toEqual([
			['title', '驻村干部守在百姓身边', -1, 0, 10],
			['meta', '2020-02-02 · 孟凡明', -1, 0, 0],
			['blank', '', -1, 0, 0],
			['heading', '长春——', 0, 0, 4],
			['blank', '', -1, 0, 0],
			// `，` may not start a line, so `村` moves down with it.
			['paragraph', '　　驻村干部按时回', 1, 0, 7],
			['paragraph', '村，引导村民暂停走亲', 1, 7, 17],
			['paragraph', '访友活动。', 1, 17, 22],
			['blank', '', -1, 0, 0],
			['image', '[图片: 村口]', 2, 0, 8],
			['blank', '', -1, 0, 0],
			['paragraph', '　　团结村民主动防', 3, 0, 7],
			['paragraph', '控。', 3, 7, 9],
		]);
		expect(layout.lineCount()).toBe(13);
		expect(layout.slice(12, 5)).toHaveLength(1);
	});

	test('turns the indent off with indent 0, and drops it when the width leaves no room', () => {
		expect(layoutDocument(document, options(20, {indent: 0})).slice(5, 1)[0]?.text).toBe('驻村干部按时回村，引');
		const narrow = layoutDocument(document, options(5));
		expect(narrow.slice(0, 100).filter(line => line.kind === 'paragraph').every(line => line.indentWidth === 0)).toBe(true);
	});

	test('never produces a line wider than the width, in either ambiguous mode', () => {
		const seed = seedDocument(seedText('001'));
		for (const ambiguous of ['narrow', 'wide'] as const) {
			for (const width of [2, 9, 40]) {
				const layout = layoutDocument(seed, options(width, {ambiguous}));
				const lines = layout.slice(0, layout.lineCount());
				expect(lines.filter(line => textWidth(line.text, ambiguous) > width)).toEqual([]);
			}
		}
	});

	test('caches one layout per document and options', () => {
		expect(layoutDocument(document, options(30))).toBe(layoutDocument(document, options(30)));
		expect(layoutDocument(document, options(30))).not.toBe(layoutDocument(document, options(30, {ambiguous: 'wide'})));
	});
});

describe('positions', () => {
	test('lineOf and positionOf map between lines and source positions', () => {
		const layout = layoutDocument(document, options(20));
		expect(layout.lineOf({block: 1, offset: 12})).toBe(6);
		expect(layout.lineOf({block: 1, offset: 17})).toBe(7);
		expect(layout.lineOf({block: -1, offset: 3})).toBe(0);
		expect(layout.positionOf(6)).toEqual({block: 1, offset: 7});
		expect(layout.positionOf(1)).toEqual({block: -1, offset: 10});
		// A blank line belongs to the block it introduces, before its text; the head's blank line follows the metadata.
		expect(layout.positionOf(8)).toEqual({block: 2, offset: -1});
		expect(layout.positionOf(2)).toEqual({block: -1, offset: 11});
		expect(layout.positionOf(999)).toEqual({block: 3, offset: 7});
	});

	test('every line has a position of its own, so one line down is one screen row', () => {
		for (const width of [12, 20, 37]) {
			const layout = layoutDocument(document, options(width));
			const count = layout.lineCount();
			for (let line = 0; line < count; line++) {
				expect(layout.lineOf(layout.positionOf(line)), `line ${line} at ${width}`).toBe(line);
			}
		}
	});

	test('a reading position survives a re-wrap at another width', () => {
		const seed = seedDocument(seedText('002'));
		const wide = layoutDocument(seed, options(100));
		const narrow = layoutDocument(seed, options(37));
		for (const line of [40, 333, 1200]) {
			const position = wide.positionOf(line);
			const shown = narrow.slice(narrow.lineOf(position), 1)[0];
			expect(shown?.block).toBe(position.block);
			expect(shown !== undefined && shown.start <= position.offset && position.offset < Math.max(shown.end, shown.start + 1)).toBe(true);
			expect(wide.lineOf(position)).toBe(line);
		}
	});
});

describe('rows', () => {
	test('walking rows down and up visits the lines counted from the top, each with a position of its own', () => {
		const seed = seedDocument(seedText('002'));
		for (const width of [23, 37]) {
			const lazy = layoutDocument(seed, options(width));
			const head = {block: -1, index: 0};
			const rows = [head];
			for (let move = lazy.moveRow(head, 1); move.moved === 1; move = lazy.moveRow(move.row, 1)) {
				rows.push(move.row);
			}

			const top = lazy.slice(0, lazy.lineCount() + 10);

			expect(rows.length).toBe(top.length);
			expect(rows.at(-1)).toEqual(lazy.lastRow());
			expect(lazy.rowsFrom(head, top.length + 5)).toEqual(top);
			for (const [line, row] of rows.entries()) {
				expect(lazy.rowOf(lazy.positionOfRow(row)), `row ${line} at ${width}`).toEqual(row);
				expect(lazy.rowsFrom(row, 1)[0]).toBe(top[line]);
			}

			const back = lazy.moveRow(rows.at(-1)!, -(rows.length + 3));
			expect(back).toEqual({row: head, moved: rows.length - 1});
			expect(lazy.moveRow(rows[5] ?? head, -3)).toEqual({row: rows[2], moved: 3});
		}
	});

	test('the last rows of a long document come from its last blocks only', () => {
		const seed = seedDocument(seedText('002'));
		const long: Document = {...seed, blocks: Array.from({length: 10}, () => seed.blocks).flat()};
		const layout = layoutDocument(long, options(30));
		const last = layout.lastRow();
		const view = layout.moveRow(last, -40);
		expect(view.moved).toBe(40);
		expect(layout.rowsFrom(view.row, 100)).toHaveLength(41);
		expect(layout.blocksLaidOut).toBeLessThan(30);
		expect(last.block).toBe(long.blocks.length - 1);
		// Counting from the top agrees, once everything above is laid out.
		expect(layout.slice(layout.lineCount() - 41, 41)).toEqual(layout.rowsFrom(view.row, 41));
		expect(layout.blocksLaidOut).toBe(long.blocks.length);
	});
});

describe('highlightSegments', () => {
	test('highlights a hit that crosses a line break on both lines', () => {
		const layout = layoutDocument(document, options(20));
		// `回村，引导` spans the lines `　　驻村干部按时回` and `村，引导村民暂停走亲`.
		const start = document.blocks[1]?.text.indexOf('回村，引导') ?? -1;
		expect(highlightSegments(layout.slice(0, 20), document, 1, start, start + 5, 'narrow')).toEqual([
			{row: 5, fromColumn: 16, toColumn: 18, from: 8, to: 9},
			{row: 6, fromColumn: 0, toColumn: 8, from: 0, to: 4},
		]);
	});

	test('highlights in the title and accounts for tabs', () => {
		const withTab: Document = {...document, blocks: [{kind: 'paragraph', text: 'a\tbc'}]};
		const layout = layoutDocument(withTab, options(20, {indent: 0}));
		const lines = layout.slice(0, 20);
		expect(highlightSegments(lines, withTab, -1, 2, 4, 'narrow')).toEqual([{row: 0, fromColumn: 4, toColumn: 8, from: 2, to: 4}]);
		const row = layout.lineOf({block: 0, offset: 0});
		expect(lines[row]?.text).toBe('a   bc');
		expect(highlightSegments(lines, withTab, 0, 2, 3, 'narrow')).toEqual([{row, fromColumn: 4, toColumn: 5, from: 4, to: 5}]);
	});
});

describe('laziness', () => {
	test('shows the first screen of a 3 MB single paragraph without wrapping all of it', () => {
		const text = '疫情防控，人民战争。“硬核”条件与力量，Hello 2020年5月9日。'.repeat(80_000);
		const huge: Document = {...document, blocks: [{kind: 'paragraph', text}]};
		// Work is counted in grapheme clusters scanned, not in milliseconds (a busy machine is slow, not wrong).
		const scanned = vi.spyOn(ClusterScanner.prototype, 'next');
		const layout = layoutDocument(huge, options(80));
		const lines = layout.slice(0, 50);
		expect(lines).toHaveLength(50);
		// The paragraph has 2.6 million clusters; 50 lines need about 2,000, analysed in steps of 4,096.
		expect(scanned.mock.calls.length).toBeLessThan(20_000);
		scanned.mockRestore();
		const far = layout.lineOf({block: 0, offset: 1_000_000});
		expect(layout.slice(far, 1)[0]?.start).toBeLessThanOrEqual(1_000_000);
	});
});
