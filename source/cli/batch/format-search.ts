import type {AmbiguousWidth} from '../../core/layout/layout-types.js';
import {truncateToWidth} from '../../core/layout/text-width.js';
import {sanitize} from '../../core/text/sanitize.js';
import type {SearchHitRow} from './search-hits.js';

/** `--search` as text: `id · section · snippet`, one hit a line, no line wider than `width`. */
export function formatSearch(rows: readonly SearchHitRow[], width: number, ambiguous: AmbiguousWidth): string[] {
	return rows.map((row) => truncateToWidth([row.id, row.section || '-', row.snippet].map((cell) => sanitize(cell)).join(' · '), width, ambiguous));
}
