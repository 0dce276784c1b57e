/** Where a binding applies; overlays and focus pick the context, 'global' applies everywhere it is not shadowed. */
export type KeyContext = 'global' | 'list' | 'reader' | 'outline' | 'help' | 'search';

/** Names of everything a key can do. */
export type CommandName =
	| 'quit'
	| 'help'
	| 'toggle-focus'
	| 'open-outline'
	| 'start-search'
	| 'next-hit'
	| 'previous-hit'
	| 'back'
	| 'line-down'
	| 'line-up'
	| 'page-down'
	| 'page-up'
	| 'half-page-down'
	| 'half-page-up'
	| 'top'
	| 'bottom'
	| 'next-section'
	| 'previous-section'
	| 'list-down'
	| 'list-up'
	| 'list-top'
	| 'list-bottom'
	| 'open-document'
	| 'outline-down'
	| 'outline-up'
	| 'outline-jump'
	| 'close-overlay'
	| 'search-submit'
	| 'search-delete'
	| 'help-down'
	| 'help-up'
	| 'help-page-down'
	| 'help-page-up';

/** One binding: a command, the keys that trigger it, and how help describes it. */
export type KeyBinding = {
	/** What the keys do. */
	readonly command: CommandName;
	/** Key names as produced by `splitKeys` (e.g. 'j', 'down', 'ctrl-c', 'space'). */
	readonly keys: readonly string[];
	/** One line for the help screen. */
	readonly description: string;
	/** Where the binding is active. */
	readonly context: KeyContext;
	/** Short label for the status line; bindings without one are not hinted. */
	readonly hint?: string;
};

/** Every shortcut of the app. The help screen and status hints are generated from this list. */
export const keymap: readonly KeyBinding[] = [
	{command: 'line-down', keys: ['j', 'down'], description: 'Scroll down one line', context: 'reader'},
	{command: 'line-up', keys: ['k', 'up'], description: 'Scroll up one line', context: 'reader'},
	{command: 'page-down', keys: ['space', 'f', 'pagedown'], description: 'Page down', context: 'reader', hint: 'page'},
	{command: 'page-up', keys: ['b', 'pageup'], description: 'Page up', context: 'reader'},
	{command: 'half-page-down', keys: ['d'], description: 'Half a page down', context: 'reader'},
	{command: 'half-page-up', keys: ['u'], description: 'Half a page up', context: 'reader'},
	{command: 'top', keys: ['g', 'home'], description: 'Go to the top', context: 'reader'},
	{command: 'bottom', keys: ['G', 'end'], description: 'Go to the bottom', context: 'reader'},
	{command: 'next-section', keys: [']'], description: 'Next section', context: 'reader', hint: 'section'},
	{command: 'previous-section', keys: ['['], description: 'Previous section', context: 'reader'},
	{command: 'back', keys: ['escape'], description: 'Back to the document list', context: 'reader'},
	{command: 'list-down', keys: ['j', 'down'], description: 'Next document (previews it)', context: 'list'},
	{command: 'list-up', keys: ['k', 'up'], description: 'Previous document', context: 'list'},
	{command: 'list-top', keys: ['g', 'home'], description: 'First document', context: 'list'},
	{command: 'list-bottom', keys: ['G', 'end'], description: 'Last document', context: 'list'},
	{command: 'open-document', keys: ['return'], description: 'Open the document', context: 'list', hint: 'open'},
	{command: 'outline-down', keys: ['j', 'down'], description: 'Next section', context: 'outline'},
	{command: 'outline-up', keys: ['k', 'up'], description: 'Previous section', context: 'outline'},
	{command: 'outline-jump', keys: ['return'], description: 'Jump to the section', context: 'outline', hint: 'jump'},
	{command: 'close-overlay', keys: ['escape', 'o'], description: 'Close the outline', context: 'outline', hint: 'close'},
	{command: 'close-overlay', keys: ['escape', '?', 'q'], description: 'Close help', context: 'help', hint: 'close'},
	{command: 'help-down', keys: ['j', 'down'], description: 'Scroll the help down', context: 'help'},
	{command: 'help-up', keys: ['k', 'up'], description: 'Scroll the help up', context: 'help'},
	{command: 'help-page-down', keys: ['space', 'f', 'pagedown'], description: 'Help page down', context: 'help'},
	{command: 'help-page-up', keys: ['b', 'pageup'], description: 'Help page up', context: 'help'},
	{command: 'search-submit', keys: ['return'], description: 'Search for the typed text', context: 'search', hint: 'search'},
	{command: 'search-delete', keys: ['backspace', 'delete'], description: 'Delete the last character', context: 'search'},
	{command: 'close-overlay', keys: ['escape'], description: 'Cancel the search', context: 'search', hint: 'cancel'},
	{command: 'toggle-focus', keys: ['tab', 'shift-tab'], description: 'Switch between list and reader', context: 'global', hint: 'pane'},
	{command: 'open-outline', keys: ['o'], description: 'Outline of the open document', context: 'global', hint: 'outline'},
	{command: 'start-search', keys: ['/'], description: 'Search document titles', context: 'global', hint: 'search'},
	{command: 'next-hit', keys: ['n'], description: 'Next search hit', context: 'global'},
	{command: 'previous-hit', keys: ['N'], description: 'Previous search hit', context: 'global'},
	{command: 'help', keys: ['?'], description: 'Show this help', context: 'global', hint: 'help'},
	{command: 'quit', keys: ['q', 'ctrl-c'], description: 'Quit', context: 'global', hint: 'quit'},
];

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
	'ctrl-c': 'Ctrl-C',
};

/** Human label of a key name. */
export function keyLabel(key: string): string {
	return keyLabels[key] ?? key;
}
