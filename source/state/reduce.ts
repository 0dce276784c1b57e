import {headStart, positionAtTextOffset} from '../core/document-offset.js';
import type {AppAction, RootAction} from './actions.js';
import type {AppState} from './app-state.js';
import {assertNever} from './assert-never.js';
import {geometry} from './geometry.js';
import {helpLines} from './help-lines.js';
import {filteredSections, openDocument, selectedDocument} from './open-document.js';
import type {ReaderEnv} from './reader-env.js';
import {sectionAt} from './scroll.js';
import {nextHit} from './search-titles.js';
import {helpReducer} from './slices/help.js';
import {listReducer, selectedIndex, type ListState} from './slices/list.js';
import {outlineReducer} from './slices/outline.js';
import {readerReducer, type ReaderAction} from './slices/reader.js';
import {searchReducer} from './slices/search.js';

/** Moving the list cursor previews the document at once, from its top. */
function withList(state: AppState, list: ListState, env: ReaderEnv): AppState {
	if (list === state.list) {
		return state;
	}

	const key = selectedDocument({list}, env.documents)?.key;
	return {...state, list, reader: key === undefined ? state.reader : {open: key, top: headStart}, outline: {cursor: 0, filter: ''}};
}

/** Applies a reader action to the document the reader shows (the previewed one becomes the open one). */
function reduceReader(state: AppState, action: ReaderAction, env: ReaderEnv): AppState {
	if (action.type === 'open') {
		const reader = readerReducer(state.reader, action, {document: undefined, layout: undefined, height: 0});
		return reader === state.reader ? state : {...state, reader};
	}

	const document = openDocument(state, env.documents);
	if (!document) {
		return state;
	}

	const {readerWidth, bodyHeight} = geometry(env.size);
	const base = document.key === state.reader.open ? state.reader : {open: document.key, top: headStart};
	const reader = readerReducer(base, action, {document, layout: env.layoutOf(document, readerWidth), height: bodyHeight});
	return reader === state.reader ? state : {...state, reader};
}

/** Selects a hit of the last search after (or before) the list cursor. */
function stepHit(state: AppState, delta: number, env: ReaderEnv): AppState {
	const key = nextHit(env.documents, selectedIndex(state.list, env.documents), delta, state.search.submitted);
	return key === undefined ? state : withList(state, listReducer(state.list, {type: 'select', key}, env.documents), env);
}

function reduceRoot(state: AppState, action: RootAction, env: ReaderEnv): AppState {
	switch (action.type) {
		case 'quit': {
			return {...state, quit: true};
		}

		case 'suspend': {
			return {...state, suspends: state.suspends + 1};
		}

		case 'toggle-focus': {
			return {...state, focus: state.focus === 'list' ? 'reader' : 'list'};
		}

		case 'back': {
			return {...state, focus: 'list'};
		}

		case 'open-document': {
			const key = selectedDocument(state, env.documents)?.key;
			const opened = key === undefined || key === state.reader.open ? state : {...state, reader: {open: key, top: headStart}};
			return {...opened, focus: 'reader'};
		}

		case 'open-outline': {
			const document = openDocument(state, env.documents);
			if (!document) {
				return state;
			}

			const top = document.key === state.reader.open ? state.reader.top : headStart;
			const cursor = sectionAt(document, positionAtTextOffset(document, top));
			return {...state, overlay: 'outline', outline: outlineReducer(state.outline, {type: 'open', cursor}, {count: 0, height: 0})};
		}

		case 'outline-jump': {
			const listed = filteredSections(openDocument(state, env.documents), state.outline.filter)[state.outline.cursor];
			const closed: AppState = {...state, overlay: 'none'};
			return listed ? {...reduceReader(closed, {type: 'section', index: listed.index}, env), focus: 'reader'} : closed;
		}

		case 'open-help': {
			return {...state, overlay: 'help', help: {top: 0}};
		}

		case 'close-overlay': {
			if (state.overlay === 'outline' && state.outline.filter !== '') {
				// Esc first clears what was typed, as in a search box.
				return {...state, outline: {cursor: 0, filter: ''}};
			}

			return state.overlay === 'none' ? state : {...state, overlay: 'none'};
		}

		case 'start-search': {
			return {...state, overlay: 'search', search: searchReducer(state.search, {type: 'clear'})};
		}

		case 'search-submit': {
			const submitted = {...state, overlay: 'none', focus: 'list', search: searchReducer(state.search, {type: 'submit'})} as const;
			return stepHit(submitted, 1, env);
		}

		case 'next-hit': {
			return stepHit(state, action.delta, env);
		}

		default: {
			return assertNever(action);
		}
	}
}

/**
 * The one root reducer: hands each action to the slice it names, and keeps the
 * slices consistent where one action concerns several (a new list cursor opens
 * that document in the reader).
 */
export function reduce(state: AppState, action: AppAction, env: ReaderEnv): AppState {
	switch (action.slice) {
		case 'list': {
			return withList(state, listReducer(state.list, action.action, env.documents), env);
		}

		case 'reader': {
			return reduceReader(state, action.action, env);
		}

		case 'outline': {
			const count = filteredSections(openDocument(state, env.documents), state.outline.filter).length;
			const outline = outlineReducer(state.outline, action.action, {count, height: geometry(env.size).bodyHeight - 1});
			return outline === state.outline ? state : {...state, outline};
		}

		case 'help': {
			const help = helpReducer(state.help, action.action, {lineCount: helpLines.length, height: geometry(env.size).bodyHeight});
			return help === state.help ? state : {...state, help};
		}

		case 'search': {
			const search = searchReducer(state.search, action.action);
			return search === state.search ? state : {...state, search};
		}

		case 'root': {
			return reduceRoot(state, action.action, env);
		}

		default: {
			return assertNever(action);
		}
	}
}
