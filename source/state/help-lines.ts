import {keyLabel, keymap, type KeyBinding, type KeyContext} from './keymap.js';
import type {Messages, TextKey} from './messages/messages.js';

/** One line of the help screen. */
export type HelpLine = {
	readonly text: string;
	/** A context's title rather than a binding. */
	readonly heading: boolean;
};

/** Section titles of the help screen, in the order shown. */
const contextTitles: ReadonlyArray<[KeyContext, TextKey]> = [
	['reader', 'context.reader'],
	['list', 'context.list'],
	['global', 'context.global'],
	['outline', 'context.outline'],
	['search', 'context.search'],
	['filter', 'context.filter'],
	['help', 'context.help'],
];

/** A binding's keys as the help lists them: `j Down e Ctrl-E Ctrl-N`. */
const keysOf = (binding: KeyBinding) => binding.keys.map(key => keyLabel(key)).join(' ');

/** Width of the keys column: the widest keys, so that every description starts in one column. */
const keysWidth = Math.max(...(keymap as readonly KeyBinding[]).map(binding => keysOf(binding).length));

/** Help lines generated from the keymap, in the interface's language, so they cannot drift from the bindings. */
export function helpLines(messages: Messages): readonly HelpLine[] {
	return contextTitles.flatMap(([context, title]) => [
		{text: messages[title], heading: true},
		...(keymap as readonly KeyBinding[])
			.filter(entry => entry.context === context)
			// Key labels are ASCII, so padding by characters aligns the descriptions.
			.map(binding => ({text: `  ${keysOf(binding).padEnd(keysWidth)} ${messages[binding.description]}`, heading: false})),
	]);
}

/** How many lines the help has; the same in every language. */
export const helpLineCount = contextTitles.length + keymap.length;

/** The furthest the help can scroll when `height` rows show it. */
export function maxHelpTop(height: number): number {
	return Math.max(0, helpLineCount - height);
}
