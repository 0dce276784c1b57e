import type {IndexedDocument} from './indexed-document.js';
import {listEndField, listStartField, placeFields, slabField, wordField, type LetterTable} from './letter-table.js';
import {maxPlanLetters, type PinyinPlan} from './pinyin-plans.js';
import {noRanges} from './scan-stops.js';

/**
 * The start and end of each place, ascending, where the plan's characters occur in a row,
 * checked against the full syllables (one table lookup a character); `noRanges` when there is
 * none, else a list started at the first place (sized for it: an empty list grows room for 17
 * at its first push, and this runs for every document). When a letter of the plan is rare in the
 * document (a list of positions), its positions are the only places to look; otherwise
 * the bitmaps are shifted and intersected 32 positions at a time, rarest letter first
 * (`order`, indices into `letters`). The document's number comes beside its entry: where its
 * letters lie is read from the index's `LetterTable` by number, and the entry's own object
 * (its text, its lists) is reached only when there is something to check in it.
 */
export function matchPlan(table: LetterTable, entry: IndexedDocument, ordinal: number, plan: PinyinPlan, order: readonly number[]): number[] {
	const {places} = table;
	const at = ordinal * placeFields;
	let driver = -1;
	let shortest = Number.POSITIVE_INFINITY;
	for (const index of order) {
		const place = places[plan.letters[index]!]!;
		if (place[at + slabField] === -1) {
			const length = place[at + listEndField]! - place[at + listStartField]!;
			if (length === 0) {
				// Neither a bitmap nor a list: no character here reads that way.
				return noRanges;
			}

			if (length < shortest) {
				shortest = length;
				driver = index;
			}
		}
	}

	// Following a list costs a few lookups a position, a bitmap one step per 32: lists drive only when far shorter.
	return (shortest * 4 < table.words[ordinal]! ? followList(table, entry, ordinal, plan, driver, order) : scanBitmaps(table, entry, ordinal, plan, order)) ?? noRanges;
}

/** `found` with a range added: a list of its own at the first. */
function withRange(found: number[] | undefined, start: number, end: number): number[] {
	if (found === undefined) {
		return [start, end];
	}

	found.push(start, end);
	return found;
}

/** Each letter's bitmap and where it starts, rarest letter first, reused from document to document (an array each took a tenth of a query). */
const sources: Uint32Array[] = [];
const offsets = new Int32Array(maxPlanLetters);

function scanBitmaps(table: LetterTable, entry: IndexedDocument, ordinal: number, plan: PinyinPlan, order: readonly number[]): number[] | undefined {
	const {places, bitmaps} = table;
	const words = table.words[ordinal]!;
	const at = ordinal * placeFields;
	const count = order.length;
	for (let rank = 0; rank < count; rank++) {
		const letter = plan.letters[order[rank]!]!;
		const place = places[letter]!;
		const slab = place[at + slabField]!;
		sources[rank] = slab === -1 ? listedBitmap(table, entry, ordinal, letter, rank) : bitmaps[letter]![slab]!;
		offsets[rank] = slab === -1 ? 0 : place[at + wordField]!;
	}

	let found: number[] | undefined;
	// The last word of each bitmap is padding (always empty): the loops read within the letter's bitmap.
	for (let from = 0; from < words - 1; from += chunkWords) {
		const to = Math.min(words - 1, from + chunkWords);
		const held = count === 2 ? pairCandidates(from, to, order) : candidatesOf(from, to, order);
		// The text is reached only with candidates to check: most documents of a rare pair have none.
		found = held === 0 ? found : keepReadings(entry.text, plan.allowed, held, count, found);
	}

	return found;
}

/** Words of bitmaps gathered into candidates at a time: the candidates of a chunk fill `candidates` at most. */
const chunkWords = 1024;

/**
 * Candidate starts of a document, checked against the text once a chunk of the bitmaps is
 * read: a tight loop of independent reads keeps many cache misses in flight, where a check
 * between bitmap words waited for each (checking took a third less time, 100 MB measured).
 */
const candidates = new Int32Array(chunkWords * 32);

/**
 * Candidates of a plan of two letters in words `from` to `to`: the letter at index 0 unshifted,
 * the other shifted by one, each word read once (half the reads of the general loop).
 */
function pairCandidates(from: number, to: number, order: readonly number[]): number {
	const unshifted = order[0] === 0 ? 0 : 1;
	const first = sources[unshifted]!;
	const second = sources[1 - unshifted]!;
	const firstAt = offsets[unshifted]!;
	const secondAt = offsets[1 - unshifted]!;
	let held = 0;
	let next = second[secondAt + from]!;
	for (let word = from; word < to; word++) {
		const current = next;
		next = second[secondAt + word + 1]!;
		held = gather(first[firstAt + word]! & ((current >>> 1) | (next << 31)), word, held);
	}

	return held;
}

/**
 * Candidates of any plan in words `from` to `to`: the two rarest letters ANDed before any
 * test (a word rarely survives both, and a branch on the first alone goes either way: a
 * common letter is in most words), then the others while bits are left.
 */
function candidatesOf(from: number, to: number, order: readonly number[]): number {
	const count = order.length;
	const first = sources[0]!;
	const second = sources[1]!;
	const firstAt = offsets[0]!;
	const secondAt = offsets[1]!;
	const firstShift = order[0]!;
	const secondShift = order[1]!;
	let held = 0;
	for (let word = from; word < to; word++) {
		let bits = shiftedWord(first, firstAt + word, firstShift) & shiftedWord(second, secondAt + word, secondShift);
		if (bits === 0) {
			continue;
		}

		for (let index = 2; index < count && bits !== 0; index++) {
			bits &= shiftedWord(sources[index]!, offsets[index]! + word, order[index]!);
		}

		held = gather(bits, word, held);
	}

	return held;
}

/** Appends the positions of a word's set bits to `candidates` from `held` on; returns the new count. */
function gather(bits: number, word: number, held: number): number {
	let rest = bits;
	let count = held;
	while (rest !== 0) {
		const low = rest & -rest;
		candidates[count++] = (word << 5) + 31 - Math.clz32(low);
		rest ^= low;
	}

	return count;
}

/** `found` with the first `held` candidates that read as the plan's syllables (any, for initials), as start and end. */
function keepReadings(text: string, allowed: readonly Uint8Array[], held: number, length: number, found: number[] | undefined): number[] | undefined {
	let kept = found;
	if (allowed.length === 0) {
		for (let index = 0; index < held; index++) {
			kept = withRange(kept, candidates[index]!, candidates[index]! + length);
		}
	} else if (allowed.length === 2) {
		// Two syllables, the common query, with both tables in locals: the loop is then only its reads.
		const first = allowed[0]!;
		const second = allowed[1]!;
		for (let index = 0; index < held; index++) {
			const position = candidates[index]!;
			if (first[text.charCodeAt(position)] !== 0 && second[text.charCodeAt(position + 1)] !== 0) {
				kept = withRange(kept, position, position + 2);
			}
		}
	} else {
		for (let index = 0; index < held; index++) {
			const position = candidates[index]!;
			if (readsAs(text, position, allowed)) {
				kept = withRange(kept, position, position + length);
			}
		}
	}

	return kept;
}

/** Scratch bitmaps, one per letter of a plan, reused from document to document. */
const scratch: Uint32Array[] = [];

/** A listed letter's positions as a bitmap (in scratch space `slot`), to be intersected with the others. */
function listedBitmap(table: LetterTable, entry: IndexedDocument, ordinal: number, letter: number, slot: number): Uint32Array {
	const words = table.words[ordinal]!;
	let bitmap = scratch[slot];
	if (bitmap === undefined || bitmap.length < words) {
		bitmap = new Uint32Array(Math.max(words, (bitmap?.length ?? 0) * 2));
		scratch[slot] = bitmap;
	}

	bitmap.fill(0, 0, words);
	const {positions} = entry;
	const place = table.places[letter]!;
	const at = ordinal * placeFields;
	for (let listed = place[at + listStartField]!; listed < place[at + listEndField]!; listed++) {
		const position = positions[listed]!;
		bitmap[position >>> 5]! |= 1 << (position & 31);
	}

	return bitmap;
}

/** The 32 bits from bit `shift` (below 32) of word `at` on. */
function shiftedWord(bitmaps: Uint32Array, at: number, shift: number): number {
	const low = bitmaps[at]!;
	return shift === 0 ? low : (low >>> shift) | (bitmaps[at + 1]! << (32 - shift));
}

/** Each letter's place in its list, reused from document to document: `Int32Array.from` with a mapping took a quarter of an initials query. */
const cursorScratch = new Int32Array(maxPlanLetters);

/** Matches at the positions of the plan's rarest listed letter (`driver`); other listed letters are followed with a cursor each. */
function followList(table: LetterTable, entry: IndexedDocument, ordinal: number, plan: PinyinPlan, driver: number, order: readonly number[]): number[] | undefined {
	const {positions} = entry;
	const at = ordinal * placeFields;
	const cursors = cursorScratch;
	for (let index = 0; index < plan.letters.length; index++) {
		cursors[index] = table.places[plan.letters[index]!]![at + listStartField]!;
	}

	const driving = table.places[plan.letters[driver]!]!;
	const checks = {order, skip: driver};
	let found: number[] | undefined;
	for (let listed = driving[at + listStartField]!; listed < driving[at + listEndField]!; listed++) {
		const start = positions[listed]! - driver;
		if (start >= 0 && holdsAll(table, entry, ordinal, plan.letters, start, checks, cursors) && readsAs(entry.text, start, plan.allowed)) {
			found = withRange(found, start, start + plan.letters.length);
		}
	}

	return found;
}

/**
 * Whether the characters from `start` on have the plan's letters, rarest first (`order`) so
 * that most starts fail at the first test, all but `skip` (the driver); list cursors only move forward.
 */
function holdsAll(table: LetterTable, entry: IndexedDocument, ordinal: number, letters: readonly number[], start: number, {order, skip}: {readonly order: readonly number[]; readonly skip: number}, cursors: Int32Array): boolean {
	const {positions} = entry;
	const at = ordinal * placeFields;
	for (const index of order) {
		if (index === skip) {
			continue;
		}

		const letter = letters[index]!;
		const position = start + index;
		const place = table.places[letter]!;
		const slab = place[at + slabField]!;
		if (slab !== -1) {
			// Past the text's end lies the bitmap's padding word: empty.
			if ((table.bitmaps[letter]![slab]![place[at + wordField]! + (position >>> 5)]! & (1 << (position & 31))) === 0) {
				return false;
			}

			continue;
		}

		const end = place[at + listEndField]!;
		let cursor = cursors[index]!;
		while (cursor < end && positions[cursor]! < position) {
			cursor++;
		}

		cursors[index] = cursor;
		if (cursor === end || positions[cursor] !== position) {
			return false;
		}
	}

	return true;
}

function readsAs(text: string, position: number, allowed: readonly Uint8Array[]): boolean {
	for (let index = 0; index < allowed.length; index++) {
		if (allowed[index]![text.charCodeAt(position + index)] === 0) {
			return false;
		}
	}

	return true;
}
