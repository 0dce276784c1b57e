import {en} from '../../source/state/messages/en.js';
import {messageTables} from '../../source/state/messages/messages.js';
import {describe, expect, test} from 'vitest';
import {geometry} from '../../source/state/geometry.js';
import {textOffsetOf} from '../../source/core/document-offset.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {hintFacts, hints, listStart, readerView, sectionStatus} from '../../source/state/selectors.js';
import {documents, testEnv} from './fixtures.js';

const env = testEnv();
const key = documents[1].key;
const reading = initialState({key});
const percent = (view: {percent: number}) => view.percent;
const at = (block: number, offset = 0): AppState => ({...reading, reader: {open: key, top: textOffsetOf(documents[1], {block, offset})}});

describe('geometry', () => {
	test.each([
		[{columns: 100, rows: 30}, {tooSmall: false, split: true, listWidth: 30, readerWidth: 69, bodyHeight: 28}],
		[{columns: 200, rows: 50}, {tooSmall: false, split: true, listWidth: 40, readerWidth: 159, bodyHeight: 48}],
		[{columns: 70, rows: 24}, {tooSmall: false, split: true, listWidth: 21, readerWidth: 48, bodyHeight: 22}],
		[{columns: 69, rows: 24}, {tooSmall: false, split: false, listWidth: 69, readerWidth: 69, bodyHeight: 22}],
		[{columns: 40, rows: 12}, {tooSmall: false, split: false, listWidth: 40, readerWidth: 40, bodyHeight: 10}],
		[{columns: 19, rows: 12}, {tooSmall: true, split: false, listWidth: 19, readerWidth: 19, bodyHeight: 10}],
		[{columns: 40, rows: 5}, {tooSmall: true, split: false, listWidth: 40, readerWidth: 40, bodyHeight: 3}],
	])('%j', (size, expected) => {
		expect(geometry(size)).toEqual(expected);
	});
});

describe('reader view', () => {
	test('shows the lines from the position, as many as fit', () => {
		const view = readerView(at(13), env);
		expect(view.atStart).toBe(false);
		expect(view.lines).toHaveLength(28);
		expect(view.lines[0]?.text).toBe('责任');
		// As less counts it: the share of the text up to the end of the last line in view.
		const last = view.lines.at(-1)!;
		const blocks = documents[1].blocks;
		const before = blocks.slice(0, last.block).reduce((sum, block) => sum + block.text.length, 0) + last.end;
		const total = blocks.reduce((sum, block) => sum + block.text.length, 0);
		expect(percent(view)).toBe(Math.floor((100 * before) / total));
		expect(percent(view)).toBe(80);
	});

	test('the percentage grows as the reader scrolls and is 100 only at the end', () => {
		let state = reading;
		const seen: number[] = [];
		for (let step = 0; step < 60; step++) {
			seen.push(percent(readerView(state, env)));
			const next = env.layoutOf(documents[1], geometry(env.size).readerWidth).positionOf(step + 1);
			state = at(next.block, next.offset);
		}

		expect(seen).toEqual([...seen].sort((a, b) => a - b));
		expect(seen[0]).toBeLessThan(50);
		expect(seen.filter((value) => value === 100).length).toBeGreaterThan(0);
		expect(seen.slice(0, seen.indexOf(100)).every((value) => value < 100)).toBe(true);
	});

	test('a short document is 100%', () => {
		expect(percent(readerView(initialState({key: documents[2].key}), env))).toBe(100);
	});

	test('section status', () => {
		expect(sectionStatus(reading, env)).toEqual({index: 0, count: 3, title: ''});
		expect(sectionStatus(at(20, 4), env)).toEqual({index: 2, count: 3, title: '责任'});
	});
});

describe('hints come from the keymap', () => {
	test.each([
		[{overlay: 'none', focus: 'list'}, ['Enter open', 'Tab pane', 'o outline', '/ search', '? help', 'q quit']],
		[{overlay: 'none', focus: 'reader'}, ['Space page', '] section', 'Tab pane', 'o outline', '/ search', '? help', 'q quit']],
		[{overlay: 'search', focus: 'list'}, ['Enter open', 'Esc cancel']],
		[{overlay: 'outline', focus: 'list'}, ['Enter jump', 'Esc close', 'Tab pane', '/ search', '? help']],
	] as const)('%j', (state, expected) => {
		expect(hints(state, en).map(hint => hint.text)).toEqual(expected);
	});
});

describe('hints show only keys that do something now', () => {
	const all = {documents: true, listed: true, sections: true, 'next-section': true, below: true, 'listed-sections': true, result: true, panes: true};
	test.each([
		['a document without sections', {overlay: 'none', focus: 'reader'}, {...all, sections: false, 'next-section': false}, ['Space page', 'Tab pane', '/ search', '? help', 'q quit']],
		['a document that fits the pane', {overlay: 'none', focus: 'reader'}, {...all, below: false}, ['] section', 'Tab pane', 'o outline', '/ search', '? help', 'q quit']],
		['the end of a document, in its last section', {overlay: 'none', focus: 'reader'}, {...all, below: false, 'next-section': false}, ['Tab pane', 'o outline', '/ search', '? help', 'q quit']],
		['no documents yet', {overlay: 'none', focus: 'list'}, {...all, documents: false, listed: false, sections: false}, ['Tab pane', '? help', 'q quit']],
		['a list narrowed to nothing', {overlay: 'none', focus: 'list'}, {...all, listed: false}, ['Tab pane', 'o outline', '/ search', '? help', 'q quit']],
		['an outline filtered to nothing', {overlay: 'outline', focus: 'reader'}, {...all, 'listed-sections': false, panes: false}, ['Esc close', '/ search', '? help']],
		['help over the panes: Tab would change nothing in view', {overlay: 'help', focus: 'reader'}, {...all, panes: false}, ['Esc close', 'o outline', '/ search']],
		['a search with no result: Enter only goes back, as Esc', {overlay: 'search', focus: 'reader'}, {...all, result: false}, ['Esc cancel']],
		['a filter that lets nothing through', {overlay: 'filter', focus: 'list'}, {...all, listed: false}, ['Esc cancel']],
	] as const)('%s', (_name, state, facts, expected) => {
		expect(hints(state, en, facts).map(hint => hint.text)).toEqual(expected);
	});

	const context = {documents: env.documents, listed: env.documents, results: 0};
	test('facts come from the document in view', () => {
		const short = initialState({key: documents[2].key});
		expect(hintFacts(short, context, readerView(short, env))).toEqual({documents: true, listed: true, sections: false, 'next-section': false, below: false, 'listed-sections': false, result: false, panes: true});
		expect(hintFacts(at(13), {...context, results: 3}, readerView(at(13), env))).toEqual({documents: true, listed: true, sections: true, 'next-section': true, below: true, 'listed-sections': true, result: true, panes: true});
	});

	test('at the end, in the last section, neither Space nor ] is hinted', () => {
		const layout = env.layoutOf(documents[1], geometry(env.size).readerWidth);
		const end = layout.positionOfRow(layout.lastRow());
		const state = at(end.block, end.offset);
		const facts = hintFacts(state, context, readerView(state, env));
		expect(sectionStatus(state, env).index).toBe(sectionStatus(state, env).count);
		expect(facts.below).toBe(false);
		expect(facts['next-section']).toBe(false);
		expect(hints(state, en, facts).map(hint => hint.text)).not.toContain('Space page');
		expect(hints(state, en, facts).map(hint => hint.text)).not.toContain('] section');
	});
});

test.each([
	[0, 50, 10, 0],
	[7, 50, 10, 2],
	[49, 50, 10, 40],
	[3, 5, 10, 0],
])('list start for row %i of %i in %i rows is %i', (selected, count, height, start) => {
	expect(listStart(selected, count, height)).toBe(start);
});

test('hints speak the interface language; the keys stay as typed', () => {
	const hans = hints({overlay: 'none', focus: 'list'}, messageTables['zh-Hans']).map(hint => hint.text);
	const hant = hints({overlay: 'none', focus: 'list'}, messageTables['zh-Hant']).map(hint => hint.text);
	expect(hans).toEqual(['Enter 打开', 'Tab 切换', 'o 目录', '/ 搜索', '? 帮助', 'q 退出']);
	expect(hant).toEqual(['Enter 開啟', 'Tab 切換', 'o 目錄', '/ 搜尋', '? 說明', 'q 離開']);
	expect(hints({overlay: 'none', focus: 'list'}, en).map(hint => hint.hint)).toEqual(hints({overlay: 'none', focus: 'list'}, messageTables['zh-Hans']).map(hint => hint.hint));
});
