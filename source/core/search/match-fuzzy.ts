import Fuse from 'fuse.js';
import type {IndexedDocument} from './indexed-document.js';
import {nearMatch} from './near-match.js';

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

/** What near misses are looked for in: the index's documents and scans. */
export type FuzzyCorpus = {
	/** The documents holding at least `wanted` of the code units, in index order. */
	readonly holding: (codes: readonly number[], wanted: number) => readonly IndexedDocument[];
	/** How common a code unit is; 0 when no document holds it. */
	readonly rarity: (code: number) => number;
	/** A scan for `needle`: each occurrence in a text as start, end pairs. */
	readonly scanner: (needle: string) => (text: string) => readonly number[];
};

/** fuse.js's threshold: with `ignoreLocation` a window matches when errors / pattern length stays within it. */
const threshold = 0.3;
/** fuse.js scores a pattern up to this long in one piece (bitap over a 32-bit word); longer ones by chunks. */
const bitapLength = 32;

/**
 * fuse.js over the text around likely places, with `ignoreLocation` and a threshold that
 * allows one wrong character in four: a two-character Chinese query never matches text
 * holding just one of its characters. Scoring short windows instead of whole paragraphs
 * keeps a fuzzy query fast at any size. The places: a plain pattern fuse.js takes whole
 * (no operator, 32 code units at most) with k errors allowed, cut into k + 1 pieces, has
 * one of them exactly in any text it matches (each error spoils one piece at most), so its
 * places are the pieces' occurrences; otherwise, the occurrences of its rarest characters
 * (a near miss keeps at least one of them). Either way only windows that hold most (60%) of
 * the query's characters are kept, and of a plain pattern's, only those within its errors of
 * it (`nearMatch`) are scored.
 */
export function matchFuzzy(corpus: FuzzyCorpus, query: string, maxPlaces: number): FuzzyMatches {
	const pattern = query.trim();
	const chars = [...new Set(pattern.replaceAll(operators, ''))];
	const found = new Map<string, {ranges: number[]; score: number}>();
	if (chars.length < 3 || pattern.length > maxFuzzyLength) {
		return {found, capped: false};
	}

	const wanted = Math.max(2, Math.ceil(chars.length * 0.6));
	const promising = holdingMost(chars, wanted);
	const pieces = exactPieces(pattern);
	const {windows: around, capped} = pieces ? windowsAroundPieces(corpus, pieces, {reach: pattern.length * 2, maxPlaces}, promising) : windowsAroundRare(corpus, chars, {wanted, reach: pattern.length * 2, maxPlaces}, promising);
	// fuse.js (~15 µs a window) scores only windows it could match: for a plain pattern, those within its errors of it.
	const near = pieces ? nearMatch(pattern, pieces.length - 1) : undefined;
	const windows = near ? around.filter((window) => near(window.text, 0, window.text.length)) : around;
	const fuse = new Fuse(
		windows.map((window) => window.text),
		{ignoreLocation: true, threshold, includeMatches: true, includeScore: true, useExtendedSearch: true, minMatchCharLength: 2, shouldSort: false},
	);
	for (const result of fuse.search(pattern)) {
		const {entry, start} = windows[result.refIndex]!;
		const ranges = (result.matches ?? []).flatMap((match) => match.indices.flatMap(([from, to]) => [start + from, start + to + 1]));
		// A document's windows add to one list: a copy of it for each window was quadratic in its windows.
		const hits = found.get(entry.key);
		if (hits) {
			hits.ranges.push(...ranges);
			hits.score = Math.min(hits.score, result.score ?? 1);
		} else {
			found.set(entry.key, {ranges, score: result.score ?? 1});
		}
	}

	return {found, capped};
}

/** A piece of the pattern and where it starts in it. */
type Piece = {readonly text: string; readonly offset: number};

/**
 * The pattern cut into one piece more than the errors fuse.js allows it, as even as can be;
 * undefined when fuse.js would not take the pattern whole (an operator, a space, or longer than bitap's word).
 */
export function exactPieces(pattern: string): Piece[] | undefined {
	const {length} = pattern;
	// `search` ignores the pattern's global flag and last index: no state between calls.
	if (length > bitapLength || pattern.search(operators) !== -1) {
		return undefined;
	}

	// As fuse.js counts: a match with `errors` errors scores errors / length.
	let errors = 0;
	while (errors + 1 < length && (errors + 1) / length <= threshold) {
		errors++;
	}

	return Array.from({length: errors + 1}, (_, index) => {
		const offset = Math.floor((index * length) / (errors + 1));
		return {text: pattern.slice(offset, Math.floor(((index + 1) * length) / (errors + 1))), offset};
	});
}

/** The text around each occurrence of a piece, within its record. */
function windowsAroundPieces(corpus: FuzzyCorpus, pieces: readonly Piece[], {reach, maxPlaces}: {reach: number; maxPlaces: number}, promising: Promising): {windows: Window[]; capped: boolean} {
	// Each piece is scanned for only in the documents holding all its characters, marked by ordinal.
	const holders = pieces.map((piece) => {
		const codes = [...new Set(Array.from({length: piece.text.length}, (_, index) => piece.text.charCodeAt(index)))];
		return corpus.holding(codes, codes.length);
	});
	const size = Math.max(0, ...holders.map((holding) => (holding.at(-1)?.ordinal ?? -1) + 1));
	const byOrdinal: Array<IndexedDocument | undefined> = Array.from({length: size});
	const held = holders.map((holding) => {
		const marks = new Uint8Array(size);
		for (const entry of holding) {
			marks[entry.ordinal] = 1;
			byOrdinal[entry.ordinal] = entry;
		}

		return marks;
	});
	const scans = pieces.map((piece) => corpus.scanner(piece.text));
	const places: number[] = [];
	const windows: Window[] = [];
	for (const entry of byOrdinal) {
		if (entry === undefined) {
			continue;
		}

		places.length = 0;
		let scanned = 0;
		for (const [index, scan] of scans.entries()) {
			if (held[index]![entry.ordinal] === 1) {
				const ranges = scan(entry.text);
				for (let at = 0; at < ranges.length; at += 2) {
					places.push(ranges[at]!);
				}

				scanned++;
			}
		}

		if (scanned > 1) {
			places.sort((a, b) => a - b);
		}

		// A match holding the piece lies within the pattern's length (and its errors) of it either way.
		if (collectWindows(entry, places, {before: reach, after: reach, maxPlaces}, promising, windows)) {
			return {windows, capped: true};
		}
	}

	return {windows, capped: false};
}

/**
 * The text around each occurrence of the query's rarest characters. A window holding `wanted`
 * of the characters the corpus has holds one of its `present - wanted + 1` rarest (without
 * them, too few are left): their occurrences are the places to look. A character the corpus
 * never holds is the typo itself; with it gone, one anchor is often enough.
 */
function windowsAroundRare(corpus: FuzzyCorpus, chars: readonly string[], {wanted, reach, maxPlaces}: {wanted: number; reach: number; maxPlaces: number}, promising: Promising): {windows: Window[]; capped: boolean} {
	const present = chars.filter((char) => corpus.rarity(char.charCodeAt(0)) > 0).sort((a, b) => corpus.rarity(a.charCodeAt(0)) - corpus.rarity(b.charCodeAt(0)));
	const anchors = present.slice(0, present.length - wanted + 1);
	const windows: Window[] = [];
	for (const entry of corpus.holding(present.map((char) => char.charCodeAt(0)), wanted)) {
		const {text} = entry;
		const places = anchors.flatMap((char) => {
			const found: number[] = [];
			for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) {
				found.push(at);
			}

			return found;
		});
		if (collectWindows(entry, places.sort((a, b) => a - b), {before: reach, after: reach, maxPlaces}, promising, windows)) {
			return {windows, capped: true};
		}
	}

	return {windows, capped: false};
}

type Promising = (text: string, start: number, end: number) => boolean;

/**
 * Whether a stretch of text holds `wanted` of the query's characters. Read in
 * place, one lookup a character: a slice and a scan per character for every occurrence of a
 * common character cost most of a fuzzy search over 100 MB.
 */
function holdingMost(chars: readonly string[], wanted: number): Promising {
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
 * Windows from `before` code units before each place (ascending) to `after` after it, within
 * its record (records are lines), overlapping ones joined, pushed to `windows` while fewer
 * than `maxPlaces` (fuse.js scores ~15 µs a window); true when places were left.
 */
function collectWindows(entry: IndexedDocument, places: readonly number[], {before, after, maxPlaces}: {before: number; after: number; maxPlaces: number}, promising: Promising, windows: Window[]): boolean {
	const {text} = entry;
	let last = -1;
	for (const at of places) {
		if (windows.length >= maxPlaces) {
			return true;
		}

		// The stretch before it is cut at line ends holds all the window can: most places of a
		// common character fail there, before the scans for the line's ends (a paragraph each way).
		if (at + after <= last || !promising(text, Math.max(at - before, last, 0), Math.min(at + after, text.length))) {
			continue;
		}

		const start = Math.max(at - before, last, text.lastIndexOf('\n', at) + 1);
		const lineEnd = text.indexOf('\n', at);
		const end = Math.min(at + after, lineEnd === -1 ? text.length : lineEnd);
		if (end > last && promising(text, start, end)) {
			windows.push({entry, start, text: text.slice(start, end)});
			last = end;
		}
	}

	return false;
}
