import {describe, expect, test} from 'vitest';
import {createReducer, initialState, type Action, type ReaderState} from '../../source/state/reducer.js';
import {testEnv} from './fixtures.js';

const env = testEnv();
const reducer = createReducer(env);
// 100×30: reader 69 columns (34 characters a line), body 28 rows; document 1 has 81 lines,
// block k of it on line 3 + 2k.
const start = initialState({columns: 100, rows: 30});
const reading: ReaderState = {...start, selected: 1, open: 1, focus: 'reader'};
const at = (block: number, offset = 0) => ({block, offset});

type Row = [name: string, state: ReaderState, action: Action, expected: Partial<ReaderState>];

const table: Row[] = [
	['list down previews the next document', start, {type: 'move-selection', delta: 1}, {selected: 1, open: 1, position: at(-1)}],
	['list up stops at the first', start, {type: 'move-selection', delta: -1}, {selected: 0, open: 0}],
	['list bottom clamps', start, {type: 'select-document', index: 99}, {selected: 2, open: 2}],
	['select resets the position', {...reading, position: at(5)}, {type: 'select-document', index: 0}, {selected: 0, open: 0, position: at(-1)}],
	['enter opens and focuses the reader', {...start, selected: 1, open: 1}, {type: 'open-document'}, {open: 1, focus: 'reader'}],
	['tab toggles focus', start, {type: 'toggle-focus'}, {focus: 'reader'}],
	['esc in the reader goes back to the list', reading, {type: 'back'}, {focus: 'list'}],
	['j moves one line: title to metadata', reading, {type: 'move-line', delta: 1}, {position: {block: -1, offset: 1}}],
	['k at the top stays', reading, {type: 'move-line', delta: -1}, {position: at(-1)}],
	['three lines down reaches the first heading', reading, {type: 'move-line', delta: 3}, {position: at(0)}],
	['page down keeps one line of context (27 lines)', reading, {type: 'page', pages: 1}, {position: at(12)}],
	['half page down', reading, {type: 'page', pages: 0.5}, {position: at(5)}],
	['page up from the middle', {...reading, position: at(13)}, {type: 'page', pages: -1}, {position: {block: -1, offset: 2}}],
	['bottom puts the end on the last row', reading, {type: 'go-bottom'}, {position: at(25)}],
	['top', {...reading, position: at(20)}, {type: 'go-top'}, {position: at(-1)}],
	['next section from the head', reading, {type: 'next-section'}, {position: at(0)}],
	['next section from the first', {...reading, position: at(0)}, {type: 'next-section'}, {position: at(13)}],
	['next section after the last stays', {...reading, position: at(26)}, {type: 'next-section'}, {position: at(26)}],
	['previous section from inside one', {...reading, position: at(20)}, {type: 'previous-section'}, {position: at(13)}],
	['previous section before the first goes to the head', {...reading, position: at(0)}, {type: 'previous-section'}, {position: at(-1)}],
	['resize keeps the position', {...reading, position: {block: 5, offset: 3}}, {type: 'resize', size: {columns: 50, rows: 12}}, {position: {block: 5, offset: 3}, size: {columns: 50, rows: 12}}],
	['outline opens on the current section', {...reading, position: at(20)}, {type: 'open-outline'}, {mode: 'outline', outlineCursor: 1}],
	['outline cursor clamps', {...reading, mode: 'outline', outlineCursor: 2}, {type: 'move-outline', delta: 1}, {outlineCursor: 2}],
	['outline enter jumps', {...reading, mode: 'outline', outlineCursor: 2, focus: 'list'}, {type: 'outline-jump'}, {mode: 'none', focus: 'reader', position: at(26)}],
	['help opens', reading, {type: 'open-help'}, {mode: 'help'}],
	['esc closes an overlay', {...reading, mode: 'help'}, {type: 'close-overlay'}, {mode: 'none'}],
	['search starts empty', {...reading, search: {query: 'x', hits: [1]}}, {type: 'start-search'}, {mode: 'search', search: {query: '', hits: [1]}}],
	['search types', {...start, mode: 'search'}, {type: 'search-insert', text: '疫'}, {search: {query: '疫', hits: []}}],
	['search deletes a whole character', {...start, mode: 'search', search: {query: '疫情', hits: []}}, {type: 'search-delete'}, {search: {query: '疫', hits: []}}],
	['search submit selects the first hit after the cursor', {...start, mode: 'search', search: {query: '疫', hits: []}}, {type: 'search-submit'}, {mode: 'none', focus: 'list', selected: 1, open: 1, search: {query: '疫', hits: [0, 1]}}],
	['n wraps around the hits', {...reading, search: {query: '疫', hits: [0, 1]}}, {type: 'next-hit', delta: 1}, {selected: 0, open: 0}],
	['N goes back', {...start, search: {query: '疫', hits: [0, 1]}}, {type: 'next-hit', delta: -1}, {selected: 1, open: 1}],
	['quit', start, {type: 'quit'}, {quit: true}],
	['a burst routes each key against the state before it', reading, {type: 'keys', keys: ['o', 'j', 'return']}, {mode: 'none', outlineCursor: 1, position: at(13)}],
	['a burst of j counts every key', reading, {type: 'keys', keys: ['j', 'j', 'j']}, {position: at(0)}],
	['in the search box q is text', {...start, mode: 'search'}, {type: 'keys', keys: ['q', 'space', 'return']}, {quit: false, mode: 'none', search: {query: 'q ', hits: []}}],
];

describe('reducer', () => {
	test.each(table)('%s', (_name, state, action, expected) => {
		const next = reducer(state, action);
		expect(next).toEqual({...state, ...expected});
	});

	test('an action that changes nothing returns the same object', () => {
		expect(reducer(reading, {type: 'move-line', delta: -1})).toBe(reading);
		expect(reducer(start, {type: 'close-overlay'})).toBe(start);
	});

	test('with no documents, reader actions are ignored', () => {
		const empty = initialState({columns: 80, rows: 24});
		const emptyReducer = createReducer(testEnv([]));
		expect(emptyReducer(empty, {type: 'move-line', delta: 1})).toBe(empty);
		expect(emptyReducer(empty, {type: 'open-outline'})).toBe(empty);
	});
});

describe('help scrolling', () => {
	const small = {...initialState({columns: 40, rows: 12}), mode: 'help' as const};
	test.each([
		['down one', 0, 1, 1],
		['up from the top stays', 0, -1, 0],
		['far down stops at the last screen', 0, 999, -1],
	])('%s', (_name, from, delta, expected) => {
		const next = reducer({...small, helpTop: from}, {type: 'scroll-help', delta});
		const last = reducer({...small, helpTop: 0}, {type: 'scroll-help', delta: 9999}).helpTop;
		expect(next.helpTop).toBe(expected === -1 ? last : expected);
		expect(last).toBeGreaterThan(0);
	});

	test('j in help scrolls the help, not the reader', () => {
		const next = reducer({...small, helpTop: 0}, {type: 'keys', keys: ['j', 'j']});
		expect(next.helpTop).toBe(2);
		expect(next.position).toEqual(small.position);
	});

	test('opening help starts at the top', () => {
		expect(reducer({...small, mode: 'none', helpTop: 5}, {type: 'open-help'}).helpTop).toBe(0);
	});
});
