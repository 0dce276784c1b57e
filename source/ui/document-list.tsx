import {Box, Text} from 'ink';
import type {ListedDocument} from '../core/document.js';
import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {padToWidth} from '../core/layout/text-width.js';
import type {DocumentSet} from '../state/document-store.js';
import {listPageSize} from '../state/geometry.js';
import {listStart} from '../state/selectors.js';

/** Props of the document list. */
export type DocumentListProps = {
	/** The documents loaded so far; only the rows in view are read. */
	readonly documents: DocumentSet;
	/** Row of the list cursor. */
	readonly selected: number;
	/** Row of the document shown in the reader (marked with '*'), or -1. */
	readonly open: number;
	/** Whether the list has the keyboard; the cursor row is inverse then. */
	readonly focused: boolean;
	readonly width: number;
	readonly height: number;
	readonly ambiguous: AmbiguousWidth;
	/** What the list says while it is empty: still loading, or nothing matches the filter. */
	readonly empty: string;
};

/** Date and source of a document, for its dimmed second row; its id first when another document has the same title. */
function details(document: ListedDocument, documents: DocumentSet): string {
	const id = documents.sharesTitle(document) ? document.id : undefined;
	return [id, document.date, document.source ?? document.author].filter(Boolean).join(' · ');
}

/** Two rows per document: marker and title, then date and source dimmed; every row cut to the width. */
export function DocumentList({documents, selected, open, focused, width, height, ambiguous, empty}: DocumentListProps) {
	if (documents.count === 0) {
		// An empty corpus never opens the reader: an empty list is still loading, or filtered to nothing.
		return <Text dimColor>{padToWidth(empty, width, ambiguous)}</Text>;
	}

	const perPage = listPageSize(height);
	const first = listStart(selected, documents.count, perPage);
	const shown = documents.slice(first, first + perPage);
	return (
		<Box flexDirection="column" width={width} height={height}>
			{shown.map((document, row) => {
				const index = first + row;
				const isSelected = index === selected;
				const marker = index === open ? '* ' : '  ';
				return (
					<Box key={document.key} flexDirection="column">
						<Text inverse={isSelected && focused} bold={isSelected} wrap="truncate-end">
							{padToWidth(marker + document.title, width, ambiguous)}
						</Text>
						<Text dimColor wrap="truncate-end">
							{padToWidth('  ' + details(document, documents), width, ambiguous)}
						</Text>
					</Box>
				);
			})}
		</Box>
	);
}
