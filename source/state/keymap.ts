import {filter, help, list, outline, reader, root, search, type AppAction} from './actions.js';
import type {Mode} from './app-state.js';
import type {TextKey} from './messages/messages.js';

/** Where a binding applies: a mode, or 'global' wherever the mode's own bindings do not shadow it. */
export type KeyContext = Mode | 'global';

/** One binding: a command, the keys that trigger it, how help describes it, where, and what it does. */
export type KeyBinding = {
	/** Name of what the keys do. */
	readonly command: string;
	/** Key names as produced by `splitRaw` (e.g. 'j', 'down', 'ctrl-c', 'space'). */
	readonly keys: readonly string[];
	/** The help screen's line for it: a message key, so every language describes it (messages/en.ts). */
	readonly description: TextKey;
	/** Where the binding is active. */
	readonly context: KeyContext;
	/** What the keys dispatch. */
	readonly action: AppAction;
	/** Short label for the status line, a message key; bindings without one are not hinted. */
	readonly hint?: HintKey;
	/** When the hint is shown: only while the keys would do something. */
	readonly hintWhen?: HintCondition;
};

/** Messages that name a status-line hint. */
export type HintKey = Extract<TextKey, `hint.${string}`>;

/** What must be true for a hint to be shown. */
export type HintCondition =
	/** Any document has loaded: search has something to search. */
	| 'documents'
	/** The list shows a document (a filter may narrow it to none): Enter has one to open or keep. */
	| 'listed'
	/** The document has sections: the outline lists them. */
	| 'sections'
	/** A section starts below the top of the view: `]` goes there. */
	| 'next-section'
	/** Text is left below the view: Space pages on (at the end it does nothing). */
	| 'below'
	/** The outline's filter lets a section through: Enter jumps to it. */
	| 'listed-sections'
	/** The search box has a result under its cursor: Enter opens it (else Enter only goes back). */
	| 'result'
	/** No overlay covers the panes: Tab shows its effect. */
	| 'panes';

/** What the hints are shown against: the facts each `HintCondition` reads. */
export type HintFacts = Readonly<Record<HintCondition, boolean>>;

/**
 * The less and vim keys of the panes that scroll (reader, list, help; the outline leaves e, y, d
 * and u to its filter), named once so the panes cannot drift apart.
 */
const scrollKeys = {
	lineDown: ['j', 'down', 'e', 'ctrl-e', 'ctrl-n'],
	lineUp: ['k', 'up', 'y', 'ctrl-y', 'ctrl-p'],
	pageDown: ['space', 'f', 'pagedown', 'ctrl-f'],
	pageUp: ['b', 'pageup', 'ctrl-b'],
	halfPageDown: ['d', 'ctrl-d'],
	halfPageUp: ['u', 'ctrl-u'],
	top: ['g', 'home'],
	bottom: ['G', 'end'],
} as const;

/**
 * Every shortcut of the app, in help order. The command names, the help screen and the
 * status hints are all derived from this list: a command is added here and nowhere else.
 */
export const keymap = [
	{command: 'line-down', keys: scrollKeys.lineDown, description: 'command.line-down', context: 'reader', action: reader({type: 'scroll-lines', lines: 1})},
	{command: 'line-up', keys: scrollKeys.lineUp, description: 'command.line-up', context: 'reader', action: reader({type: 'scroll-lines', lines: -1})},
	{command: 'page-down', keys: scrollKeys.pageDown, description: 'command.page-down', context: 'reader', hint: 'hint.page', hintWhen: 'below', action: reader({type: 'scroll-pages', pages: 1})},
	{command: 'page-up', keys: scrollKeys.pageUp, description: 'command.page-up', context: 'reader', action: reader({type: 'scroll-pages', pages: -1})},
	{command: 'half-page-down', keys: scrollKeys.halfPageDown, description: 'command.half-page-down', context: 'reader', action: reader({type: 'scroll-pages', pages: 0.5})},
	{command: 'half-page-up', keys: scrollKeys.halfPageUp, description: 'command.half-page-up', context: 'reader', action: reader({type: 'scroll-pages', pages: -0.5})},
	{command: 'top', keys: scrollKeys.top, description: 'command.top', context: 'reader', action: reader({type: 'top'})},
	{command: 'bottom', keys: scrollKeys.bottom, description: 'command.bottom', context: 'reader', action: reader({type: 'bottom'})},
	{command: 'next-section', keys: [']'], description: 'command.next-section', context: 'reader', hint: 'hint.section', hintWhen: 'next-section', action: reader({type: 'next-section'})},
	{command: 'previous-section', keys: ['['], description: 'command.previous-section', context: 'reader', action: reader({type: 'previous-section'})},
	{command: 'back', keys: ['escape'], description: 'command.back', context: 'reader', action: root({type: 'back'})},
	{command: 'list-down', keys: scrollKeys.lineDown, description: 'command.list-down', context: 'list', action: list({type: 'move', delta: 1})},
	{command: 'list-up', keys: scrollKeys.lineUp, description: 'command.list-up', context: 'list', action: list({type: 'move', delta: -1})},
	{command: 'list-page-down', keys: scrollKeys.pageDown, description: 'command.page-down', context: 'list', action: list({type: 'move-pages', pages: 1})},
	{command: 'list-page-up', keys: scrollKeys.pageUp, description: 'command.page-up', context: 'list', action: list({type: 'move-pages', pages: -1})},
	{command: 'list-half-page-down', keys: scrollKeys.halfPageDown, description: 'command.half-page-down', context: 'list', action: list({type: 'move-pages', pages: 0.5})},
	{command: 'list-half-page-up', keys: scrollKeys.halfPageUp, description: 'command.half-page-up', context: 'list', action: list({type: 'move-pages', pages: -0.5})},
	{command: 'list-top', keys: scrollKeys.top, description: 'command.list-top', context: 'list', action: list({type: 'first'})},
	{command: 'list-bottom', keys: scrollKeys.bottom, description: 'command.list-bottom', context: 'list', action: list({type: 'last'})},
	{command: 'filter-list', keys: ['&'], description: 'command.filter-list', context: 'list', action: root({type: 'start-filter'})},
	{command: 'clear-filter', keys: ['escape'], description: 'command.clear-filter', context: 'list', action: filter({type: 'clear'})},
	{command: 'open-document', keys: ['return'], description: 'command.open-document', context: 'list', hint: 'hint.open', hintWhen: 'listed', action: root({type: 'open-document'})},
	{command: 'toggle-focus', keys: ['tab', 'shift-tab'], description: 'command.toggle-focus', context: 'global', hint: 'hint.pane', hintWhen: 'panes', action: root({type: 'toggle-focus'})},
	{command: 'open-outline', keys: ['o'], description: 'command.open-outline', context: 'global', hint: 'hint.outline', hintWhen: 'sections', action: root({type: 'open-outline'})},
	{command: 'start-search', keys: ['/'], description: 'command.start-search', context: 'global', hint: 'hint.search', hintWhen: 'documents', action: root({type: 'start-search'})},
	{command: 'next-hit', keys: ['n'], description: 'command.next-hit', context: 'global', action: root({type: 'next-hit', delta: 1})},
	{command: 'previous-hit', keys: ['N'], description: 'command.previous-hit', context: 'global', action: root({type: 'next-hit', delta: -1})},
	{command: 'help', keys: ['?'], description: 'command.help', context: 'global', hint: 'hint.help', action: root({type: 'open-help'})},
	{command: 'set-mark', keys: ['m'], description: 'command.set-mark', context: 'global', action: root({type: 'await-mark', pending: 'set-mark'})},
	{command: 'jump-to-mark', keys: ['\''], description: 'command.jump-to-mark', context: 'global', action: root({type: 'await-mark', pending: 'jump-mark'})},
	{command: 'jump-back', keys: ['backspace', 'delete', 'ctrl-o'], description: 'command.jump-back', context: 'global', action: root({type: 'history', delta: -1})},
	{command: 'jump-forward', keys: ['ctrl-r'], description: 'command.jump-forward', context: 'global', action: root({type: 'history', delta: 1})},
	{command: 'suspend', keys: ['ctrl-z'], description: 'command.suspend', context: 'global', action: root({type: 'suspend'})},
	{command: 'quit', keys: ['q', 'ctrl-c'], description: 'command.quit', context: 'global', hint: 'hint.quit', action: root({type: 'quit'})},
	{command: 'outline-down', keys: ['j', 'down', 'ctrl-e', 'ctrl-n'], description: 'command.outline-down', context: 'outline', action: outline({type: 'move', delta: 1})},
	{command: 'outline-up', keys: ['k', 'up', 'ctrl-y', 'ctrl-p'], description: 'command.outline-up', context: 'outline', action: outline({type: 'move', delta: -1})},
	{command: 'outline-page-down', keys: scrollKeys.pageDown, description: 'command.outline-page-down', context: 'outline', action: outline({type: 'move-pages', pages: 1})},
	{command: 'outline-page-up', keys: scrollKeys.pageUp, description: 'command.outline-page-up', context: 'outline', action: outline({type: 'move-pages', pages: -1})},
	{command: 'outline-half-page-down', keys: ['ctrl-d'], description: 'command.half-page-down', context: 'outline', action: outline({type: 'move-pages', pages: 0.5})},
	{command: 'outline-half-page-up', keys: ['ctrl-u'], description: 'command.half-page-up', context: 'outline', action: outline({type: 'move-pages', pages: -0.5})},
	{command: 'outline-first', keys: scrollKeys.top, description: 'command.outline-first', context: 'outline', action: outline({type: 'first'})},
	{command: 'outline-last', keys: scrollKeys.bottom, description: 'command.outline-last', context: 'outline', action: outline({type: 'last'})},
	{command: 'outline-jump', keys: ['return'], description: 'command.outline-jump', context: 'outline', hint: 'hint.jump', hintWhen: 'listed-sections', action: root({type: 'outline-jump'})},
	{command: 'outline-filter-delete', keys: ['backspace', 'delete'], description: 'command.outline-filter-delete', context: 'outline', action: outline({type: 'filter-delete'})},
	{command: 'close-outline', keys: ['escape', 'o', 'q'], description: 'command.close-outline', context: 'outline', hint: 'hint.close', action: root({type: 'close-overlay'})},
	{command: 'search-submit', keys: ['return'], description: 'command.search-submit', context: 'search', hint: 'hint.open', hintWhen: 'result', action: root({type: 'search-submit'})},
	{command: 'search-next-result', keys: ['down', 'ctrl-n'], description: 'command.search-next-result', context: 'search', action: search({type: 'move', delta: 1})},
	{command: 'search-previous-result', keys: ['up', 'ctrl-p'], description: 'command.search-previous-result', context: 'search', action: search({type: 'move', delta: -1})},
	{command: 'search-page-down', keys: ['pagedown'], description: 'command.page-down', context: 'search', action: search({type: 'move-pages', pages: 1})},
	{command: 'search-page-up', keys: ['pageup'], description: 'command.page-up', context: 'search', action: search({type: 'move-pages', pages: -1})},
	{command: 'search-delete', keys: ['backspace', 'delete'], description: 'command.search-delete', context: 'search', action: search({type: 'delete'})},
	{command: 'search-cancel', keys: ['escape'], description: 'command.search-cancel', context: 'search', hint: 'hint.cancel', action: root({type: 'close-overlay'})},
	{command: 'filter-accept', keys: ['return'], description: 'command.filter-accept', context: 'filter', hint: 'hint.keep', hintWhen: 'listed', action: root({type: 'accept-filter'})},
	{command: 'filter-next', keys: ['down', 'ctrl-n'], description: 'command.filter-next', context: 'filter', action: list({type: 'move', delta: 1})},
	{command: 'filter-previous', keys: ['up', 'ctrl-p'], description: 'command.filter-previous', context: 'filter', action: list({type: 'move', delta: -1})},
	{command: 'filter-page-down', keys: ['pagedown'], description: 'command.page-down', context: 'filter', action: list({type: 'move-pages', pages: 1})},
	{command: 'filter-page-up', keys: ['pageup'], description: 'command.page-up', context: 'filter', action: list({type: 'move-pages', pages: -1})},
	{command: 'filter-delete', keys: ['backspace', 'delete'], description: 'command.filter-delete', context: 'filter', action: filter({type: 'delete'})},
	{command: 'filter-cancel', keys: ['escape'], description: 'command.filter-cancel', context: 'filter', hint: 'hint.cancel', action: root({type: 'close-overlay'})},
	{command: 'close-help', keys: ['escape', '?', 'q'], description: 'command.close-help', context: 'help', hint: 'hint.close', action: root({type: 'close-overlay'})},
	{command: 'help-down', keys: scrollKeys.lineDown, description: 'command.help-down', context: 'help', action: help({type: 'scroll', lines: 1})},
	{command: 'help-up', keys: scrollKeys.lineUp, description: 'command.help-up', context: 'help', action: help({type: 'scroll', lines: -1})},
	{command: 'help-page-down', keys: scrollKeys.pageDown, description: 'command.help-page-down', context: 'help', action: help({type: 'scroll-pages', pages: 1})},
	{command: 'help-page-up', keys: scrollKeys.pageUp, description: 'command.help-page-up', context: 'help', action: help({type: 'scroll-pages', pages: -1})},
	{command: 'help-half-page-down', keys: scrollKeys.halfPageDown, description: 'command.half-page-down', context: 'help', action: help({type: 'scroll-pages', pages: 0.5})},
	{command: 'help-half-page-up', keys: scrollKeys.halfPageUp, description: 'command.half-page-up', context: 'help', action: help({type: 'scroll-pages', pages: -0.5})},
	{command: 'help-top', keys: scrollKeys.top, description: 'command.top', context: 'help', action: help({type: 'top'})},
	{command: 'help-bottom', keys: scrollKeys.bottom, description: 'command.bottom', context: 'help', action: help({type: 'bottom'})},
] as const satisfies readonly KeyBinding[];

/** Names of everything a key can do, derived from the keymap. */
export type CommandName = (typeof keymap)[number]['command'];

/** Contexts consulted in a mode, most specific first. */
export function contextsFor(mode: Mode): readonly KeyContext[] {
	return [mode, 'global'];
}

/** The binding a key triggers in the given contexts, first context first. */
export function bindingFor(keyName: string, contexts: readonly KeyContext[]): KeyBinding | undefined {
	for (const context of contexts) {
		const binding = (keymap as readonly KeyBinding[]).find(entry => entry.context === context && entry.keys.includes(keyName));
		if (binding) {
			return binding;
		}
	}

	return undefined;
}

/** How key names are shown to people (help screen, hints); ASCII only so widths never vary. */
const keyLabels: Readonly<Record<string, string>> = {
	down: 'Down',
	up: 'Up',
	left: 'Left',
	right: 'Right',
	pagedown: 'PgDn',
	pageup: 'PgUp',
	home: 'Home',
	end: 'End',
	space: 'Space',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	'shift-tab': 'Shift-Tab',
	backspace: 'Backspace',
	delete: 'Del',
};

/** Human label of a key name: Ctrl-X for ctrl-x. */
export function keyLabel(key: string): string {
	return keyLabels[key] ?? (key.startsWith('ctrl-') ? `Ctrl-${key.slice(5).toUpperCase()}` : key);
}
