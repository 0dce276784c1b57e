import type {Position} from '../core/layout/layout-types.js';
import {geometry, type TerminalSize} from './geometry.js';
import type {ReaderEnv} from './reader-env.js';
import {
	bottomPosition,
	headPosition,
	nextSection,
	previousSection,
	scrollBy,
	sectionAt,
	sectionPosition,
} from './scroll.js';
import {searchTitles} from './search-titles.js';
import {routeKey} from './key-router.js';
import {maxHelpTop} from './help-lines.js';

/** Which pane receives keys. */
export type Focus = 'list' | 'reader';

/** What covers the panes, if anything. */
export type Mode = 'none' | 'outline' | 'help' | 'search';

/** The query being typed or last searched, and the documents it found. */
export type SearchState = {
	/** Text typed in the search box. */
	readonly query: string;
	/** Indices of matching documents, in list order. */
	readonly hits: readonly number[];
};

/** Everything the reader remembers between key presses. */
export type ReaderState = {
	/** Index of the list cursor. */
	readonly selected: number;
	/** Index of the document shown in the reader. */
	readonly open: number;
	/** Which pane gets keys. */
	readonly focus: Focus;
	/** The overlay shown, if any. */
	readonly mode: Mode;
	/** Top of the reader view; a position, not a line, so a resize keeps it. */
	readonly position: Position;
	/** Section under the outline cursor. */
	readonly outlineCursor: number;
	/** First help line shown, for terminals shorter than the help. */
	readonly helpTop: number;
	/** Search box and hits. */
	readonly search: SearchState;
	/** Terminal size. */
	readonly size: TerminalSize;
	/** Set once quit was asked for. */
	readonly quit: boolean;
};

/** Everything that can happen to the state. */
export type Action =
	| {readonly type: 'move-line'; readonly delta: number}
	| {readonly type: 'page'; readonly pages: number}
	| {readonly type: 'go-top'}
	| {readonly type: 'go-bottom'}
	| {readonly type: 'next-section'}
	| {readonly type: 'previous-section'}
	| {readonly type: 'move-selection'; readonly delta: number}
	| {readonly type: 'select-document'; readonly index: number}
	| {readonly type: 'open-document'}
	| {readonly type: 'toggle-focus'}
	| {readonly type: 'back'}
	| {readonly type: 'open-outline'}
	| {readonly type: 'move-outline'; readonly delta: number}
	| {readonly type: 'outline-jump'}
	| {readonly type: 'open-help'}
	| {readonly type: 'scroll-help'; readonly delta: number}
	| {readonly type: 'close-overlay'}
	| {readonly type: 'start-search'}
	| {readonly type: 'search-insert'; readonly text: string}
	| {readonly type: 'search-delete'}
	| {readonly type: 'search-submit'}
	| {readonly type: 'next-hit'; readonly delta: number}
	| {readonly type: 'resize'; readonly size: TerminalSize}
	| {readonly type: 'quit'}
	/** Key names from one read; each is routed against the state the previous one produced. */
	| {readonly type: 'keys'; readonly keys: readonly string[]};

/** The state when the app starts: first document previewed, list focused. */
export function initialState(size: TerminalSize): ReaderState {
	return {
		selected: 0,
		open: 0,
		focus: 'list',
		mode: 'none',
		position: headPosition,
		outlineCursor: 0,
		helpTop: 0,
		search: {query: '', hits: []},
		size,
		quit: false,
	};
}

function clamp(value: number, low: number, high: number): number {
	return Math.max(low, Math.min(high, value));
}

/** Moving the list cursor previews the document at once, from its top. */
function select(state: ReaderState, index: number, env: ReaderEnv): ReaderState {
	// The count comes from the env: documents still loading join the list as they arrive.
	const target = clamp(index, 0, Math.max(0, env.documents.length - 1));
	if (target === state.open && target === state.selected) {
		return state;
	}

	return {...state, selected: target, open: target, position: headPosition, outlineCursor: 0};
}

/** The next or previous search hit after the selected document, wrapping around. */
function stepHit(state: ReaderState, delta: number, env: ReaderEnv): ReaderState {
	const {hits} = state.search;
	if (hits.length === 0) {
		return state;
	}

	const after = delta > 0 ? hits.find(hit => hit > state.selected) ?? hits[0] : hits.findLast(hit => hit < state.selected) ?? hits.at(-1)!;
	return select(state, after, env);
}

/** Applies reader movements; they need the open document's layout. */
function moveReader(state: ReaderState, action: Action, env: ReaderEnv): ReaderState {
	const {readerWidth, bodyHeight: height} = geometry(state.size);
	const layout = env.layoutOf(state.open, readerWidth);
	const document = env.documents[state.open];
	const at = (position: Position): ReaderState => (position === state.position ? state : {...state, position});
	switch (action.type) {
		case 'move-line': {
			return at(scrollBy(layout, state.position, action.delta, height));
		}

		case 'page': {
			// A page keeps one line of context, as less does.
			const lines = Math.trunc(action.pages * Math.max(1, height - 1)) || Math.sign(action.pages);
			return at(scrollBy(layout, state.position, lines, height));
		}

		case 'go-top': {
			return at(headPosition);
		}

		case 'go-bottom': {
			return at(bottomPosition(layout, height));
		}

		case 'next-section': {
			return at(nextSection(document, layout, state.position));
		}

		case 'previous-section': {
			return at(previousSection(document, layout, state.position));
		}

		default: {
			return state;
		}
	}
}

function reduceOverlay(state: ReaderState, action: Action, env: ReaderEnv): ReaderState {
	const document = env.documents[state.open];
	switch (action.type) {
		case 'open-outline': {
			return {...state, mode: 'outline', outlineCursor: Math.max(0, sectionAt(document, state.position))};
		}

		case 'move-outline': {
			const last = Math.max(0, document.sections.length - 1);
			return {...state, outlineCursor: clamp(state.outlineCursor + action.delta, 0, last)};
		}

		case 'outline-jump': {
			if (document.sections.length === 0) {
				return {...state, mode: 'none'};
			}

			return {...state, mode: 'none', focus: 'reader', position: sectionPosition(document, state.outlineCursor)};
		}

		case 'search-insert': {
			return {...state, search: {...state.search, query: state.search.query + action.text}};
		}

		case 'search-delete': {
			return {...state, search: {...state.search, query: [...state.search.query].slice(0, -1).join('')}};
		}

		case 'search-submit': {
			const hits = searchTitles(env.documents, state.search.query);
			return stepHit({...state, mode: 'none', focus: 'list', search: {...state.search, hits}}, 1, env);
		}

		default: {
			return state;
		}
	}
}

/** Creates the one reducer of the app, bound to the documents and their layouts. */
export function createReducer(env: ReaderEnv): (state: ReaderState, action: Action) => ReaderState {
	return function reducer(state, action) {
		switch (action.type) {
			case 'keys': {
				// 'oj' typed quickly must open the outline and then move in it, not in the reader.
				let next = state;
				for (const key of action.keys) {
					for (const routed of routeKey(key, next)) {
						next = reducer(next, routed);
					}
				}

				return next;
			}

			case 'resize': {
				// The position is kept as is: the new layout finds the line that shows it.
				return {...state, size: action.size};
			}

			case 'quit': {
				return {...state, quit: true};
			}

			case 'open-help': {
				return {...state, mode: 'help', helpTop: 0};
			}

			case 'scroll-help': {
				const last = maxHelpTop(geometry(state.size).bodyHeight);
				return {...state, helpTop: clamp(state.helpTop + action.delta, 0, last)};
			}

			case 'close-overlay': {
				return state.mode === 'none' ? state : {...state, mode: 'none'};
			}

			case 'start-search': {
				return {...state, mode: 'search', search: {query: '', hits: state.search.hits}};
			}

			case 'next-hit': {
				return stepHit(state, action.delta, env);
			}

			case 'toggle-focus': {
				return {...state, focus: state.focus === 'list' ? 'reader' : 'list'};
			}

			case 'back': {
				return {...state, focus: 'list'};
			}

			case 'move-selection': {
				return select(state, state.selected + action.delta, env);
			}

			case 'select-document': {
				return select(state, action.index, env);
			}

			case 'open-document': {
				return {...select(state, state.selected, env), focus: 'reader'};
			}

			default: {
				// The rest needs an open document; each helper returns the state unchanged for actions it does not own.
				return env.documents.length === 0 ? state : reduceOverlay(moveReader(state, action, env), action, env);
			}
		}
	};
}
