import type {Block} from '../document.js';
import type {AmbiguousWidth} from './layout-types.js';
import {padToWidth, textWidth, truncateToWidth} from './text-width.js';
import {wrap} from './wrap.js';

/** A screen line of a table and the range of the table's text (its row) that it shows. */
export type TableLine = {readonly text: string; readonly start: number; readonly end: number};

type Table = Extract<Block, {kind: 'table'}>;

// Narrowest a column is squeezed to when the table is wider than the pane.
const narrowestColumn = 4;

/**
 * A table in aligned columns by display width, a rule under the header row; when
 * the table is wider than the pane, the widest columns narrow and their cells wrap
 * inside them, so a row stays a row.
 */
export function tableLines(table: Table, width: number, ambiguous: AmbiguousWidth): TableLine[] {
	const separator = ambiguous === 'wide' ? ' | ' : ' │ ';
	const count = table.rows.reduce((most, row) => Math.max(most, row.length), 0);
	const natural = Array.from({length: count}, (_, column) => table.rows.reduce((most, row) => Math.max(most, textWidth(row[column] ?? '', ambiguous)), 1));
	const widths = fitColumns(natural, width - textWidth(separator, ambiguous) * (count - 1));
	const lines: TableLine[] = [];
	let start = 0;
	for (const [index, row] of table.rows.entries()) {
		const end = start + row.join('\t').length;
		const cells = widths.map((columnWidth, column) => wrap(row[column] ?? '', columnWidth, {ambiguous}).map((line) => line.text));
		const height = cells.reduce((most, cell) => Math.max(most, cell.length), 1);
		for (let line = 0; line < height; line++) {
			const text = cells.map((cell, column) => padToWidth(cell[line] ?? '', widths[column]!, ambiguous)).join(separator);
			// Columns at their narrowest may still overflow a tiny pane: cut rather than break the row.
			lines.push({text: truncateToWidth(text.trimEnd(), width, ambiguous), start, end});
		}

		if (index === 0 && table.header) {
			const rule = ambiguous === 'wide' ? ['-', '-+-'] : ['─', '─┼─'];
			lines.push({text: truncateToWidth(widths.map((columnWidth) => rule[0]!.repeat(columnWidth)).join(rule[1]), width, ambiguous, ''), start: end, end});
		}

		start = end + 1;
	}

	return lines;
}

// Shrinks the widest columns, one column at a time, until the table fits (or every column is at its narrowest).
function fitColumns(natural: readonly number[], available: number): number[] {
	const widths = [...natural];
	let total = widths.reduce((sum, columnWidth) => sum + columnWidth, 0);
	while (total > available) {
		const widest = widths.indexOf(Math.max(...widths));
		if (widths[widest]! <= narrowestColumn) {
			break;
		}

		widths[widest]!--;
		total--;
	}

	return widths;
}
