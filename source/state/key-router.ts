import {filter, outline, root, search, type AppAction} from './actions.js';
import {modeOf, type AppState, type Mode} from './app-state.js';
import {bindingFor, contextsFor} from './keymap.js';
import type {ReaderEnv} from './reader-env.js';
import {reduce} from './reduce.js';

/** Text a key types into a text field, or undefined for keys that are not text. */
function typedText(keyName: string): string | undefined {
	if (keyName === 'space') {
		return ' ';
	}

	return [...keyName].length === 1 ? keyName : undefined;
}

/**
 * The action one key name dispatches in a mode. The search and filter boxes take every printable
 * key as text; in the outline, printable keys that are not bound filter the sections.
 */
export function actionFor(keyName: string, mode: Mode): AppAction | undefined {
	if (mode === 'search' || mode === 'filter') {
		const own = bindingFor(keyName, [mode]);
		const text = typedText(keyName);
		if (!own && text !== undefined) {
			return mode === 'search' ? search({type: 'insert', text}) : filter({type: 'insert', text});
		}
	}

	const binding = bindingFor(keyName, contextsFor(mode));
	if (binding) {
		return binding.action;
	}

	const text = typedText(keyName);
	return mode === 'outline' && text !== undefined && text !== ' ' ? outline({type: 'filter-insert', text}) : undefined;
}

/**
 * Applies the keys of one read in order, each routed against the state the previous
 * one produced: 'oj' typed quickly opens the outline and then moves in it, and every
 * key of a burst counts.
 */
export function routeKeys(state: AppState, keys: readonly string[], env: ReaderEnv): AppState {
	let next = state;
	for (const key of keys) {
		// After `m` or `'` the next key names a mark, whatever it is bound to.
		const action = next.places.pending ? root({type: 'mark', letter: key}) : actionFor(key, modeOf(next));
		if (action) {
			next = reduce(next, action, env);
		}
	}

	return next;
}
