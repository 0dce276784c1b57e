import type {DocumentKey} from '../core/document-key.js';
import {headStart} from '../core/document-offset.js';
import {initialFilter, type FilterState} from './slices/filter.js';
import {initialHelp, type HelpState} from './slices/help.js';
import {initialList, type ListState} from './slices/list.js';
import {initialOutline, type OutlineState} from './slices/outline.js';
import {initialPlaces, type PlacesState} from './slices/places.js';
import {initialReader, type ReaderState} from './slices/reader.js';
import {initialSearch, type SearchState} from './slices/search.js';

/** Which pane receives keys when no overlay is open. */
export type Focus = 'list' | 'reader';

/** What covers the panes, if anything; 'filter' is the list filter's text box. */
export type Overlay = 'none' | 'outline' | 'help' | 'search' | 'filter';

/** Who gets the keys: the open overlay, else the focused pane. The key router and the root reducer switch on it. */
export type Mode = Focus | Exclude<Overlay, 'none'>;

/** Everything the reader remembers between key presses, one slice per mode. */
export type AppState = {
	/** The pane that has the keys (under an overlay: the one that gets them back). */
	readonly focus: Focus;
	/** The overlay shown, if any. */
	readonly overlay: Overlay;
	readonly list: ListState;
	readonly reader: ReaderState;
	readonly outline: OutlineState;
	readonly help: HelpState;
	readonly search: SearchState;
	/** The text that narrows the document list. */
	readonly filter: FilterState;
	/** Each document's last top, marks and the jump history. */
	readonly places: PlacesState;
	/** Set once quit was asked for. */
	readonly quit: boolean;
	/** How many times suspending (Ctrl-Z) was asked for; the app suspends the terminal session on each. */
	readonly suspends: number;
};

/** The mode a state is in. */
export function modeOf(state: Pick<AppState, 'focus' | 'overlay'>): Mode {
	return state.overlay === 'none' ? state.focus : state.overlay;
}

/** Where to start reading, e.g. a position saved in an earlier session. */
export type StartAt = {
	/** The document; it opens when it has loaded. */
	readonly key: DocumentKey;
	/** Text offset of the top of the view (see core's `textOffsetOf`); the head when absent. */
	readonly top?: number;
	/** Whether `top` was saved by another pipeline version (then it is read as its paragraph's start). */
	readonly stale?: boolean;
};

/** The state when the app starts: the first document previewed and the list focused, or the reader at `at`; `places` remembered from earlier runs. */
export function initialState(at?: StartAt, places: PlacesState = initialPlaces): AppState {
	const start: AppState = {
		focus: 'list',
		overlay: 'none',
		list: initialList,
		reader: initialReader,
		outline: initialOutline,
		help: initialHelp,
		search: initialSearch,
		filter: initialFilter,
		places,
		quit: false,
		suspends: 0,
	};
	return at ? {...start, focus: 'reader', list: {selected: at.key}, reader: {open: at.key, top: at.top ?? headStart, ...(at.stale ? {stale: true} : {})}} : start;
}
