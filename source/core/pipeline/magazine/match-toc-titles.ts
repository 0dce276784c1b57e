import {bigramSimilarity, normalizeTitle} from '../../text/normalize-title.js';
import type {TableOfContents, TocEntry} from './table-of-contents.js';

/** Where a contents entry's title stands in the body: `count` lines from `line`. */
export type TitleMatch = {
	readonly entry: TocEntry;
	readonly line: number;
	readonly count: number;
	/** Whether the body spells the title as the contents do (spaces aside), or only nearly. */
	readonly exact: boolean;
};

const maxTitleLines = 3;
const fuzzyThreshold = 0.8;

/**
 * Finds each contents entry's title in the body, in order. A title may be split
 * across up to three lines or spaced differently; a near match (OCR errors) counts
 * when nothing exact follows. Lines inside the contents are never matched.
 */
export function matchTocTitles(lines: readonly string[], toc: TableOfContents): TitleMatch[] {
	const matches: TitleMatch[] = [];
	let cursor = 0;
	for (const entry of toc.entries) {
		const wanted = normalizeTitle(entry.title);
		const exact = findTitle(lines, toc, wanted, cursor, exactAt);
		const found = exact ?? findTitle(lines, toc, wanted, cursor, fuzzyAt);
		if (found) {
			matches.push({entry, ...found, exact: exact !== undefined});
			cursor = found.line + found.count;
		}
	}

	return matches;
}

type Matcher = (lines: readonly string[], index: number, wanted: string) => number;

function findTitle(lines: readonly string[], toc: TableOfContents, wanted: string, from: number, matcher: Matcher) {
	for (let index = from; index < lines.length; index++) {
		if (index >= toc.start && index < toc.end) {
			continue;
		}

		const count = matcher(lines, index, wanted);
		if (count > 0) {
			return {line: index, count};
		}
	}

	return undefined;
}

function exactAt(lines: readonly string[], index: number, wanted: string): number {
	let joined = '';
	for (let count = 1; count <= maxTitleLines && index + count - 1 < lines.length; count++) {
		joined += normalizeTitle(lines[index + count - 1]!);
		if (joined === wanted) {
			return count;
		}

		// Blank lines may separate the parts of a split title; only keep going on a true prefix.
		if (!wanted.startsWith(joined) || (count === 1 && joined.length < 2)) {
			return 0;
		}
	}

	return 0;
}

function fuzzyAt(lines: readonly string[], index: number, wanted: string): number {
	const line = normalizeTitle(lines[index]!);
	const ratio = line.length / wanted.length;
	if (ratio < 0.75 || ratio > 1.33) {
		return 0;
	}

	return bigramSimilarity(line, wanted) >= fuzzyThreshold ? 1 : 0;
}
