import type {Document} from './document.js';
import type {AmbiguousWidth} from './layout-types.js';
import {truncateToWidth} from './text-width.js';

/** `--outline` as text: the title, then one section a line, indented by level. */
export function formatOutline(document: Document, width: number, ambiguous: AmbiguousWidth): string[] {
	const sections = document.sections.map((section) => truncateToWidth(`${'  '.repeat(section.level)}${section.title}`, width, ambiguous));
	return [truncateToWidth(document.title, width, ambiguous), ...sections];
}
