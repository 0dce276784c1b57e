import type {Document} from '../../core/document.js';
import type {AmbiguousWidth} from '../../core/layout/layout-types.js';
import {padToWidth, textWidth, truncateToWidth} from '../../core/layout/text-width.js';
import {displayName} from '../../core/text/display-name.js';
import type {Messages} from '../../state/messages/messages.js';

const scriptKeys = {simplified: 'script.simplified', traditional: 'script.traditional', unknown: 'script.unknown'} as const;

/**
 * `--list` as aligned text in the user's language: one document a row (id, date,
 * script, sections, characters, title) under a header, every column as wide as its
 * widest cell by display width, so Chinese headers keep the columns aligned; no row
 * wider than `width`. Numbers are never cut; ids and titles are shown on one line,
 * whatever control characters their file names hold.
 */
export function formatList(documents: readonly Document[], width: number, ambiguous: AmbiguousWidth, messages: Messages): string[] {
	const header = [messages['list.id'], messages['list.date'], messages['list.script'], messages['list.sections'], messages['list.chars'], messages['list.title']];
	const rows = documents.map((document) => [
		displayName(document.id),
		document.date ?? '-',
		messages[scriptKeys[document.script]],
		String(document.sections.length),
		String(document.chars),
		displayName(document.title),
	]);
	const widths = header.slice(0, -1).map((_, column) => Math.max(...[header, ...rows].map((cells) => textWidth(cells[column] ?? '', ambiguous))));
	// A very long id would push every title off the screen.
	widths[0] = Math.min(32, widths[0] ?? 0);
	const numeric = new Set([3, 4]);
	return [header, ...rows].map((cells) => {
		const padded = cells.map((cell, column) => {
			const cellWidth = widths[column];
			return cellWidth === undefined ? cell : padToWidth(cell, cellWidth, ambiguous, numeric.has(column) ? 'right' : 'left');
		});
		return truncateToWidth(padded.join('  '), width, ambiguous);
	});
}
