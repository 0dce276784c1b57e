import {describe, expect, test} from 'vitest';
import {headStart} from '../../source/core/document-offset.js';
import {help, list, outline, reader, root, search, type AppAction} from '../../source/state/actions.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {routeKeys} from '../../source/state/key-router.js';
import {reduce} from '../../source/state/reduce.js';
import {listedDocuments} from '../../source/state/open-document.js';
import {readerView} from '../../source/state/selectors.js';
import {initialSearch} from '../../source/state/slices/search.js';
import {documents, testEnv} from './fixtures.js';

const env = testEnv();
const [first, second, third] = documents.map(document => document.key) as [typeof documents[0]['key'], typeof documents[0]['key'], typeof documents[0]['key']];
// 100×30: reader 69 columns (34 characters a line), body 28 rows; document 1 has 81 lines,
// block k of it on line 3 + 2k.
const start = initialState();
const reading: AppState = {...start, list: {selected: second}, reader: {open: second, top: headStart}, focus: 'reader'};
/** Text offset of a block's start (plus an offset into it) in document 1, summed here, not by the code under test. */
const at = (block: number, offset = 0) => documents[1].blocks.slice(0, block).reduce((sum, b) => sum + b.text.length, 0) + offset;
const head = (offset = 0) => headStart + offset;
const top = (state: AppState, offset: number): AppState => ({...state, reader: {...state.reader, top: offset}});
const readerAt = (offset: number) => ({reader: {open: second, top: offset}});

/** Hits of a query, as the index finds them (the index itself is tested in test/search). */
const hitsOf = (query: string) => env.search(query).hits;

type Row = [name: string, state: AppState, action: AppAction, expected: Partial<AppState>];

const table: Row[] = [
	['list down previews the next document', start, list({type: 'move', delta: 1}), {list: {selected: second}, reader: {open: second, top: head()}}],
	['list up stops at the first', start, list({type: 'move', delta: -1}), {list: {selected: first}, reader: {open: first, top: head()}}],
	['list bottom is the last', start, list({type: 'last'}), {list: {selected: third}, reader: {open: third, top: head()}}],
	['select resets the position', top(reading, at(5)), list({type: 'first'}), {list: {selected: first}, reader: {open: first, top: head()}}],
	['enter opens and focuses the reader', {...start, list: {selected: second}}, root({type: 'open-document'}), {reader: {open: second, top: head()}, focus: 'reader'}],
	['enter on the open document keeps its position', top(reading, at(5)), root({type: 'open-document'}), {}],
	['tab toggles focus', start, root({type: 'toggle-focus'}), {focus: 'reader'}],
	['esc in the reader goes back to the list', reading, root({type: 'back'}), {focus: 'list'}],
	['j moves one line: title to metadata', reading, reader({type: 'scroll-lines', lines: 1}), readerAt(head(1))],
	['three lines down reaches the first heading', reading, reader({type: 'scroll-lines', lines: 3}), readerAt(at(0))],
	['page down keeps one line of context (27 lines)', reading, reader({type: 'scroll-pages', pages: 1}), readerAt(at(12))],
	['half page down', reading, reader({type: 'scroll-pages', pages: 0.5}), readerAt(at(5))],
	['page up from the middle', top(reading, at(13)), reader({type: 'scroll-pages', pages: -1}), readerAt(head(2))],
	['bottom puts the end on the last row', reading, reader({type: 'bottom'}), readerAt(at(25))],
	['top', top(reading, at(20)), reader({type: 'top'}), readerAt(head())],
	['next section from the head', reading, reader({type: 'next-section'}), readerAt(at(0))],
	['next section from the first', top(reading, at(0)), reader({type: 'next-section'}), readerAt(at(13))],
	['previous section from inside one', top(reading, at(20)), reader({type: 'previous-section'}), readerAt(at(13))],
	['previous section before the first goes to the head', top(reading, at(0)), reader({type: 'previous-section'}), readerAt(head())],
	['a previewed document becomes the open one when scrolled', {...start, list: {selected: second}}, reader({type: 'scroll-lines', lines: 3}), {list: {selected: second}, reader: {open: second, top: at(0)}}],
	['outline opens on the current section', top(reading, at(20)), root({type: 'open-outline'}), {overlay: 'outline', outline: {cursor: 1, filter: ''}}],
	['outline cursor clamps', {...reading, overlay: 'outline', outline: {cursor: 2, filter: ''}}, outline({type: 'move', delta: 1}), {}],
	['outline enter jumps', {...reading, overlay: 'outline', outline: {cursor: 2, filter: ''}, focus: 'list'}, root({type: 'outline-jump'}), {overlay: 'none', focus: 'reader', ...readerAt(at(26))}],
	['outline filter keeps matching sections; enter jumps to the match', {...reading, overlay: 'outline', outline: {cursor: 0, filter: '仁'}}, root({type: 'outline-jump'}), {overlay: 'none', ...readerAt(at(26))}],
	['outline: Esc clears a filter before it closes', {...reading, overlay: 'outline', outline: {cursor: 0, filter: '仁'}}, root({type: 'close-overlay'}), {outline: {cursor: 0, filter: ''}}],
	['help opens at the top', {...reading, help: {top: 5}}, root({type: 'open-help'}), {overlay: 'help', help: {top: 0}}],
	['esc closes an overlay', {...reading, overlay: 'help'}, root({type: 'close-overlay'}), {overlay: 'none'}],
	['search starts empty, remembers the last search and where the reader was', {...reading, search: {...initialSearch, query: 'x', submitted: 'x'}}, root({type: 'start-search'}), {overlay: 'search', search: {...initialSearch, submitted: 'x', before: {focus: reading.focus, selected: reading.list.selected, open: reading.reader.open, top: reading.reader.top}}}],
	['search types', {...start, overlay: 'search'}, search({type: 'insert', text: '疫'}), {search: {...initialSearch, query: '疫'}}],
	['an input method commits several characters at once', {...start, overlay: 'search'}, search({type: 'insert', text: '疫情'}), {search: {...initialSearch, query: '疫情'}}],
	['search deletes a whole character', {...start, overlay: 'search', search: {...initialSearch, query: '疫𠀀'}}, search({type: 'delete'}), {search: {...initialSearch, query: '疫'}}],
	['the result cursor moves and stops at the last result', {...start, overlay: 'search', search: {...initialSearch, query: '疫'}}, search({type: 'move', delta: 5}), {search: {...initialSearch, query: '疫', cursor: hitsOf('疫').length - 1}}],
	['Enter opens the document at the hit under the cursor', {...start, overlay: 'search', search: {...initialSearch, query: '疫', cursor: 1}}, root({type: 'search-submit'}), {overlay: 'none', focus: 'reader', list: {selected: hitsOf('疫').at(1)!.key}, reader: {open: hitsOf('疫').at(1)!.key, top: hitsOf('疫').at(1)!.offset}, search: {...initialSearch, query: '疫', submitted: '疫', cursor: 1, hit: 1}}],
	['Esc goes back to exactly where the reader was', {...start, overlay: 'search', list: {selected: third}, reader: {open: third, top: at(0)}, search: {...initialSearch, query: '疫', cursor: 1, before: {focus: 'reader', selected: second, open: second, top: at(13)}}}, root({type: 'close-overlay'}), {overlay: 'none', focus: 'reader', list: {selected: second}, reader: {open: second, top: at(13)}, search: {...initialSearch, query: '疫', cursor: 1}}],
	['n goes to the next hit', {...reading, search: {...initialSearch, submitted: '疫', hit: 0}}, root({type: 'next-hit', delta: 1}), {focus: 'reader', list: {selected: hitsOf('疫').at(1)!.key}, reader: {open: hitsOf('疫').at(1)!.key, top: hitsOf('疫').at(1)!.offset}, search: {...initialSearch, submitted: '疫', hit: 1}}],
	['N before the first hit wraps to the last', {...reading, search: {...initialSearch, submitted: '疫', hit: 0}}, root({type: 'next-hit', delta: -1}), {focus: 'reader', list: {selected: hitsOf('疫').at(hitsOf('疫').length - 1)!.key}, reader: {open: hitsOf('疫').at(hitsOf('疫').length - 1)!.key, top: hitsOf('疫').at(hitsOf('疫').length - 1)!.offset}, search: {...initialSearch, submitted: '疫', hit: hitsOf('疫').length - 1}}],
	['help scrolls', {...reading, overlay: 'help'}, help({type: 'scroll', lines: 2}), {help: {top: 2}}],
	['quit', start, root({type: 'quit'}), {quit: true}],
	['Ctrl-Z asks to suspend once more', {...reading, suspends: 1}, root({type: 'suspend'}), {suspends: 2}],
];

describe('root reducer', () => {
	// Where the reader has been (tops, marks, jumps) is asserted in its own tests below.
	test.each(table)('%s', (_name, state, action, expected) => {
		expect({...reduce(state, action, env), places: undefined}).toEqual({...state, ...expected, places: undefined});
	});

	test.each([
		['k at the top', reading, reader({type: 'scroll-lines', lines: -1})],
		['next section after the last', top(reading, at(26)), reader({type: 'next-section'})],
		['close with nothing open', start, root({type: 'close-overlay'})],
		['list up at the first', {...start, list: {selected: first}}, list({type: 'move', delta: -1})],
		['n with no search', start, root({type: 'next-hit', delta: 1})],
	])('%s returns the same object', (_name, state, action) => {
		expect(reduce(state, action, env)).toBe(state);
	});

	test('with no documents, reader and outline actions are ignored', () => {
		const empty = testEnv([]);
		expect(reduce(start, reader({type: 'scroll-lines', lines: 1}), empty)).toBe(start);
		expect(reduce(start, root({type: 'open-outline'}), empty)).toBe(start);
		expect(reduce(start, list({type: 'move', delta: 1}), empty)).toBe(start);
	});

	test('a position saved for a document that has not loaded yet is kept until it arrives', () => {
		const restored = initialState({key: third, top: 1});
		expect(readerView(restored, testEnv(documents.slice(0, 1))).document).toBe(documents[0]);
		const arrived = readerView(restored, env);
		expect(arrived.document).toBe(documents[2]);
		// The saved top (inside the only block, '注册') is the top once it has arrived, not the head.
		expect(arrived.lines[0]!.text).toBe('注册');
		expect(readerView(initialState({key: third}), env).lines[0]!.text).toBe(documents[2].title);
	});
});

describe('keys in a burst', () => {
	test.each([
		['routes each key against the state before it', reading, ['o', 'j', 'return'], {overlay: 'none', outline: {cursor: 1, filter: ''}, ...readerAt(at(13))}],
		['counts every j', reading, ['j', 'j', 'j'], readerAt(at(0))],
		['in the search box q is text; Enter with no hit closes the box', {...start, overlay: 'search'}, ['q', 'space', 'return'], {overlay: 'none', focus: 'list', search: {...initialSearch, query: 'q ', submitted: 'q ', hit: 0}}],
		['typing, Ctrl-N and Enter open the second hit', {...start, overlay: 'search'}, ['疫', 'ctrl-n', 'return'], {overlay: 'none', focus: 'reader', list: {selected: hitsOf('疫').at(1)!.key}, reader: {open: hitsOf('疫').at(1)!.key, top: hitsOf('疫').at(1)!.offset}, search: {...initialSearch, query: '疫', submitted: '疫', cursor: 1, hit: 1}}],
		['j in help scrolls the help, not the reader', {...reading, overlay: 'help'}, ['j', 'j'], {help: {top: 2}}],
		['typing in the outline filters it', {...reading, overlay: 'outline'}, ['仁', 'return'], {overlay: 'none', outline: {cursor: 0, filter: '仁'}, ...readerAt(at(26))}],
	] as const)('%s', (_name, state, keys, expected) => {
		expect({...routeKeys(state, keys, env), places: undefined}).toEqual({...state, ...expected, places: undefined});
	});
});

describe('less and vim paging keys in every list', () => {
	// 100×30: the list shows 14 documents (two rows each), so a page moves 13, keeping one in view as less keeps a line.
	const many = Array.from({length: 40}, (_, index) => ({...documents[2], key: `${documents[2].key}-${index}` as typeof first, id: `${index}.txt`, title: `文档${index}`}));
	const manyEnv = testEnv(many);
	const selectedAfter = (state: AppState, keys: readonly string[], within = manyEnv) => {
		const selected = routeKeys(state, keys, within).list.selected;
		return many.findIndex(document => document.key === selected);
	};

	test.each([
		[['space'], 13], [['pagedown'], 13], [['f'], 13], [['ctrl-f'], 13],
		[['d'], 6], [['ctrl-d'], 6],
		[['e'], 1], [['ctrl-e'], 1], [['ctrl-n'], 1],
		[['space', 'space', 'b'], 13], [['pagedown', 'pageup'], 0], [['space', 'ctrl-b'], 0], [['space', 'u'], 7], [['space', 'ctrl-u'], 7],
		[['space', 'y'], 12], [['space', 'ctrl-y'], 12], [['space', 'ctrl-p'], 12],
		[['space', 'space', 'space', 'space'], 39],
	] as const)('the document list: %j moves to document %i', (keys, index) => {
		expect(selectedAfter(start, keys)).toBe(index);
	});

	test('the filter box: PgDn and PgUp page through the matches', () => {
		const filtering: AppState = {...start, overlay: 'filter', filter: {query: '文档'}};
		const listed = listedDocuments(filtering, manyEnv);
		const placeAfter = (keys: readonly string[]) => listed.indexOf(routeKeys(filtering, keys, manyEnv).list.selected!);
		expect(placeAfter(['pagedown'])).toBe(13);
		expect(placeAfter(['pagedown', 'pagedown', 'pageup'])).toBe(13);
		expect(placeAfter(['pagedown', 'pageup'])).toBe(0);
	});

	test('search results: PgDn pages (two rows a result under a header: 13 in view), PgUp back', () => {
		const typed: AppState = {...start, overlay: 'search', search: {...initialSearch, query: '文档'}};
		const count = manyEnv.search('文档').hits.length;
		expect(count).toBeGreaterThan(13);
		expect(routeKeys(typed, ['pagedown'], manyEnv).search.cursor).toBe(12);
		expect(routeKeys(typed, ['pagedown', 'pagedown', 'pagedown', 'pagedown'], manyEnv).search.cursor).toBe(count - 1);
		expect(routeKeys(typed, ['pagedown', 'pageup'], manyEnv).search.cursor).toBe(0);
	});

	test('help: g/G/Home/End, Ctrl-F/B, d/u, Ctrl-D/U, e/y, Ctrl-N/P, Ctrl-E/Y', () => {
		const small = testEnv(documents, {columns: 40, rows: 12});
		const inHelp: AppState = {...start, overlay: 'help'};
		const last = routeKeys(inHelp, ['G'], small).help.top;
		expect(last).toBeGreaterThan(20);
		expect(routeKeys(inHelp, ['end'], small).help.top).toBe(last);
		expect(routeKeys(inHelp, ['G', 'g'], small).help.top).toBe(0);
		expect(routeKeys(inHelp, ['G', 'home'], small).help.top).toBe(0);
		// Ten rows of help: a page is 9, half a page 4.
		expect(routeKeys(inHelp, ['ctrl-f'], small).help.top).toBe(9);
		expect(routeKeys(inHelp, ['ctrl-f', 'ctrl-b'], small).help.top).toBe(0);
		expect(routeKeys(inHelp, ['d'], small).help.top).toBe(4);
		expect(routeKeys(inHelp, ['ctrl-d', 'ctrl-d', 'u'], small).help.top).toBe(4);
		expect(routeKeys(inHelp, ['ctrl-d', 'ctrl-u'], small).help.top).toBe(0);
		for (const key of ['e', 'ctrl-e', 'ctrl-n']) {
			expect(routeKeys(inHelp, [key], small).help.top).toBe(1);
		}

		for (const key of ['y', 'ctrl-y', 'ctrl-p']) {
			expect(routeKeys(inHelp, ['j', 'j', key], small).help.top).toBe(1);
		}
	});

	test('the outline: Ctrl-N/Ctrl-P and Ctrl-E/Ctrl-Y a section, Ctrl-D/Ctrl-U half a page; letters still filter', () => {
		const outlineOf = (keys: readonly string[]) => routeKeys({...reading, overlay: 'outline'}, keys, env).outline;
		expect(outlineOf(['ctrl-n']).cursor).toBe(1);
		expect(outlineOf(['ctrl-e']).cursor).toBe(1);
		expect(outlineOf(['ctrl-n', 'ctrl-n', 'ctrl-p']).cursor).toBe(1);
		expect(outlineOf(['ctrl-n', 'ctrl-y']).cursor).toBe(0);
		expect(outlineOf(['ctrl-d']).cursor).toBe(2);
		expect(outlineOf(['ctrl-d', 'ctrl-u']).cursor).toBe(0);
		expect(outlineOf(['e', 'y']).filter).toBe('ey');
	});
});

describe('help scrolling on a small terminal', () => {
	const small = testEnv(documents, {columns: 40, rows: 12});
	const inHelp: AppState = {...start, overlay: 'help'};
	test('stops at the last screen', () => {
		const far = reduce(inHelp, help({type: 'scroll', lines: 999}), small).help.top;
		expect(far).toBeGreaterThan(0);
		expect(reduce({...inHelp, help: {top: far}}, help({type: 'scroll', lines: 1}), small).help.top).toBe(far);
		expect(reduce(inHelp, help({type: 'scroll', lines: -1}), small)).toBe(inHelp);
	});
});
