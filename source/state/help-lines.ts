import {keyLabel, keymap, type KeyBinding, type KeyContext} from './keymap.js';

/** One line of the help screen. */
export type HelpLine = {
	readonly text: string;
	/** A context's title rather than a binding. */
	readonly heading: boolean;
};

/** Section titles of the help screen, in the order shown. */
const contextTitles: ReadonlyArray<[KeyContext, string]> = [
	['reader', 'Reader'],
	['list', 'Document list'],
	['global', 'Everywhere'],
	['outline', 'Outline'],
	['search', 'Search'],
	['help', 'Help'],
];

/** Help lines generated from the keymap, so they cannot drift from the bindings. */
export const helpLines: readonly HelpLine[] = contextTitles.flatMap(([context, title]) => [
	{text: title, heading: true},
	...(keymap as readonly KeyBinding[])
		.filter(entry => entry.context === context)
		.map(binding => ({text: `  ${binding.keys.map(key => keyLabel(key)).join(' ').padEnd(18)} ${binding.description}`, heading: false})),
]);

/** The furthest the help can scroll when `height` rows show it. */
export function maxHelpTop(height: number): number {
	return Math.max(0, helpLines.length - height);
}
