import type {Block} from '../document.js';
import {basename, extname} from './metadata/path-name.js';
import {charLength} from '../text/char-length.js';

const titlePrefix = /^(?:原标题|原標題)\s*[:：]\s*/u;
const siteSuffix = /\s*(?:[-_|｜–—]\s*[^-_|｜–—]{2,20})$/u;

/**
 * Picks the title: front matter (its `_` stand for characters a scraper could not
 * keep in a file name, so a body line that matches restores them), then the first
 * candidate the body offered (a page's first heading, its `<title>` without the
 * site's name, a plain text's title line), then the file name.
 */
export function resolveTitle(field: unknown, candidates: ReadonlyArray<string | undefined>, blocks: readonly Block[], path: string): string {
	if (typeof field === 'string' && field.trim()) {
		return restoreMasked(field.trim(), blocks);
	}

	const found = candidates.find((candidate) => candidate?.trim());
	// Standard input (`-`) has no file name to fall back to.
	return found?.trim() ?? (path === '-' ? '' : basename(path, extname(path)));
}

/** A `<title>` without the site name after a separator: `标题 - 某某网` → `标题`. */
export function withoutSiteName(title: string): string {
	const trimmed = title.replace(siteSuffix, '');
	return charLength(trimmed, 4) >= 4 ? trimmed : title;
}

function restoreMasked(title: string, blocks: readonly Block[]): string {
	if (!title.includes('_')) {
		return title;
	}

	const pattern = new RegExp(`^${title.split('_').map(escape).join('.')}$`, 'u');
	for (const block of blocks) {
		const text = block.text.replace(titlePrefix, '').trim();
		if (pattern.test(text)) {
			return text;
		}
	}

	return title.replace(/_/g, ' ').trim();
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
