import type {Document} from '../../core/document.js';
import type {AmbiguousWidth} from '../../core/layout/layout-types.js';
import {padToWidth, textWidth, truncateToWidth} from '../../core/layout/text-width.js';
import {sanitize} from '../../core/text/sanitize.js';

const scriptMark = {simplified: '简', traditional: '繁', unknown: '?'} as const;

/**
 * `--list` as aligned text: one document a row (id, date, script, sections,
 * characters, title), every column measured by display width, no row wider than `width`.
 */
export function formatList(documents: readonly Document[], width: number, ambiguous: AmbiguousWidth): string[] {
	const idWidth = Math.min(32, Math.max(2, ...documents.map((document) => textWidth(sanitize(document.id), ambiguous))));
	const rows = documents.map((document) => {
		const cells = [
			padToWidth(sanitize(document.id), idWidth, ambiguous),
			padToWidth(document.date ?? '-', 10, ambiguous),
			scriptMark[document.script],
			padToWidth(`${document.sections.length}§`, 4, ambiguous, 'right'),
			padToWidth(String(document.chars), 7, ambiguous, 'right'),
			document.title,
		];
		return truncateToWidth(cells.join('  '), width, ambiguous);
	});
	const header = truncateToWidth(
		[padToWidth('id', idWidth, ambiguous), padToWidth('date', 10, ambiguous), '字', padToWidth('§', 4, ambiguous, 'right'), padToWidth('chars', 7, ambiguous, 'right'), 'title'].join('  '),
		width,
		ambiguous,
	);
	return [header, ...rows];
}
