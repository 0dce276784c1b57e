import {Box, Text} from 'ink';
import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {padToWidth} from '../core/layout/text-width.js';
import {helpLines, maxHelpTop} from '../state/help-lines.js';
import type {Messages} from '../state/messages/messages.js';

/** Props of the help screen. */
export type HelpScreenProps = {
	readonly width: number;
	readonly height: number;
	/** First help line shown; j/k scroll it on small terminals. */
	readonly top: number;
	readonly ambiguous: AmbiguousWidth;
	readonly messages: Messages;
};

/** Every binding, grouped by where it works; scrolls when the terminal is shorter than the list. */
export function HelpScreen({width, height, top, ambiguous, messages}: HelpScreenProps) {
	const all = helpLines(messages);
	const first = Math.min(top, maxHelpTop(height));
	const more = first + height < all.length;
	const shown = all.slice(first, first + (more ? height - 1 : height));
	const lines = more ? [...shown, {text: messages['reader.help-more'](first + shown.length, all.length), heading: false}] : shown;
	return (
		<Box flexDirection="column" width={width} height={height}>
			{lines.map((line, index) => (
				<Text key={`${first + index}`} bold={line.heading} wrap="truncate-end">
					{padToWidth(line.text, width, ambiguous)}
				</Text>
			))}
		</Box>
	);
}
