import type {FilterAction} from './slices/filter.js';
import type {HelpAction} from './slices/help.js';
import type {ListAction} from './slices/list.js';
import type {OutlineAction} from './slices/outline.js';
import type {ReaderAction} from './slices/reader.js';
import type {SearchAction} from './slices/search.js';

/** Actions that concern more than one slice: focus, overlays, opening documents, quitting. */
export type RootAction =
	| {readonly type: 'quit'}
	| {readonly type: 'suspend'}
	| {readonly type: 'toggle-focus'}
	| {readonly type: 'back'}
	| {readonly type: 'open-document'}
	| {readonly type: 'open-outline'}
	| {readonly type: 'outline-jump'}
	| {readonly type: 'open-help'}
	| {readonly type: 'close-overlay'}
	| {readonly type: 'start-search'}
	| {readonly type: 'search-submit'}
	| {readonly type: 'next-hit'; readonly delta: number}
	/** `m` or `'`: the next key names the mark to set or to jump to. */
	| {readonly type: 'await-mark'; readonly pending: 'set-mark' | 'jump-mark'}
	/** The key after `m` or `'`; one that cannot name a mark cancels. */
	| {readonly type: 'mark'; readonly letter: string}
	/** Back (-1) through the jumps, or forward (1) again. */
	| {readonly type: 'history'; readonly delta: -1 | 1}
	/** `&`: the list takes the keys and what is typed narrows it. */
	| {readonly type: 'start-filter'}
	/** Enter in the filter box: the narrowed list keeps the keys. */
	| {readonly type: 'accept-filter'};

/** Any action, tagged with the slice that handles it. */
export type AppAction =
	| {readonly slice: 'list'; readonly action: ListAction}
	| {readonly slice: 'reader'; readonly action: ReaderAction}
	| {readonly slice: 'outline'; readonly action: OutlineAction}
	| {readonly slice: 'help'; readonly action: HelpAction}
	| {readonly slice: 'search'; readonly action: SearchAction}
	| {readonly slice: 'filter'; readonly action: FilterAction}
	| {readonly slice: 'root'; readonly action: RootAction};

/** A list action. */
export const list = (action: ListAction): AppAction => ({slice: 'list', action});
/** A reader action. */
export const reader = (action: ReaderAction): AppAction => ({slice: 'reader', action});
/** An outline action. */
export const outline = (action: OutlineAction): AppAction => ({slice: 'outline', action});
/** A help action. */
export const help = (action: HelpAction): AppAction => ({slice: 'help', action});
/** A search-box action. */
export const search = (action: SearchAction): AppAction => ({slice: 'search', action});
/** A filter action, as the root reducer routes it. */
export const filter = (action: FilterAction): AppAction => ({slice: 'filter', action});
/** A root action. */
export const root = (action: RootAction): AppAction => ({slice: 'root', action});
