import type {AppAction} from './actions.js';
import type {AppState} from './app-state.js';
import type {TerminalSize} from './geometry.js';
import {routeKeys} from './key-router.js';
import {reduce} from './reduce.js';
import {envOf, type Services} from './services.js';

/** The app's state outside React: the UI reads it with `useSyncExternalStore`, side effects subscribe to it. */
export type AppStore = {
	getState(): AppState;
	/** Applies one action; `size` is the terminal's size now (reader movements need the pane's). */
	dispatch(action: AppAction, size: TerminalSize): void;
	/** Applies the keys of one read, in order. */
	pressKeys(keys: readonly string[], size: TerminalSize): void;
	/** Calls `listener` after each change of state; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
};

/** A store over the root reducer; listeners hear of real changes only. */
export function createAppStore(services: Services, initial: AppState): AppStore {
	let state = initial;
	const listeners = new Set<() => void>();
	const set = (next: AppState) => {
		if (next !== state) {
			state = next;
			for (const listener of listeners) {
				listener();
			}
		}
	};

	return {
		getState: () => state,
		dispatch(action, size) {
			set(reduce(state, action, envOf(services, size)));
		},
		pressKeys(keys, size) {
			set(routeKeys(state, keys, envOf(services, size)));
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
	};
}
