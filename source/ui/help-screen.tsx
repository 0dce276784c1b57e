import {Box, Text} from 'ink';
import type {AmbiguousWidth} from '../core/layout-types.js';
import {padToWidth} from '../core/text-width.js';
import {keyLabel, keymap, type KeyContext} from '../state/keymap.js';

/** Props of the help screen. */
export type HelpScreenProps = {
	readonly width: number;
	readonly height: number;
	readonly ambiguous: AmbiguousWidth;
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
export function helpLines(): Array<{readonly text: string; readonly heading: boolean}> {
	const lines: Array<{text: string; heading: boolean}> = [];
	for (const [context, title] of contextTitles) {
		lines.push({text: title, heading: true});
		for (const binding of keymap.filter(entry => entry.context === context)) {
			const keys = binding.keys.map(key => keyLabel(key)).join(' ');
			lines.push({text: `  ${keys.padEnd(18)} ${binding.description}`, heading: false});
		}
	}

	return lines;
}

/** Every binding, grouped by where it works; cut to the height on tiny terminals. */
export function HelpScreen({width, height, ambiguous}: HelpScreenProps) {
	const lines = helpLines();
	const shown = lines.length > height ? [...lines.slice(0, height - 1), {text: '  … (larger terminal for more)', heading: false}] : lines;
	return (
		<Box flexDirection="column" width={width} height={height}>
			{shown.map(line => (
				<Text key={line.text} bold={line.heading} wrap="truncate-end">
					{padToWidth(line.text, width, ambiguous)}
				</Text>
			))}
		</Box>
	);
}
