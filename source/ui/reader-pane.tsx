import {Box, Text} from 'ink';
import type {AmbiguousWidth, LayoutLine} from '../core/layout/layout-types.js';
import {truncateToWidth} from '../core/layout/text-width.js';
import {styleFor} from './theme.js';

/** Props of the reader pane. */
export type ReaderPaneProps = {
	/** Lines already wrapped to `width` by the layout engine. */
	readonly lines: readonly LayoutLine[];
	readonly width: number;
	readonly height: number;
	readonly color: boolean;
	readonly ambiguous: AmbiguousWidth;
};

/**
 * Shows pre-wrapped lines, one Text per row. Lines are cut by display width as a
 * guard only: Ink's own truncation can overflow by a column on CJK.
 */
export function ReaderPane({lines, width, height, color, ambiguous}: ReaderPaneProps) {
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			{lines.slice(0, height).map((line, row) => (
				// Rows are positional: the same row shows another line after a scroll.
				<Text key={row} {...styleFor(line.kind, color)} wrap="truncate-end">
					{truncateToWidth(line.text, width, ambiguous) || ' '}
				</Text>
			))}
		</Box>
	);
}
