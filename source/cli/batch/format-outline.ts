import type {Document} from '../../core/document.js';
import type {AmbiguousWidth} from '../../core/layout/layout-types.js';
import {truncateToWidth} from '../../core/layout/text-width.js';
import {displayName} from '../../core/text/display-name.js';

/** `--outline` as text: the title, then one section a line, indented by level. */
export function formatOutline(document: Document, width: number, ambiguous: AmbiguousWidth): string[] {
	const sections = document.sections.map((section) => truncateToWidth(`${'  '.repeat(section.level)}${displayName(section.title)}`, width, ambiguous));
	return [truncateToWidth(displayName(document.title), width, ambiguous), ...sections];
}
