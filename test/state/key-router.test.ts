import {describe, expect, test} from 'vitest';
import {routeKey, routeKeys} from '../../source/state/key-router.js';
import {keymap} from '../../source/state/keymap.js';
import {splitKeys, splitRaw} from '../../source/state/split-keys.js';

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
		['\u001Bj', ['meta-j']],
		[`q${ctrlC}`, ['q', 'ctrl-c']],
		['\r\t \u007F', ['return', 'tab', 'space', 'backspace']],
		['\u001B[Z', ['shift-tab']],
		['疫情', ['疫', '情']],
		['𠀀j', ['𠀀', 'j']],
	])('%j', (raw, keys) => {
		expect(splitRaw(raw)).toEqual(keys);
	});
});

describe('splitKeys (what Ink 6.8 useInput hands over)', () => {
	test.each([
		['jj', {}, ['j', 'j']],
		['', {downArrow: true}, ['down']],
		['', {pageDown: true}, ['pagedown']],
		['', {tab: true}, ['tab']],
		['', {tab: true, shift: true}, ['shift-tab']],
		['', {escape: true, meta: true}, ['escape']],
		['\r', {return: true}, ['return']],
		['c', {ctrl: true}, ['ctrl-c']],
		['G', {shift: true}, ['G']],
		// Ink strips the ESC of a sequence it could not split.
		['[B\u001B[B', {meta: true}, ['down', 'down']],
	] as const)('%j %j', (input, key, keys) => {
		expect(splitKeys(input, key)).toEqual(keys);
	});
});

describe('routeKey', () => {
	const list = {mode: 'none', focus: 'list'} as const;
	const reader = {mode: 'none', focus: 'reader'} as const;
	test.each([
		['j', list, [{type: 'move-selection', delta: 1}]],
		['j', reader, [{type: 'move-line', delta: 1}]],
		['space', reader, [{type: 'page', pages: 1}]],
		['d', reader, [{type: 'page', pages: 0.5}]],
		['G', reader, [{type: 'go-bottom'}]],
		[']', reader, [{type: 'next-section'}]],
		[']', list, []],
		['return', list, [{type: 'open-document'}]],
		['tab', reader, [{type: 'toggle-focus'}]],
		['escape', reader, [{type: 'back'}]],
		['q', reader, [{type: 'quit'}]],
		['ctrl-c', list, [{type: 'quit'}]],
		['j', {mode: 'outline', focus: 'reader'}, [{type: 'move-outline', delta: 1}]],
		['return', {mode: 'outline', focus: 'list'}, [{type: 'outline-jump'}]],
		['q', {mode: 'help', focus: 'list'}, [{type: 'close-overlay'}]],
		['q', {mode: 'search', focus: 'list'}, [{type: 'search-insert', text: 'q'}]],
		['疫', {mode: 'search', focus: 'list'}, [{type: 'search-insert', text: '疫'}]],
		['ctrl-c', {mode: 'search', focus: 'list'}, [{type: 'quit'}]],
		['backspace', {mode: 'search', focus: 'list'}, [{type: 'search-delete'}]],
		['x', reader, []],
	] as const)('%s in %j', (key, state, actions) => {
		expect(routeKey(key, state)).toEqual(actions);
	});
});

test('a burst of three j moves three lines', () => {
	expect(routeKeys('jjj', {}, {mode: 'none', focus: 'reader'})).toEqual(Array.from({length: 3}, () => ({type: 'move-line', delta: 1})));
});

test('every binding has a description and no key is bound twice in one context', () => {
	const seen = new Set<string>();
	for (const binding of keymap) {
		expect(binding.description).not.toBe('');
		for (const key of binding.keys) {
			const id = `${binding.context}:${key}`;
			expect(seen.has(id), id).toBe(false);
			seen.add(id);
		}
	}
});
