import Fuse from 'fuse.js';
import type {IndexedDocument} from './indexed-document.js';

/** Fuzzy occurrences in one document and fuse.js's best score for them (0 is perfect). */
export type FuzzyHits = {readonly ranges: number[]; readonly score: number};

const maxWindows = 2000;
/**
 * Longer queries get no near misses: fuse.js scores a long pattern 32 characters at a
 * time over every window, so a 2,000-character paste took seconds per search, and a
 * near miss of a whole passage is not a hit anyone looks for.
 */
const maxFuzzyLength = 64;
const operators = /[\s'!^$=|]/g;

type Window = {readonly entry: IndexedDocument; readonly start: number; readonly text: string};

/**
 * fuse.js over the text around each occurrence of the query's two rarest
 * characters (a near miss keeps at least one of them) that holds most of the
 * query's characters, with `ignoreLocation` and
 * a threshold that allows one wrong character in four: a two-character Chinese
 * query never matches text holding just one of its characters. Scoring short
 * windows instead of whole paragraphs keeps a fuzzy query fast at any size.
 */
export function matchFuzzy(entries: readonly IndexedDocument[], query: string, counts: Uint32Array): Map<string, FuzzyHits> {
	const pattern = query.trim();
	const chars = [...new Set(pattern.replaceAll(operators, ''))];
	const found = new Map<string, FuzzyHits>();
	if (chars.length < 3 || pattern.length > maxFuzzyLength) {
		return found;
	}

	// A character the corpus never holds is the typo itself: it finds no window.
	const rarest = chars.filter((char) => counts[char.charCodeAt(0)]! > 0).sort((a, b) => counts[a.charCodeAt(0)]! - counts[b.charCodeAt(0)]!).slice(0, 2);
	// Only windows that hold most of the query's characters are worth scoring.
	const windows = windowsAround(entries, rarest, pattern.length * 2, (text) => chars.filter((char) => text.includes(char)).length >= Math.max(2, Math.ceil(chars.length * 0.6)));
	const fuse = new Fuse(
		windows.map((window) => window.text),
		{ignoreLocation: true, threshold: 0.3, includeMatches: true, includeScore: true, useExtendedSearch: true, minMatchCharLength: 2, shouldSort: false},
	);
	for (const result of fuse.search(pattern)) {
		const {entry, start} = windows[result.refIndex]!;
		const ranges = (result.matches ?? []).flatMap((match) => match.indices.flatMap(([from, to]) => [start + from, start + to + 1]));
		const previous = found.get(entry.key);
		found.set(entry.key, {ranges: [...(previous?.ranges ?? []), ...ranges], score: Math.min(previous?.score ?? 1, result.score ?? 1)});
	}

	return found;
}

/** Text around each occurrence of the characters, within its record (records are lines), overlapping windows joined. */
function windowsAround(entries: readonly IndexedDocument[], chars: readonly string[], reach: number, promising: (text: string) => boolean): Window[] {
	const windows: Window[] = [];
	for (const entry of entries) {
		const {text} = entry;
		const positions = chars.flatMap((char) => {
			const found: number[] = [];
			for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) {
				found.push(at);
			}

			return found;
		});
		let last = -1;
		for (const at of positions.sort((a, b) => a - b)) {
			if (windows.length >= maxWindows) {
				return windows;
			}

			const start = Math.max(at - reach, last, text.lastIndexOf('\n', at) + 1);
			const lineEnd = text.indexOf('\n', at);
			const end = Math.min(at + reach, lineEnd === -1 ? text.length : lineEnd);
			if (end > last) {
				const window = text.slice(start, end);
				if (promising(window)) {
					windows.push({entry, start, text: window});
					last = end;
				}
			}
		}
	}

	return windows;
}
