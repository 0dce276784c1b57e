import {Box, Text} from 'ink';
import type {AmbiguousWidth, LayoutLine} from '../core/layout/layout-types.js';
import {truncateToWidth} from '../core/layout/text-width.js';
import type {RowHighlight} from '../state/selectors.js';
import {styleFor} from './theme.js';

/** Props of the reader pane. */
export type ReaderPaneProps = {
	/** Lines already wrapped to `width` by the layout engine. */
	readonly lines: readonly LayoutLine[];
	readonly width: number;
	readonly height: number;
	readonly color: boolean;
	readonly ambiguous: AmbiguousWidth;
	/** Search hits on the rows shown, drawn inverse. */
	readonly highlights?: readonly RowHighlight[];
};

/** A row's text cut into plain and highlighted parts, in order. */
function parts(text: string, marks: readonly RowHighlight[]): Array<{text: string; marked: boolean}> {
	const result: Array<{text: string; marked: boolean}> = [];
	let at = 0;
	for (const mark of [...marks].sort((a, b) => a.from - b.from)) {
		if (mark.from < at) {
			continue;
		}

		result.push({text: text.slice(at, mark.from), marked: false}, {text: text.slice(mark.from, mark.to), marked: true});
		at = mark.to;
	}

	result.push({text: text.slice(at), marked: false});
	return result.filter((part) => part.text !== '');
}

/** Whether text fits `width` columns without measuring: no code unit but a tab is wider than two columns. */
function fitsSurely(text: string, width: number): boolean {
	return text.length * 2 <= width && !text.includes('\t');
}

/**
 * Shows pre-wrapped lines, one Text per row. Lines are cut by display width as a
 * guard only (Ink's own truncation can overflow by a column on CJK), and measured
 * only when they might not fit: most rows of Chinese need no measuring on each key.
 */
export function ReaderPane({lines, width, height, color, ambiguous, highlights = []}: ReaderPaneProps) {
	return (
		<Box flexDirection="column" width={width} height={height}>
			{lines.slice(0, height).map((line, row) => {
				const text = fitsSurely(line.text, width) ? line.text : truncateToWidth(line.text, width, ambiguous);
				const marks = highlights.filter((mark) => mark.row === row);
				// Rows are positional: the same row shows another line after a scroll.
				return (
					<Text key={row} {...styleFor(line.kind, color)} wrap="truncate-end">
						{marks.length === 0 ? text || ' ' : parts(text, marks).map((part, index) => (part.marked ? <Text key={index} inverse>{part.text}</Text> : part.text))}
					</Text>
				);
			})}
		</Box>
	);
}
