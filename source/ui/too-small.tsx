import {Box, Text} from 'ink';
import {truncateToWidth} from '../core/layout/text-width.js';
import {minColumns, minRows} from '../state/geometry.js';
import type {Messages} from '../state/messages/messages.js';

/** Props of the too-small message. */
export type TooSmallProps = {
	readonly width: number;
	readonly height: number;
	readonly messages: Messages;
};

/** Shown instead of everything when the terminal is below the minimum size. */
export function TooSmall({width, height, messages}: TooSmallProps) {
	const lines = [messages['reader.too-small'], messages['reader.need'](width, height, minColumns, minRows), messages['reader.quit-hint']];
	return (
		<Box flexDirection="column" width={width} height={Math.max(1, height - 1)}>
			{lines.slice(0, Math.max(1, height - 1)).map(line => (
				<Text key={line} wrap="truncate-end">
					{truncateToWidth(line, width)}
				</Text>
			))}
		</Box>
	);
}
