import Fuse from 'fuse.js';
import type {IndexedDocument} from './indexed-document.js';

/** Fuzzy occurrences in one document and fuse.js's best score for them (0 is perfect). */
export type FuzzyHits = {readonly ranges: number[]; readonly score: number};

/** Near misses by document key; `capped` when places were left unscored (more than `maxPlaces`). */
export type FuzzyMatches = {readonly found: Map<string, FuzzyHits>; readonly capped: boolean};
/**
 * Longer queries get no near misses: fuse.js scores a long pattern 32 characters at a
 * time over every window, so a 2,000-character paste took seconds per search, and a
 * near miss of a whole passage is not a hit anyone looks for.
 */
const maxFuzzyLength = 64;
const operators = /[\s'!^$=|]/g;

type Window = {readonly entry: IndexedDocument; readonly start: number; readonly text: string};

/**
 * fuse.js over the text around each occurrence of the query's rarest characters
 * (a near miss keeps at least one of them) that holds most (60%) of the query's
 * characters, in the documents `holding` that many of them, with `ignoreLocation` and
 * a threshold that allows one wrong character in four: a two-character Chinese
 * query never matches text holding just one of its characters. Scoring short
 * windows instead of whole paragraphs keeps a fuzzy query fast at any size.
 */
export function matchFuzzy(holding: (codes: readonly number[], wanted: number) => readonly IndexedDocument[], query: string, rarity: (code: number) => number, maxPlaces: number): FuzzyMatches {
	const pattern = query.trim();
	const chars = [...new Set(pattern.replaceAll(operators, ''))];
	const found = new Map<string, FuzzyHits>();
	if (chars.length < 3 || pattern.length > maxFuzzyLength) {
		return {found, capped: false};
	}

	// Only windows that hold most of the query's characters are worth scoring. A window holding
	// `wanted` of the characters the corpus has holds one of its `present - wanted + 1` rarest
	// (without them, too few are left): their occurrences are the places to look. A character
	// the corpus never holds is the typo itself; with it gone, one anchor is often enough.
	const wanted = Math.max(2, Math.ceil(chars.length * 0.6));
	const present = chars.filter((char) => rarity(char.charCodeAt(0)) > 0).sort((a, b) => rarity(a.charCodeAt(0)) - rarity(b.charCodeAt(0)));
	const anchors = present.slice(0, present.length - wanted + 1);
	const entries = holding(present.map((char) => char.charCodeAt(0)), wanted);
	const {windows, capped} = windowsAround(entries, anchors, {reach: pattern.length * 2, maxPlaces}, holdingMost(chars, wanted));
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

	return {found, capped};
}

/**
 * Whether a stretch of text holds `wanted` of the query's characters. Read in
 * place, one lookup a character: a slice and a scan per character for every occurrence of a
 * common character cost most of a fuzzy search over 100 MB.
 */
function holdingMost(chars: readonly string[], wanted: number): (text: string, start: number, end: number) => boolean {
	// Index of each query character by code unit (a table: a Map lookup per character was most of the cost);
	// an astral character by its high surrogate, which can only count it a little too often.
	const indexes = new Int8Array(0x1_00_00).fill(-1);
	for (const [index, char] of chars.entries()) {
		indexes[char.charCodeAt(0)] = Math.min(index, 127);
	}

	// Which characters the current stretch holds, marked with the stretch's number: nothing to clear between stretches.
	const seenIn = new Uint32Array(128);
	let stretch = 0;
	return (text, start, end) => {
		stretch++;
		let seen = 0;
		for (let at = start; at < end && seen < wanted; at++) {
			const index = indexes[text.charCodeAt(at)]!;
			if (index >= 0 && seenIn[index] !== stretch) {
				seenIn[index] = stretch;
				seen++;
			}
		}

		return seen >= wanted;
	};
}

/**
 * Text around each occurrence of the characters, within its record (records are lines), overlapping
 * windows joined; at most `maxPlaces` windows (fuse.js scores ~15 µs a window), `capped` when more were left.
 */
function windowsAround(entries: readonly IndexedDocument[], chars: readonly string[], {reach, maxPlaces}: {reach: number; maxPlaces: number}, promising: (text: string, start: number, end: number) => boolean): {windows: Window[]; capped: boolean} {
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
			if (windows.length >= maxPlaces) {
				return {windows, capped: true};
			}

			// The stretch before it is cut at line ends holds all the window can: most occurrences of a
			// common character fail there, before the scans for the line's ends (a paragraph each way).
			if (at + reach <= last || !promising(text, Math.max(at - reach, last, 0), Math.min(at + reach, text.length))) {
				continue;
			}

			const start = Math.max(at - reach, last, text.lastIndexOf('\n', at) + 1);
			const lineEnd = text.indexOf('\n', at);
			const end = Math.min(at + reach, lineEnd === -1 ? text.length : lineEnd);
			if (end > last && promising(text, start, end)) {
				windows.push({entry, start, text: text.slice(start, end)});
				last = end;
			}
		}
	}

	return {windows, capped: false};
}
