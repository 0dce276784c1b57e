import {describe, expect, test} from 'vitest';
import {help, list, outline, reader, root, search} from '../../source/state/actions.js';
import {initialState} from '../../source/state/app-state.js';
import {actionFor, routeKeys} from '../../source/state/key-router.js';
import {reduce} from '../../source/state/reduce.js';
import {keymap, type KeyBinding} from '../../source/state/keymap.js';
import {documents, testEnv} from './fixtures.js';
import {splitRaw} from '../../source/state/split-keys.js';

const arrowDown = '\u001B[B';
const pageDown = '\u001B[6~';
const pageUp = '\u001B[5~';
const home = '\u001B[H';
const end = '\u001B[F';
const ctrlC = '\u0003';

describe('splitRaw', () => {
	test.each([
		['jj', ['j', 'j']],
		['jjj', ['j', 'j', 'j']],
		[arrowDown + arrowDown, ['down', 'down']],
		[`j${arrowDown}k`, ['j', 'down', 'k']],
		[pageDown + pageUp + home + end, ['pagedown', 'pageup', 'home', 'end']],
		['\u001B[1~\u001B[4~\u001BOA', ['home', 'end', 'up']],
		['\u001B', ['escape']],
		['\u001Bj', ['escape', 'j']],
		['ma\u001Bgg\r ', ['m', 'a', 'escape', 'g', 'g', 'return', 'space']],
		['\u001B\u001B[B', ['escape', 'down']],
		[`q${ctrlC}`, ['q', 'ctrl-c']],
		['\r\t \u007F', ['return', 'tab', 'space', 'backspace']],
		['\u001B[Z', ['shift-tab']],
		['疫情', ['疫', '情']],
		['𠀀j', ['𠀀', 'j']],
		// Esc and any key in one read (a fast typist, a slow link): both count, whatever the key.
		['\u001B/', ['escape', '/']],
		['\u001B ', ['escape', 'space']],
		['\u001B?', ['escape', '?']],
		['\u001B&', ['escape', '&']],
		['\u001B疫', ['escape', '疫']],
		['\u001B\r', ['escape', 'return']],
		['\u001B\t', ['escape', 'tab']],
		['\u001B\u007F', ['escape', 'backspace']],
		['\u0006\u0002\u0004\u0015\u000E\u0010\u0005\u0019\u001A', ['ctrl-f', 'ctrl-b', 'ctrl-d', 'ctrl-u', 'ctrl-n', 'ctrl-p', 'ctrl-e', 'ctrl-y', 'ctrl-z']],
	])('%j', (raw, keys) => {
		expect(splitRaw(raw)).toEqual(keys);
	});
});

describe('actionFor', () => {
	test.each([
		['j', 'list', list({type: 'move', delta: 1})],
		['j', 'reader', reader({type: 'scroll-lines', lines: 1})],
		['space', 'reader', reader({type: 'scroll-pages', pages: 1})],
		['d', 'reader', reader({type: 'scroll-pages', pages: 0.5})],
		['ctrl-d', 'reader', reader({type: 'scroll-pages', pages: 0.5})],
		['ctrl-u', 'reader', reader({type: 'scroll-pages', pages: -0.5})],
		['ctrl-f', 'reader', reader({type: 'scroll-pages', pages: 1})],
		['ctrl-b', 'reader', reader({type: 'scroll-pages', pages: -1})],
		['e', 'reader', reader({type: 'scroll-lines', lines: 1})],
		['ctrl-e', 'reader', reader({type: 'scroll-lines', lines: 1})],
		['ctrl-n', 'reader', reader({type: 'scroll-lines', lines: 1})],
		['y', 'reader', reader({type: 'scroll-lines', lines: -1})],
		['ctrl-y', 'reader', reader({type: 'scroll-lines', lines: -1})],
		['ctrl-p', 'reader', reader({type: 'scroll-lines', lines: -1})],
		['G', 'reader', reader({type: 'bottom'})],
		[']', 'reader', reader({type: 'next-section'})],
		[']', 'list', undefined],
		['return', 'list', root({type: 'open-document'})],
		['tab', 'reader', root({type: 'toggle-focus'})],
		['escape', 'reader', root({type: 'back'})],
		['q', 'reader', root({type: 'quit'})],
		['ctrl-c', 'list', root({type: 'quit'})],
		['ctrl-z', 'reader', root({type: 'suspend'})],
		['ctrl-z', 'list', root({type: 'suspend'})],
		['j', 'outline', outline({type: 'move', delta: 1})],
		['G', 'outline', outline({type: 'last'})],
		['home', 'outline', outline({type: 'first'})],
		['space', 'outline', outline({type: 'move-pages', pages: 1})],
		['pageup', 'outline', outline({type: 'move-pages', pages: -1})],
		['return', 'outline', root({type: 'outline-jump'})],
		['仁', 'outline', outline({type: 'filter-insert', text: '仁'})],
		['backspace', 'outline', outline({type: 'filter-delete'})],
		['q', 'help', root({type: 'close-overlay'})],
		// q closes the outline as it closes the help: quitting the reader from a panel was a surprise.
		['q', 'outline', root({type: 'close-overlay'})],
		['q', 'search', search({type: 'insert', text: 'q'})],
		['疫', 'search', search({type: 'insert', text: '疫'})],
		['ctrl-c', 'search', root({type: 'quit'})],
		['backspace', 'search', search({type: 'delete'})],
		['x', 'reader', undefined],
		['space', 'list', list({type: 'move-pages', pages: 1})],
		['ctrl-f', 'list', list({type: 'move-pages', pages: 1})],
		['ctrl-b', 'list', list({type: 'move-pages', pages: -1})],
		['ctrl-d', 'list', list({type: 'move-pages', pages: 0.5})],
		['ctrl-u', 'list', list({type: 'move-pages', pages: -0.5})],
		['ctrl-n', 'list', list({type: 'move', delta: 1})],
		['y', 'list', list({type: 'move', delta: -1})],
		['G', 'help', help({type: 'bottom'})],
		['home', 'help', help({type: 'top'})],
		['ctrl-d', 'help', help({type: 'scroll-pages', pages: 0.5})],
		['ctrl-n', 'outline', outline({type: 'move', delta: 1})],
		['ctrl-u', 'outline', outline({type: 'move-pages', pages: -0.5})],
		['pagedown', 'search', search({type: 'move-pages', pages: 1})],
		['pageup', 'filter', list({type: 'move-pages', pages: -1})],
	] as const)('%s in %s', (key, mode, action) => {
		expect(actionFor(key, mode)).toEqual(action);
	});
});

test('a burst of three j moves three lines', () => {
	const env = testEnv();
	const state = initialState({key: documents[1].key});
	const once = (from: typeof state) => routeKeys(from, ['j'], env);
	expect(routeKeys(state, ['j', 'j', 'j'], env)).toEqual(once(once(once(state))));
	expect(routeKeys(state, ['j', 'j', 'j'], env)).not.toEqual(once(once(state)));
});

test('every binding has a description and no key is bound twice in one context', () => {
	const seen = new Set<string>();
	for (const binding of keymap as readonly KeyBinding[]) {
		expect(binding.description).not.toBe('');
		for (const key of binding.keys) {
			const id = `${binding.context}:${key}`;
			expect(seen.has(id), id).toBe(false);
			seen.add(id);
		}
	}
});

test('a 2,000-character paste into the search box is one query, searched once it is whole', () => {
	const env = testEnv();
	let searches = 0;
	const counting = {...env, search: (query: string) => {
		searches++;
		return env.search(query);
	}};
	const typing = reduce(initialState({key: documents[1].key}), root({type: 'start-search'}), counting);
	const pasted = '疫情防控人民战争'.repeat(250);
	const after = routeKeys(typing, splitRaw(pasted), counting);
	expect(after.search.query).toBe(pasted);
	// Searching every prefix took minutes; the view searches the whole query once, after the burst.
	expect(searches).toBe(0);
});
