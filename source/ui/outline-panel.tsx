import {Box, Text} from 'ink';
import type {Section} from '../core/document.js';
import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {padToWidth} from '../core/layout/text-width.js';
import {listStart} from '../state/selectors.js';

/** Props of the outline panel. */
export type OutlinePanelProps = {
	readonly sections: readonly Section[];
	/** Section under the cursor. */
	readonly cursor: number;
	readonly width: number;
	readonly height: number;
	readonly ambiguous: AmbiguousWidth;
};

/** The open document's sections, indented by level; Enter jumps to the one under the cursor. */
export function OutlinePanel({sections, cursor, width, height, ambiguous}: OutlinePanelProps) {
	const rows = Math.max(1, height - 1);
	const first = listStart(cursor, sections.length, rows);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold>{padToWidth(`Outline (${sections.length})`, width, ambiguous)}</Text>
			{sections.length === 0 && <Text dimColor>{padToWidth('  No sections', width, ambiguous)}</Text>}
			{sections.slice(first, first + rows).map((section, row) => {
				const index = first + row;
				const indent = '  '.repeat(Math.max(0, section.level - 1));
				return (
					<Text key={`${section.block}`} inverse={index === cursor} wrap="truncate-end">
						{padToWidth(`${indent}${index + 1}. ${section.title}`, width, ambiguous)}
					</Text>
				);
			})}
		</Box>
	);
}
