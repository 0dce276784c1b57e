import {positionAtTextOffset} from '../core/document-offset.js';
import type {AppAction, RootAction} from './actions.js';
import type {AppState} from './app-state.js';
import {assertNever} from './assert-never.js';
import {geometry, listPageSize, resultPageSize} from './geometry.js';
import {goThroughHistory, markKey} from './go-to-mark.js';
import {currentPlace, jumpTo, moveReader, rememberedReader} from './go-to-place.js';
import {helpLineCount} from './help-lines.js';
import {filteredSections, listedDocuments, openDocument, selectedEntry} from './open-document.js';
import type {ReaderEnv} from './reader-env.js';
import {sectionAt} from './scroll.js';
import {readerTop} from './selectors.js';
import {placesReducer} from './slices/places.js';
import {filterReducer, type FilterState} from './slices/filter.js';
import {helpReducer} from './slices/help.js';
import {listReducer, type ListState} from './slices/list.js';
import {outlineReducer} from './slices/outline.js';
import {readerReducer, type ReaderAction} from './slices/reader.js';
import {searchReducer} from './slices/search.js';

/** Moving the list cursor previews the document at once, from its top. */
function withList(state: AppState, list: ListState, env: ReaderEnv): AppState {
	if (list === state.list) {
		return state;
	}

	const key = selectedEntry({list}, listedDocuments(state, env))?.key;
	const moved = key === undefined ? state : moveReader(state, rememberedReader(state, key), env);
	return {...moved, list, outline: {cursor: 0, filter: ''}};
}

/** A new filter text: the cursor goes to the best match, fzf-style (clearing keeps it where it is). */
function reduceFilter(state: AppState, filter: FilterState, env: ReaderEnv): AppState {
	if (filter === state.filter) {
		return state;
	}

	const filtered = {...state, filter};
	const best = filter.query === '' ? undefined : listedDocuments(filtered, env).at(0)?.key;
	return best === undefined || best === state.list.selected ? filtered : withList(filtered, {selected: best}, env);
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
	const base = {open: document.key, top: readerTop(state, document)};
	const reader = readerReducer(base, action, {document, layout: env.layoutOf(document, readerWidth), height: bodyHeight});
	if (reader.top === state.reader.top && reader.open === state.reader.open && !state.reader.stale) {
		return state;
	}

	// Jumps within the document (top, bottom, sections) can be gone back from; scrolling cannot.
	return jumps.has(action.type) && reader.top !== base.top ? jumpTo(state, reader, env) : {...state, reader};
}

/** Reader movements that are jumps, as in vim: Backspace comes back from them. */
const jumps = new Set<ReaderAction['type']>(['top', 'bottom', 'next-section', 'previous-section', 'section']);

/** Opens the reader at a hit of the last search, the list cursor on its document. */
function goToHit(state: AppState, index: number, env: ReaderEnv): AppState {
	const hit = env.search(state.search.submitted).hits.at(index);
	if (!hit) {
		return state;
	}

	const jumped = jumpTo(state, {open: hit.key, top: hit.offset}, env);
	return {...jumped, outline: hit.key === state.reader.open ? state.outline : {cursor: 0, filter: ''}, search: {...state.search, hit: index}};
}

/** The next (or previous) hit of the last search: through the open document, then on into the next one with hits. */
function stepHit(state: AppState, delta: number, env: ReaderEnv): AppState {
	const count = env.search(state.search.submitted).hits.length;
	if (state.search.submitted === '' || count === 0) {
		return state;
	}

	const from = state.search.hit < 0 ? (delta > 0 ? -1 : 0) : state.search.hit;
	return goToHit(state, (((from + Math.sign(delta)) % count) + count) % count, env);
}

/** The list takes the keys; the reader's place is kept as the origin of the next document opened from it. */
function toList(state: AppState, env: ReaderEnv): AppState {
	const origin = state.focus === 'reader' ? currentPlace(state, env) : state.places.origin;
	return {...state, focus: 'list', places: placesReducer(state.places, {type: 'origin', place: origin})};
}

/** Esc in the search box: back to exactly where the reader was. */
function cancelSearch(state: AppState): AppState {
	const {before} = state.search;
	const closed: AppState = {...state, overlay: 'none', search: {...state.search, before: undefined}};
	return before ? {...closed, focus: before.focus, list: {selected: before.selected}, reader: {open: before.open, top: before.top}} : closed;
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
			return state.focus === 'list' ? {...state, focus: 'reader'} : toList(state, env);
		}

		case 'back': {
			return toList(state, env);
		}

		case 'open-document': {
			const key = selectedEntry(state, listedDocuments(state, env))?.key;
			if (key === undefined) {
				return {...state, focus: 'reader'};
			}

			// The list previews as its cursor moves; the jump is from the document last read.
			const from = state.places.origin ?? currentPlace(state, env);
			const reader = key === state.reader.open ? state.reader : rememberedReader(state, key);
			return from === undefined || from.key === key ? {...moveReader(state, reader, env), focus: 'reader'} : jumpTo(state, reader, env, from);
		}

		case 'open-outline': {
			const document = openDocument(state, env.documents);
			if (!document) {
				return state;
			}

			const cursor = sectionAt(document, positionAtTextOffset(document, readerTop(state, document)));
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
			if (state.overlay === 'search') {
				return cancelSearch(state);
			}

			if (state.overlay === 'filter') {
				// Esc gives the whole list back; the cursor stays on the document it was on.
				return {...state, overlay: 'none', filter: filterReducer(state.filter, {type: 'clear'})};
			}

			if (state.overlay === 'outline' && state.outline.filter !== '') {
				// Esc first clears what was typed, as in a search box.
				return {...state, outline: {cursor: 0, filter: ''}};
			}

			return state.overlay === 'none' ? state : {...state, overlay: 'none'};
		}

		case 'start-search': {
			const before = {focus: state.focus, selected: state.list.selected, open: state.reader.open, top: state.reader.top};
			return {...state, overlay: 'search', search: {...searchReducer(state.search, {type: 'clear'}), before}};
		}

		case 'search-submit': {
			// Enter opens the hit under the cursor; with no hit it goes back to where the reader was.
			const search = searchReducer(state.search, {type: 'submit'});
			if (!env.search(search.submitted).hits.at(search.hit)) {
				return cancelSearch({...state, search});
			}

			return goToHit({...state, overlay: 'none', search: {...search, before: undefined}}, search.hit, env);
		}

		case 'next-hit': {
			return stepHit(state, action.delta, env);
		}

		case 'await-mark': {
			return {...state, places: placesReducer(state.places, {type: 'await', pending: action.pending})};
		}

		case 'mark': {
			return markKey(state, action.letter, env);
		}

		case 'history': {
			return goThroughHistory(state, action.delta, env);
		}

		case 'start-filter': {
			return {...state, overlay: 'filter', focus: 'list'};
		}

		case 'accept-filter': {
			return {...state, overlay: 'none'};
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
			return withList(state, listReducer(state.list, action.action, listedDocuments(state, env), listPageSize(geometry(env.size).bodyHeight)), env);
		}

		case 'filter': {
			return reduceFilter(state, filterReducer(state.filter, action.action), env);
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
			const help = helpReducer(state.help, action.action, {lineCount: helpLineCount, height: geometry(env.size).bodyHeight});
			return help === state.help ? state : {...state, help};
		}

		case 'search': {
			// Only moving through the results needs their count: a pasted text arrives as one insert per
			// character, and searching for every prefix of 2,000 characters took minutes.
			const moves = action.action.type === 'move' || action.action.type === 'move-pages';
			const count = moves ? env.search(state.search.query).hits.length : 0;
			const search = searchReducer(state.search, action.action, {count, perPage: resultPageSize(geometry(env.size).bodyHeight)});
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
