import type {Document} from '../../core/document.js';
import type {AmbiguousWidth} from '../../core/layout/layout-types.js';
import {padToWidth, textWidth, truncateToWidth} from '../../core/layout/text-width.js';
import {displayName} from '../../core/text/display-name.js';

const scriptMark = {simplified: '简', traditional: '繁', unknown: '?'} as const;

/**
 * `--list` as aligned text: one document a row (id, date, script, sections,
 * characters, title), every column measured by display width and as wide as its
 * widest value (numbers are never cut), no row wider than `width`. Ids and titles
 * are shown on one line, whatever control characters their file names hold.
 */
export function formatList(documents: readonly Document[], width: number, ambiguous: AmbiguousWidth): string[] {
	const ids = documents.map((document) => displayName(document.id));
	const sections = documents.map((document) => `${document.sections.length}§`);
	const chars = documents.map((document) => String(document.chars));
	const columnWidth = (values: readonly string[], header: string, atMost = Number.POSITIVE_INFINITY) => Math.min(atMost, Math.max(textWidth(header, ambiguous), ...values.map((value) => textWidth(value, ambiguous))));
	const idWidth = columnWidth(ids, 'id', 32);
	const sectionsWidth = columnWidth(sections, '§');
	const charsWidth = columnWidth(chars, 'chars');
	const row = (cells: readonly [string, string, string, string, string, string]) => {
		const [id, date, script, sectionCount, charCount, title] = cells;
		const aligned = [padToWidth(id, idWidth, ambiguous), padToWidth(date, 10, ambiguous), script, padToWidth(sectionCount, sectionsWidth, ambiguous, 'right'), padToWidth(charCount, charsWidth, ambiguous, 'right'), title];
		return truncateToWidth(aligned.join('  '), width, ambiguous);
	};

	const rows = documents.map((document, index) => row([ids[index], document.date ?? '-', scriptMark[document.script], sections[index], chars[index], displayName(document.title)]));
	return [row(['id', 'date', '字', '§', 'chars', 'title']), ...rows];
}
