import {isTag, type AnyNode, type Element} from 'domhandler';
import {collapseMarkupSpace, pushChildren, textOf} from './html-tree.js';

/** A data table's rows of cells, and whether the first row is a header. */
export type TableRows = {
	readonly rows: string[][];
	readonly header: boolean;
};

// Cells longer than this hold paragraphs: the table lays out a page rather than data.
const longestCell = 300;
const blockInCell = new Set(['p', 'div', 'ul', 'ol', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The rows of a table that holds data, or undefined for a table that lays out a
 * page (nested tables, one column, paragraphs in cells), which is read as text.
 */
export function dataTableRows(table: Element): TableRows | undefined {
	const rows: Element[] = [];
	let header = false;
	const stack: AnyNode[] = [];
	pushChildren(stack, table.children);
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (!isTag(node)) {
			continue;
		}

		const name = node.name.toLowerCase();
		if (name === 'table' || blockInCell.has(name)) {
			return undefined;
		}

		header ||= name === 'thead';
		if (name === 'tr') {
			rows.push(node);
		} else {
			pushChildren(stack, node.children);
		}
	}

	const cells = rows.map((row) => row.children.filter((cell) => isTag(cell) && /^t[dh]$/i.test(cell.name)) as Element[]);
	const texts = cells.map((row) => row.map((cell) => collapseMarkupSpace(textOf(cell)))).filter((row) => row.some(Boolean));
	if (texts.length === 0 || texts.every((row) => row.length < 2) || texts.some((row) => row.some((cell) => cell.length > longestCell))) {
		return undefined;
	}

	header ||= cells[0]!.length > 0 && cells[0]!.every((cell) => cell.name.toLowerCase() === 'th');
	return {rows: texts, header};
}
