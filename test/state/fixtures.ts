import type {Block, Document, Section} from '../../source/core/document.js';
import type {DocumentLayout, LayoutDocument, LayoutLine, Position, Row} from '../../source/core/layout/layout-types.js';
import {documentKey} from '../../source/core/document-key.js';
import {locateHit, SearchIndex} from '../../source/core/search/index.js';
import {collectHits} from '../../source/state/search-service.js';
import type {TerminalSize} from '../../source/state/geometry.js';
import type {ReaderEnv} from '../../source/state/reader-env.js';
import {createServices, envOf, type Services} from '../../source/state/services.js';

/** A document from headings (lines starting with '# ') and paragraphs. */
export function makeDocument(title: string, lines: readonly string[], meta: Partial<Document> = {}): Document {
	const blocks: Block[] = lines.map(line =>
		line.startsWith('# ') ? {kind: 'heading', level: 1, text: line.slice(2)} : {kind: 'paragraph', text: line},
	);
	const sections: Section[] = blocks.flatMap((block, index) =>
		block.kind === 'heading' ? [{level: block.level, title: block.text, block: index}] : [],
	);
	return {
		key: documentKey(`/data/${title}.txt`), title, date: '2022-04-13', author: null, source: '新华社', id: `${title}.txt`, path: `/data/${title}.txt`,
		format: 'text', encoding: 'utf-8', script: 'simplified', blocks, sections, chars: lines.join('').length,
		droppedChrome: 0, extraction: 'none', ...meta,
	};
}

function line(text: string, kind: LayoutLine['kind'], block: number, start: number, end: number): LayoutLine {
	return {text, kind, block, start, end, indentWidth: 0};
}

/**
 * A deliberately simple layout for tests: every character counts two columns, a
 * blank line follows each block. Every line's position round-trips through `lineOf`/`positionOf`.
 */
export const simpleLayout: LayoutDocument = (document, options) => {
	const perLine = Math.max(1, Math.floor(options.width / 2));
	const lines: LayoutLine[] = [line(document.title.slice(0, perLine), 'title', -1, 0, 0)];
	lines.push(line([document.date, document.source].filter(Boolean).join(' · '), 'meta', -1, 1, 1), line('', 'blank', -1, 2, 2));
	for (const [index, block] of document.blocks.entries()) {
		for (let start = 0; start < block.text.length; start += perLine) {
			const end = Math.min(block.text.length, start + perLine);
			lines.push(line(block.text.slice(start, end), block.kind, index, start, end));
		}

		lines.push(line('', 'blank', index, block.text.length, block.text.length));
	}

	const lineOf = (position: Position): number => {
		if (position.block >= 0 && position.offset < 0) {
			// The blank line before a block, as the real layout has it.
			return position.block === 0 ? 2 : lines.findIndex(l => l.kind === 'blank' && l.block === position.block - 1);
		}

		const found = lines.findLastIndex(l => l.block === position.block && l.start <= position.offset);
		return found === -1 ? (position.block < 0 ? 0 : lines.length - 1) : found;
	};

	const positionOf = (n: number): Position => {
		const at = lines[Math.max(0, Math.min(n, lines.length - 1))]!;
		return at.kind === 'blank' && at.block >= 0 && at.block + 1 < document.blocks.length ? {block: at.block + 1, offset: -1} : {block: at.block, offset: at.start};
	};

	// A row is a line named by the block its position is in (the head: -1) and its place among that block's lines.
	const blockOf = lines.map((_, n) => positionOf(n).block);
	const firstLine = new Map<number, number>();
	for (const [n, block] of blockOf.entries()) {
		firstLine.set(block, firstLine.get(block) ?? n);
	}

	const row = (n: number): Row => ({block: blockOf[n]!, index: n - firstLine.get(blockOf[n]!)!});
	const lineOfRow = (at: Row): number => firstLine.get(at.block)! + at.index;
	const layout: DocumentLayout = {
		options,
		lineOf,
		positionOf,
		rowOf: position => row(lineOf(position)),
		positionOfRow: at => positionOf(lineOfRow(at)),
		rowsFrom: (at, count) => lines.slice(lineOfRow(at), lineOfRow(at) + count),
		moveRow(at, delta) {
			const to = Math.max(0, Math.min(lines.length - 1, lineOfRow(at) + delta));
			return {row: row(to), moved: Math.abs(to - lineOfRow(at))};
		},
		lastRow: () => row(lines.length - 1),
		slice: (from, count) => lines.slice(from, from + count),
		lineCount: () => lines.length,
	};
	return layout;
};

/** Three documents; the second has three sections and 40 paragraphs. */
export const documents = [
	makeDocument('北乡义镇抗疫纪实', ['四月春暖花开之际,全国疫情形势依然严峻。', '# 一个支部就是一座堡垒', '支部是堡垒,党员是先锋。']),
	makeDocument('坚决打赢疫情防控的人民战争', [
		'# 信心',
		...Array.from({length: 12}, (_, i) => `沧海横流,方显英雄本色${i}。`),
		'# 责任',
		...Array.from({length: 12}, (_, i) => `自信者强,自强者胜${i}。`),
		'# 仁爱',
		...Array.from({length: 12}, (_, i) => `万众一心${i}。`),
	]),
	makeDocument('第五季净月微发现', ['注册']),
] as const satisfies readonly Document[];

/** Services over the test documents and the simple layout. */
export function testServices(docs: readonly Document[] = documents): Services {
	return createServices({layoutDocument: simpleLayout, ambiguous: 'narrow', indent: 2, documents: docs});
}

/** What reducers see: the documents, the simple layout, a 100×30 terminal unless told, and a full-text index built at once. */
export function testEnv(docs: readonly Document[] = documents, size: TerminalSize = {columns: 100, rows: 30}): ReaderEnv {
	const index = new SearchIndex();
	for (const document of docs) {
		index.add(document.key, document);
	}

	return {...envOf(testServices(docs), size), search: (query) => collectHits(index, {locateHit}, query, docs.length)};
}
