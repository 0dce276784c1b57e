import {Box, Text} from 'ink';
import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {padToWidth} from '../core/layout/text-width.js';
import type {ListedSection} from '../state/open-document.js';
import type {Messages} from '../state/messages/messages.js';
import {listStart} from '../state/selectors.js';

/** Props of the outline panel. */
export type OutlinePanelProps = {
	/** The sections the filter lets through. */
	readonly sections: readonly ListedSection[];
	/** How many sections the document has. */
	readonly total: number;
	/** Text typed to filter the sections. */
	readonly filter: string;
	/** Row of the cursor among `sections`. */
	readonly cursor: number;
	readonly width: number;
	readonly height: number;
	readonly ambiguous: AmbiguousWidth;
	readonly messages: Messages;
};

/** The open document's sections, indented by level; Enter jumps to the one under the cursor. */
export function OutlinePanel({sections, total, filter, cursor, width, height, ambiguous, messages}: OutlinePanelProps) {
	const rows = Math.max(1, height - 1);
	const first = listStart(cursor, sections.length, rows);
	const heading = filter === '' ? `${messages['outline.title']} (${total})` : `${messages['outline.title']} (${sections.length}/${total}) ${filter}`;
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold>{padToWidth(heading, width, ambiguous)}</Text>
			{sections.length === 0 && <Text dimColor>{padToWidth(`  ${messages[total === 0 ? 'outline.none' : 'outline.no-match']}`, width, ambiguous)}</Text>}
			{sections.slice(first, first + rows).map(({section, index}, row) => {
				const indent = '  '.repeat(Math.max(0, section.level - 1));
				return (
					<Text key={`${section.block}`} inverse={first + row === cursor} wrap="truncate-end">
						{padToWidth(`${indent}${index + 1}. ${section.title}`, width, ambiguous)}
					</Text>
				);
			})}
		</Box>
	);
}
