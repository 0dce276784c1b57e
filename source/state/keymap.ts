import {help, list, outline, reader, root, search, type AppAction} from './actions.js';
import type {Mode} from './app-state.js';

/** Where a binding applies: a mode, or 'global' wherever the mode's own bindings do not shadow it. */
export type KeyContext = Mode | 'global';

/** One binding: a command, the keys that trigger it, what it does, and how help describes it. */
export type KeyBinding = {
	/** Name of what the keys do. */
	readonly command: string;
	/** Key names as produced by `splitKeys` (e.g. 'j', 'down', 'ctrl-c', 'space'). */
	readonly keys: readonly string[];
	/** One line for the help screen. */
	readonly description: string;
	/** Where the binding is active. */
	readonly context: KeyContext;
	/** What the keys dispatch. */
	readonly action: AppAction;
	/** Short label for the status line; bindings without one are not hinted. */
	readonly hint?: string;
	/** When the hint is shown: only while the keys would do something. */
	readonly hintWhen?: HintCondition;
};

/** What must be true for a hint to be shown. */
export type HintCondition = 'documents' | 'sections' | 'scrollable' | 'listed-sections';

/** What the hints are shown against: the facts each `HintCondition` reads. */
export type HintFacts = Readonly<Record<HintCondition, boolean>>;

/**
 * Every shortcut of the app, in help order. The command names, the help screen and the
 * status hints are all derived from this list: a command is added here and nowhere else.
 */
export const keymap = [
	{command: 'line-down', keys: ['j', 'down', 'e', 'ctrl-e', 'ctrl-n'], description: 'Scroll down one line', context: 'reader', action: reader({type: 'scroll-lines', lines: 1})},
	{command: 'line-up', keys: ['k', 'up', 'y', 'ctrl-y', 'ctrl-p'], description: 'Scroll up one line', context: 'reader', action: reader({type: 'scroll-lines', lines: -1})},
	{command: 'page-down', keys: ['space', 'f', 'pagedown', 'ctrl-f'], description: 'Page down', context: 'reader', hint: 'page', hintWhen: 'scrollable', action: reader({type: 'scroll-pages', pages: 1})},
	{command: 'page-up', keys: ['b', 'pageup', 'ctrl-b'], description: 'Page up', context: 'reader', action: reader({type: 'scroll-pages', pages: -1})},
	{command: 'half-page-down', keys: ['d', 'ctrl-d'], description: 'Half a page down', context: 'reader', action: reader({type: 'scroll-pages', pages: 0.5})},
	{command: 'half-page-up', keys: ['u', 'ctrl-u'], description: 'Half a page up', context: 'reader', action: reader({type: 'scroll-pages', pages: -0.5})},
	{command: 'top', keys: ['g', 'home'], description: 'Go to the top', context: 'reader', action: reader({type: 'top'})},
	{command: 'bottom', keys: ['G', 'end'], description: 'Go to the bottom', context: 'reader', action: reader({type: 'bottom'})},
	{command: 'next-section', keys: [']'], description: 'Next section', context: 'reader', hint: 'section', hintWhen: 'sections', action: reader({type: 'next-section'})},
	{command: 'previous-section', keys: ['['], description: 'Previous section', context: 'reader', action: reader({type: 'previous-section'})},
	{command: 'back', keys: ['escape'], description: 'Back to the document list', context: 'reader', action: root({type: 'back'})},
	{command: 'list-down', keys: ['j', 'down'], description: 'Next document (previews it)', context: 'list', action: list({type: 'move', delta: 1})},
	{command: 'list-up', keys: ['k', 'up'], description: 'Previous document', context: 'list', action: list({type: 'move', delta: -1})},
	{command: 'list-top', keys: ['g', 'home'], description: 'First document', context: 'list', action: list({type: 'first'})},
	{command: 'list-bottom', keys: ['G', 'end'], description: 'Last document', context: 'list', action: list({type: 'last'})},
	{command: 'open-document', keys: ['return'], description: 'Open the document', context: 'list', hint: 'open', hintWhen: 'documents', action: root({type: 'open-document'})},
	{command: 'toggle-focus', keys: ['tab', 'shift-tab'], description: 'Switch between list and reader', context: 'global', hint: 'pane', action: root({type: 'toggle-focus'})},
	{command: 'open-outline', keys: ['o'], description: 'Outline of the open document', context: 'global', hint: 'outline', hintWhen: 'sections', action: root({type: 'open-outline'})},
	{command: 'start-search', keys: ['/'], description: 'Search all text (also by pinyin)', context: 'global', hint: 'search', hintWhen: 'documents', action: root({type: 'start-search'})},
	{command: 'next-hit', keys: ['n'], description: 'Next hit, on into the next document', context: 'global', action: root({type: 'next-hit', delta: 1})},
	{command: 'previous-hit', keys: ['N'], description: 'Previous hit of the last search', context: 'global', action: root({type: 'next-hit', delta: -1})},
	{command: 'help', keys: ['?'], description: 'Show this help', context: 'global', hint: 'help', action: root({type: 'open-help'})},
	{command: 'suspend', keys: ['ctrl-z'], description: 'Suspend to the shell (fg comes back)', context: 'global', action: root({type: 'suspend'})},
	{command: 'quit', keys: ['q', 'ctrl-c'], description: 'Quit', context: 'global', hint: 'quit', action: root({type: 'quit'})},
	{command: 'outline-down', keys: ['j', 'down'], description: 'Next section', context: 'outline', action: outline({type: 'move', delta: 1})},
	{command: 'outline-up', keys: ['k', 'up'], description: 'Previous section', context: 'outline', action: outline({type: 'move', delta: -1})},
	{command: 'outline-page-down', keys: ['space', 'f', 'pagedown', 'ctrl-f'], description: 'Page down the outline', context: 'outline', action: outline({type: 'move-pages', pages: 1})},
	{command: 'outline-page-up', keys: ['b', 'pageup', 'ctrl-b'], description: 'Page up the outline', context: 'outline', action: outline({type: 'move-pages', pages: -1})},
	{command: 'outline-first', keys: ['g', 'home'], description: 'First section', context: 'outline', action: outline({type: 'first'})},
	{command: 'outline-last', keys: ['G', 'end'], description: 'Last section', context: 'outline', action: outline({type: 'last'})},
	{command: 'outline-jump', keys: ['return'], description: 'Jump to the section', context: 'outline', hint: 'jump', hintWhen: 'listed-sections', action: root({type: 'outline-jump'})},
	{command: 'outline-filter-delete', keys: ['backspace', 'delete'], description: 'Other keys filter the sections; this deletes', context: 'outline', action: outline({type: 'filter-delete'})},
	{command: 'close-outline', keys: ['escape', 'o'], description: 'Clear the filter, else close the outline', context: 'outline', hint: 'close', action: root({type: 'close-overlay'})},
	{command: 'search-submit', keys: ['return'], description: 'Open the document at the hit', context: 'search', hint: 'open', action: root({type: 'search-submit'})},
	{command: 'search-next-result', keys: ['down', 'ctrl-n'], description: 'Next result (previewed in the reader)', context: 'search', action: search({type: 'move', delta: 1})},
	{command: 'search-previous-result', keys: ['up', 'ctrl-p'], description: 'Previous result', context: 'search', action: search({type: 'move', delta: -1})},
	{command: 'search-delete', keys: ['backspace', 'delete'], description: 'Delete the last character', context: 'search', action: search({type: 'delete'})},
	{command: 'search-cancel', keys: ['escape'], description: 'Cancel, back to where you were', context: 'search', hint: 'cancel', action: root({type: 'close-overlay'})},
	{command: 'close-help', keys: ['escape', '?', 'q'], description: 'Close help', context: 'help', hint: 'close', action: root({type: 'close-overlay'})},
	{command: 'help-down', keys: ['j', 'down'], description: 'Scroll the help down', context: 'help', action: help({type: 'scroll', lines: 1})},
	{command: 'help-up', keys: ['k', 'up'], description: 'Scroll the help up', context: 'help', action: help({type: 'scroll', lines: -1})},
	{command: 'help-page-down', keys: ['space', 'f', 'pagedown'], description: 'Help page down', context: 'help', action: help({type: 'scroll-pages', pages: 1})},
	{command: 'help-page-up', keys: ['b', 'pageup'], description: 'Help page up', context: 'help', action: help({type: 'scroll-pages', pages: -1})},
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
