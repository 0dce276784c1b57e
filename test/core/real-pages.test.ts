import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {printDocument} from '../../source/cli/batch/print-document.js';
import type {Document} from '../../source/core/document.js';
import {allText, loadDocument, root} from '../helpers/load-document.js';
import {textWidth} from '../../source/core/layout/text-width.js';

const real = (name: string) => path.join(root, 'test/fixtures/real', name);

// What a reader sees of an HTML fragment: its text, entities decoded, without markup or spaces.
const visibleText = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, '');

// `--print` at a narrow width, wrapped lines joined again, indentation and spaces removed.
const printed = (document: Document) => printDocument(document, {width: 40, indent: 2, ambiguous: 'narrow'}).join('').replace(/\s+/g, '');

// The text of each <p> in the part of the page between two markers.
function paragraphsBetween(html: string, start: string, end: string): string[] {
	const part = html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)));
	return [...part.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => visibleText(match[1]!)).filter(Boolean);
}

describe('a news page (Xinhua, 2019)', async () => {
	const html = readFileSync(real('xinhua-strike.html'), 'utf8');
	const document = await loadDocument(real('xinhua-strike.html'));

	test('every paragraph of the article is printed, whole and in order', () => {
		const paragraphs = paragraphsBetween(html, '<div id="p-detail">', '<div class="tadd">');
		expect(paragraphs).toHaveLength(5);
		const text = printed(document);
		let from = 0;
		for (const paragraph of paragraphs) {
			const at = text.indexOf(paragraph, from);
			expect(at, paragraph).toBeGreaterThanOrEqual(from);
			from = at + paragraph.length;
		}
	});

	test('navigation, share buttons, related and hot links are gone, and counted', () => {
		const text = allText(document);
		for (const chrome of ['未成年人网游防沉迷调查', '关注新华网', 'Qzone', '【纠错】', '大数据"坑熟客"', '欧盟外长理事会会议在布鲁塞尔举行', '加载更多', '新华网 正文']) {
			expect(text).not.toContain(chrome);
		}

		expect(document.extraction).toBe('article');
		expect(document.droppedChrome).toBeGreaterThan(20);
	});

	test('title, date and source still come from the page around the article', () => {
		expect(document).toMatchObject({title: '法国全国大罢工再次严重影响交通', date: '2019-12-10', source: '新华网'});
	});
});

describe('a government notice (Zhejiang DRC, 2016)', async () => {
	const html = readFileSync(real('zj-drc-investment.html'), 'utf8');
	const document = await loadDocument(real('zj-drc-investment.html'));

	test('the notice is printed whole; breadcrumbs, menus, print and close buttons and the footer are not', () => {
		const [notice] = paragraphsBetween(html, 'ContentStart', 'ContentEnd');
		expect(notice).toMatch(/^1-10月，全县固定资产投资完成246\.79亿元.*（德清县发改局）$/u);
		expect(printed(document)).toContain(notice);
		for (const chrome of ['当前位置', '发展改革工作', '无障碍浏览', '打印', '关闭', '版权所有', '大汉网络']) {
			expect(allText(document)).not.toContain(chrome);
		}
	});

	test('the title and date are the notice\'s', () => {
		expect(document).toMatchObject({title: '1-10月德清县固定资产投资结构趋稳趋优', date: '2016-11-22', extraction: 'article'});
	});
});

describe('a book page with tables and a list (Rust 程序设计语言 简体中文版, mdBook)', async () => {
	const name = 'trpl-zh-cn-data-types.html';
	const html = readFileSync(real(name), 'utf8');
	const main = html.slice(html.indexOf('<main>'), html.indexOf('</main>'));
	const document = await loadDocument(real(name));
	const lines = printDocument(document, {width: 80, indent: 2, ambiguous: 'narrow'});
	const cellsOf = (row: string) => [...row.matchAll(/<t[hd]>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1]!.replace(/<[^>]*>/g, ''));
	const tables = [...main.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) => [...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => cellsOf(row[1]!)));

	test('no text of the article is lost: every heading, paragraph, item and row is printed, in order', () => {
		const pieces = [...main.matchAll(/<(h[2-5]|p|li|tr)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => visibleText(match[2]!)).filter(Boolean);
		expect(pieces.length).toBeGreaterThan(25);
		const text = lines.join('').replace(/[\s│─┼•]/gu, '');
		let from = 0;
		for (const piece of pieces) {
			const at = text.indexOf(piece, from);
			expect(at, piece).toBeGreaterThanOrEqual(from);
			from = at + piece.length;
		}
	});

	test('each table row is one printed line, its columns aligned by display width', () => {
		expect(tables.map((rows) => rows.length)).toEqual([7, 6]);
		for (const rows of tables) {
			const printedRows = rows.map((cells) => lines.find((line) => line.startsWith(cells[0]!) && cells.every((cell) => line.includes(cell))));
			expect(printedRows.every(Boolean), JSON.stringify(rows)).toBe(true);
			const bars = printedRows.map((line) => [...line!.matchAll(/│/g)].map((bar) => textWidth(line!.slice(0, bar.index))));
			expect(bars[0]).toHaveLength(rows[0]!.length - 1);
			expect(new Set(bars.map((columns) => columns.join(','))).size).toBe(1);
		}
	});

	test('the list keeps its bullets, one item each', () => {
		const items = [...main.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((item) => item[1]!.replace(/<[^>]*>/g, ''));
		expect(items).toHaveLength(4);
		expect(document.blocks.filter((block) => block.kind === 'list-item').map((block) => `${block.marker} ${block.text}`)).toEqual(items.map((item) => `• ${item}`));
		for (const item of items) {
			expect(lines).toContain(`• ${item}`);
		}
	});

	test('the menu\'s theme list is chrome; the title is the page\'s', () => {
		expect(allText(document)).not.toMatch(/Coal|Navy|Ayu/u);
		expect(document).toMatchObject({title: '数据类型', extraction: 'article'});
	});
});

describe('a book page with a numbered list (Rust By Example 简体中文版, macro_rules!)', async () => {
	const name = 'rbe-macros.html';
	const html = readFileSync(real(name), 'utf8');
	const main = html.slice(html.indexOf('<main>'), html.indexOf('</main>'));
	const document = await loadDocument(real(name));
	const lines = printDocument(document, {width: 80, indent: 2, ambiguous: 'narrow'});
	const decode = (text: string) => text.replaceAll('&gt;', '>').replaceAll('&lt;', '<').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

	test('the list keeps its numbers, each item whole; continuation lines hang under the text', () => {
		const items = [...main.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((item) => item[1]!.replace(/<[^>]*>/g, '').trim());
		expect(items).toHaveLength(3);
		const listed = document.blocks.filter((block) => block.kind === 'list-item');
		expect(listed.map((block) => [block.marker, block.text])).toEqual(items.map((item, index) => [`${index + 1}.`, item]));
		const first = lines.findIndex((line) => line.startsWith('1. '));
		expect(lines[first + 1]).toMatch(/^ {3}\S/u);
	});

	test('the code sample is printed verbatim, line for line', () => {
		const code = decode(/<pre[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/.exec(main)![1]!);
		const start = lines.indexOf(code.split('\n')[0]!);
		expect(lines.slice(start, start + code.split('\n').length)).toEqual(code.split('\n'));
	});

	test('no text of the article is lost: every heading, paragraph, item and code line is printed, in order', () => {
		const pieces = [...main.matchAll(/<(h1|p|pre)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => decode(visibleText(match[2]!)));
		expect(pieces).toHaveLength(8);
		const text = lines.join('').replace(/\s/gu, '');
		let from = 0;
		for (const piece of pieces) {
			const at = text.indexOf(piece, from);
			expect(at, piece).toBeGreaterThanOrEqual(from);
			from = at + piece.length;
		}
	});
});
