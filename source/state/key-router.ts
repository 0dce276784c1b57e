import {keymap, type CommandName, type KeyContext} from './keymap.js';
import type {Action, ReaderState} from './reducer.js';
import {splitKeys, type KeyFlags} from './split-keys.js';

/** The action each command dispatches. */
export const commandActions: Readonly<Record<CommandName, Action>> = {
	quit: {type: 'quit'},
	help: {type: 'open-help'},
	'toggle-focus': {type: 'toggle-focus'},
	'open-outline': {type: 'open-outline'},
	'start-search': {type: 'start-search'},
	'next-hit': {type: 'next-hit', delta: 1},
	'previous-hit': {type: 'next-hit', delta: -1},
	back: {type: 'back'},
	'line-down': {type: 'move-line', delta: 1},
	'line-up': {type: 'move-line', delta: -1},
	'page-down': {type: 'page', pages: 1},
	'page-up': {type: 'page', pages: -1},
	'half-page-down': {type: 'page', pages: 0.5},
	'half-page-up': {type: 'page', pages: -0.5},
	top: {type: 'go-top'},
	bottom: {type: 'go-bottom'},
	'next-section': {type: 'next-section'},
	'previous-section': {type: 'previous-section'},
	'list-down': {type: 'move-selection', delta: 1},
	'list-up': {type: 'move-selection', delta: -1},
	'list-top': {type: 'select-document', index: 0},
	'list-bottom': {type: 'select-document', index: Number.MAX_SAFE_INTEGER},
	'open-document': {type: 'open-document'},
	'outline-down': {type: 'move-outline', delta: 1},
	'outline-up': {type: 'move-outline', delta: -1},
	'outline-jump': {type: 'outline-jump'},
	'close-overlay': {type: 'close-overlay'},
	'search-submit': {type: 'search-submit'},
	'search-delete': {type: 'search-delete'},
	'help-down': {type: 'scroll-help', delta: 1},
	'help-up': {type: 'scroll-help', delta: -1},
	'help-page-down': {type: 'scroll-help', delta: 10},
	'help-page-up': {type: 'scroll-help', delta: -10},
};

/** Contexts consulted for a state, most specific first: the overlay, else the focused pane, then global. */
export function activeContexts(state: Pick<ReaderState, 'mode' | 'focus'>): readonly KeyContext[] {
	return [state.mode === 'none' ? state.focus : state.mode, 'global'];
}

/** The binding a key triggers in the given contexts, first context first. */
export function commandFor(keyName: string, contexts: readonly KeyContext[]): CommandName | undefined {
	for (const context of contexts) {
		const binding = keymap.find(entry => entry.context === context && entry.keys.includes(keyName));
		if (binding) {
			return binding.command;
		}
	}

	return undefined;
}

/** Text a key types into the search box, or undefined for keys that are not text. */
function typedText(keyName: string): string | undefined {
	if (keyName === 'space') {
		return ' ';
	}

	return [...keyName].length === 1 ? keyName : undefined;
}

/** Routes one key name for a state; the search box takes every printable key. */
export function routeKey(keyName: string, state: Pick<ReaderState, 'mode' | 'focus'>): Action[] {
	if (state.mode === 'search') {
		const command = commandFor(keyName, ['search']);
		const text = typedText(keyName);
		if (command) {
			return [commandActions[command]];
		}

		if (text !== undefined) {
			return [{type: 'search-insert', text}];
		}
	}

	const command = commandFor(keyName, activeContexts(state));
	return command ? [commandActions[command]] : [];
}

/**
 * Actions for one `useInput` call, all resolved against the given state. When a
 * burst can change context midway (`oj`), dispatch `{type: 'keys'}` instead: the
 * reducer then routes each key against the state the previous key produced.
 */
export function routeKeys(input: string, key: KeyFlags, state: Pick<ReaderState, 'mode' | 'focus'>): Action[] {
	return splitKeys(input, key).flatMap(name => routeKey(name, state));
}
